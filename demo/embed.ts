// The iframe embed: `embed.html?src=<document URL>&id=<name>` shows one timeline at full
// width and tells the parent page its height whenever it changes, so the iframe fits with
// no scrollbar. Messages use Datawrapper's responsive-embed shape,
// `{ "datawrapper-height": { "<id>": <px> } }`, which CMS integrations already listen for.
import '../src/index.js';

/** An origin as a Content-Security-Policy host source can name it: scheme, host, optional port. */
const CSP_ORIGIN = /^https?:\/\/[A-Za-z0-9.-]+(:\d+)?$/;

/** `text` cut to `max` characters (whole code points) with an ellipsis: one odd parameter cannot swamp a message. */
function excerpt(text: string, max: number): string {
  const points = Array.from(text.slice(0, max * 2));
  return points.length > max || text.length > max * 2 ? `${points.slice(0, max - 1).join('')}…` : text;
}

const params = new URLSearchParams(location.search);
const id = params.get('id') ?? 'news-timeline';
const container = document.getElementById('embed')!;

/** Origins besides this page's own that `src` may point at (the page's meta tag); an entry that is no origin is left out. */
function listedOrigins(): string[] {
  const meta = document.querySelector<HTMLMetaElement>('meta[name="news-timeline-allowed-origins"]');
  const origins: string[] = [];
  for (const entry of (meta?.content ?? '').split(/\s+/).filter(Boolean)) {
    const origin = URL.canParse(entry) ? new URL(entry).origin : '';
    if (CSP_ORIGIN.test(origin)) origins.push(origin);
    else console.warn(`news-timeline embed: ${JSON.stringify(excerpt(entry, 100))} in news-timeline-allowed-origins is not an http(s) origin; it is ignored.`);
  }
  return origins;
}

/**
 * Lets this page connect (fetch) to its own origin and the listed ones only. The browser
 * checks every hop of a redirect against the policy and refuses before it sends the request,
 * so an allowed address cannot hand the timeline a document from elsewhere.
 */
function restrictConnections(origins: readonly string[]): void {
  const policy = document.createElement('meta');
  policy.httpEquiv = 'Content-Security-Policy';
  policy.content = `connect-src 'self' ${origins.join(' ')}`;
  document.head.append(policy);
}

/** The `src` parameter as a URL this embed may load, or the reason it may not. */
function checkedSource(raw: string | null, origins: readonly string[]): { url: string } | { error: string } {
  if (!raw) return { error: 'This embed needs a src parameter: embed.html?src=<address of a timeline document>.' };
  let url: URL;
  try {
    url = new URL(raw, location.href);
  } catch {
    return { error: `The src parameter "${excerpt(raw, 100)}" is not an address.` };
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    return { error: `The src parameter must be an http or https address, not "${excerpt(url.protocol, 40)}".` };
  }
  if (url.origin !== location.origin && !origins.includes(url.origin)) {
    return { error: `Timelines from ${url.origin} are not allowed here; add the origin to this page's allowed origins.` };
  }
  return { url: url.href };
}

let lastHeight = -1;
function reportHeight(): void {
  const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
  if (height === lastHeight || window.parent === window) return;
  lastHeight = height;
  window.parent.postMessage({ 'datawrapper-height': { [id]: height } }, '*');
}

const origins = listedOrigins();
restrictConnections(origins);
const source = checkedSource(params.get('src'), origins);
if ('error' in source) {
  const message = document.createElement('p');
  message.className = 'embed-error';
  message.setAttribute('role', 'alert');
  message.textContent = source.error;
  container.append(message);
} else {
  const timeline = document.createElement('news-timeline');
  timeline.src = source.url;
  const locale = params.get('locale');
  if (locale) timeline.locale = locale;
  container.append(timeline);
}
new ResizeObserver(reportHeight).observe(document.documentElement);
reportHeight();
