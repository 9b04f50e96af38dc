// Links to events through the iframe: the embed tells its parent page which event a reader opened,
// `{ "news-timeline-event": { "<id>": "<event id>" | null } }`, and takes the parent's pair and
// address, `{ "news-timeline-parent": { "<id>": { "event": "<event id>" | null, "url": "…" } } }`,
// from embed-parent.js. Anything from elsewhere, or of another shape, is ignored.
import { withEventInFragment } from '../src/permalinks/fragment.js';
import type { NewsTimeline } from '../src/news-timeline/news-timeline.js';

const MAX_EVENT_ID = 200;
const MAX_URL = 2048;

/** `value[key]` when `value` is a plain object (as postMessage clones one) that owns `key`. */
function own(value: unknown, key: string): unknown {
  const plain = value !== null && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype;
  return plain && Object.hasOwn(value, key) ? (value as Record<string, unknown>)[key] : undefined;
}

/** The parent's message for embed `id`, when it is one and well formed. */
function parentMessage(data: unknown, id: string): { event: string | null; url: string } | undefined {
  const entry = own(own(data, 'news-timeline-parent'), id);
  const event = own(entry, 'event');
  const url = own(entry, 'url');
  const eventOk = event === null || (typeof event === 'string' && event.length > 0 && event.length <= MAX_EVENT_ID);
  const urlOk = typeof url === 'string' && url.length <= MAX_URL && /^https?:/i.test(url) && URL.canParse(url);
  return eventOk && urlOk ? { event: event, url: url } : undefined;
}

/** Turns `timeline`'s permalinks on under key `id` and speaks with the parent page about its open event. */
export function linkWithParent(timeline: NewsTimeline, id: string): void {
  timeline.id = id;
  timeline.permalinks = true;
  if (window.parent === window) return;
  const tell = () => window.parent.postMessage({ 'news-timeline-event': { [id]: timeline.selected } }, '*');
  // First once drawn (the parent answers with its own pair), then whenever a reader changes the
  // card (the parent's own changes it knows). Not from a MutationObserver: WebKit then names the
  // parent page itself as the message's source when both are on one origin.
  timeline.addEventListener('timeline-load', tell, { once: true });
  timeline.addEventListener('timeline-select', tell);
  window.addEventListener('message', (message) => {
    if (message.source !== window.parent) return;
    const parent = parentMessage(message.data, id);
    if (!parent) return;
    timeline.linkBase = parent.url.split('#')[0];
    // Into this page's own fragment, where the element reads it when drawn or on hashchange.
    const fragment = withEventInFragment(location.hash, id, parent.event);
    if (fragment === location.hash) return;
    history.replaceState(history.state, '', location.href.split('#')[0] + fragment);
    window.dispatchEvent(new HashChangeEvent('hashchange'));
  });
}
