// The entry of news-timeline.media.js: defines the player element, once per page.
import { NewsTimelineMedia } from './media-element.js';

if (!customElements.get('news-timeline-media')) customElements.define('news-timeline-media', NewsTimelineMedia);
