// The entry of news-timeline.find.js: defines the filter row and search box, once per page.
import { NewsTimelineFind } from './find-element.js';

if (!customElements.get('news-timeline-find')) customElements.define('news-timeline-find', NewsTimelineFind);
