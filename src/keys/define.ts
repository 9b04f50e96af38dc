// The entry of news-timeline.keys.js: defines the key list element, once per page.
import { NewsTimelineKeys } from './keys-element.js';

if (!customElements.get('news-timeline-keys')) customElements.define('news-timeline-keys', NewsTimelineKeys);
