// The iframe embed: `embed.html?src=<document URL>&id=<name>` shows one timeline at full
// width and tells the parent page its height whenever it changes, so the iframe fits with
// no scrollbar. Messages use Datawrapper's responsive-embed shape,
// `{ "datawrapper-height": { "<id>": <px> } }`, which CMS integrations already listen for.
import '../src/index.js';

const params = new URLSearchParams(location.search);
const id = params.get('id') ?? 'news-timeline';
const container = document.getElementById('embed')!;

/** Origins besides this page's own that `src` may point at (the page's meta tag). */
function allowedOrigins(): Set<string> {
  const meta = document.querySelector<HTMLMetaElement>('meta[name="news-timeline-allowed-origins"]');
  const listed = (meta?.content ?? '').split(/\s+/).filter(Boolean);
  return new Set([location.origin, ...listed]);
}

/** The `src` parameter as a URL this embed may load, or the reason it may not. */
function checkedSource(raw: string | null): { url: string } | { error: string } {
  if (!raw) return { error: 'This embed needs a src parameter: embed.html?src=<address of a timeline document>.' };
  let url: URL;
  try {
    url = new URL(raw, location.href);
  } catch {
    return { error: `The src parameter "${raw}" is not an address.` };
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    return { error: `The src parameter must be an http or https address, not "${url.protocol}".` };
  }
  if (!allowedOrigins().has(url.origin)) {
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

const source = checkedSource(params.get('src'));
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
