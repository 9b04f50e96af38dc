/* global window, document, location, history -- a script for the parent page, in the browser */
// Copy onto the page that holds the iframe (or keep Datawrapper's own embed script, which
// understands the same height messages when the iframe's id is "datawrapper-chart-<id>"):
//   <iframe src="https://…/embed.html?src=https://…/story.json&id=story" title="Timeline"
//           width="100%" height="400" style="border:0" allow="clipboard-write"></iframe>
//   <script src="https://…/embed-parent.js"></script>
// It sizes each iframe to the height it posts, and keeps links to events: the embed's open
// event goes into this page's address as `#<id>=<event id>`, and this page's pair goes back
// to the embed (with this page's address, for its Copy link), so a shared link opens the event.
window.addEventListener('message', (event) => {
  const heights = event.data && event.data['datawrapper-height'];
  if (!heights || typeof heights !== 'object') return;
  for (const iframe of document.querySelectorAll('iframe')) {
    if (iframe.contentWindow !== event.source) continue;
    for (const height of Object.values(heights)) {
      if (typeof height === 'number' && height > 0) iframe.style.height = `${Math.ceil(height)}px`;
    }
  }
});

(() => {
  /** An embed id, as embed.html accepts it; any other `id` parameter means "news-timeline". */
  const SAFE_ID = /^[A-Za-z0-9][\w-]{0,63}$/;
  const MAX_EVENT_ID = 200;
  /** Embeds heard from: an embed's first message (once drawn) gets this page's pair back. */
  const greeted = new WeakSet();
  /** Every embed heard from, told again on each hashchange. */
  const embeds = new Set();

  const plain = (value) => value !== null && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype;
  const srcOf = (iframe) => (URL.canParse(iframe.src, location.href) ? new URL(iframe.src, location.href) : undefined);
  const idOf = (src) => (SAFE_ID.test(src.searchParams.get('id') ?? '') ? src.searchParams.get('id') : 'news-timeline');
  const page = () => location.href.split('#')[0];

  // The fragment as src/permalinks/fragment.ts reads and writes it: `&`-separated
  // `<key>=<event id>` pairs, percent-encoded; other parts kept; a plain `#section` is replaced
  // by a pair and kept while there is none. test/embeds-permalinks.test.ts holds the two to it.
  const parts = () => location.hash.slice(1).split('&').filter(Boolean);
  /** A part's decoded key and value, or undefined for a part that is no well-formed pair. */
  const pairOf = (part) => {
    const at = part.indexOf('=');
    try {
      return at < 0 ? undefined : [decodeURIComponent(part.slice(0, at)), decodeURIComponent(part.slice(at + 1))];
    } catch {
      return undefined;
    }
  };
  const pairIn = (key) => parts().map(pairOf).find((pair) => pair?.[0] === key)?.[1];
  const writePair = (key, id) => {
    const all = parts();
    const anchor = all.length > 0 && !all.some((part) => part.includes('='));
    let pair;
    try {
      pair = id === null ? undefined : `${encodeURIComponent(key)}=${encodeURIComponent(id)}`;
    } catch {
      pair = undefined; // a lone surrogate: no address can hold it
    }
    if (anchor && !pair) return;
    const kept = [];
    let placed = false;
    for (const part of anchor ? [] : all) {
      const mine = pairOf(part)?.[0] === key;
      if (!mine) kept.push(part);
      else if (pair && !placed) kept.push(pair);
      placed ||= mine;
    }
    if (pair && !placed) kept.push(pair);
    const fragment = kept.length ? `#${kept.join('&')}` : '';
    if (fragment !== location.hash) history.replaceState(history.state, '', page() + fragment);
  };

  /** Posts this page's pair for `iframe`'s embed, and this page's address, to that embed's origin only. */
  const tell = (iframe) => {
    const src = srcOf(iframe);
    if (!src || !iframe.contentWindow) return;
    const id = idOf(src);
    iframe.contentWindow.postMessage({ 'news-timeline-parent': { [id]: { event: pairIn(id) ?? null, url: page() } } }, src.origin);
  };

  window.addEventListener('message', (event) => {
    const iframe = [...document.querySelectorAll('iframe')].find((frame) => frame.contentWindow === event.source);
    const src = iframe && srcOf(iframe);
    // Only one of this page's iframes, from the origin its src names, in the documented shape.
    if (!src || event.origin !== src.origin || !plain(event.data) || !Object.hasOwn(event.data, 'news-timeline-event')) return;
    const message = event.data['news-timeline-event'];
    const id = idOf(src);
    if (!plain(message) || Object.keys(message).length !== 1 || !Object.hasOwn(message, id)) return;
    const open = message[id];
    if (open !== null && (typeof open !== 'string' || open.length === 0 || open.length > MAX_EVENT_ID)) return;
    if (!greeted.has(iframe)) {
      greeted.add(iframe);
      embeds.add(iframe);
      // A shared link wins over what the embed first shows: it opens there.
      if (pairIn(id) === undefined) writePair(id, open);
      tell(iframe);
    } else writePair(id, open);
  });

  window.addEventListener('hashchange', () => {
    for (const iframe of embeds) if (iframe.isConnected) tell(iframe);
  });
})();
