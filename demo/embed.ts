// The iframe embed: `embed.html?src=<document URL>&id=<name>` shows one timeline at full
// width and tells the parent page its height whenever it changes, so the iframe fits with
// no scrollbar. Messages use Datawrapper's responsive-embed shape,
// `{ "datawrapper-height": { "<id>": <px> } }`, which CMS integrations already listen for.
// Links to events go through the parent too (embed-links.ts).
import '../src/index.js';
import { linkWithParent } from './embed-links.js';

const DEFAULT_ID = 'news-timeline';
/** An id safe as a message key: 1–64 letters, digits, `_` or `-`, starting with a letter or digit (never `__proto__`). */
const SAFE_ID = /^[A-Za-z0-9][\w-]{0,63}$/;
/** An origin as a Content-Security-Policy host source can name it: scheme, host, optional port. */
const CSP_ORIGIN = /^https?:\/\/[A-Za-z0-9.-]+(:\d+)?$/;

/** `text` cut to `max` characters (whole code points) with an ellipsis: one odd parameter cannot swamp a message. */
function excerpt(text: string, max: number): string {
  const points = Array.from(text.slice(0, max * 2));
  return points.length > max || text.length > max * 2 ? `${points.slice(0, max - 1).join('')}…` : text;
}

const params = new URLSearchParams(location.search);
const id = embedId(params.get('id'));
const container = document.getElementById('embed')!;

/** The `id` parameter, or the default id (with a console warning) when it is not a safe name. */
function embedId(raw: string | null): string {
  if (!raw) return DEFAULT_ID;
  if (SAFE_ID.test(raw)) return raw;
  console.warn(
    `news-timeline embed: the id parameter ${JSON.stringify(excerpt(raw, 65))} is not 1 to 64 letters, digits, "_" or "-" ` +
      `starting with a letter or digit; heights are reported under "${DEFAULT_ID}".`,
  );
  return DEFAULT_ID;
}

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

/** Heights are posted from the first drawing or error on: never the empty page's zero while it loads. */
let reporting = false;
let lastHeight = -1;
function reportHeight(): void {
  if (!reporting || window.parent === window) return;
  const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
  if (height === lastHeight) return;
  lastHeight = height;
  window.parent.postMessage({ 'datawrapper-height': { [id]: height } }, '*');
}

function startReporting(): void {
  reporting = true;
  reportHeight();
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
  reporting = true;
} else {
  const timeline = document.createElement('news-timeline');
  timeline.addEventListener('timeline-load', startReporting);
  timeline.addEventListener('timeline-error', startReporting);
  timeline.src = source.url;
  linkWithParent(timeline, id);
  const locale = params.get('locale');
  if (locale) timeline.locale = locale;
  container.append(timeline);
}
new ResizeObserver(reportHeight).observe(document.documentElement);
reportHeight();
