import { parseTimelineDocument } from '../document/parse.js';
import { own } from '../document/json-values.js';
import { slugify } from '../document/parse-ids.js';
import { htmlDatetime } from '../time/dates.js';
import { formatEventDate, resolveLocale } from '../time/format.js';

// What the authoring page (and `npx news-timeline html`) gives out: an HTML block for a CMS
// and an iframe snippet. Every piece of the producer's text is escaped here: it is text in
// the reader's page, never markup.

export interface EmbedSettings {
  readonly title?: string;
  readonly description?: string;
  readonly credit?: { readonly name: string; readonly url?: string };
  readonly locale?: string;
  readonly orientation?: 'auto' | 'horizontal' | 'vertical';
  /** A CSS colour, #rrggbb. */
  readonly accent?: string;
  /** The first window, document date strings. */
  readonly start?: string;
  readonly end?: string;
}

// Controls and bidi overrides are written as references too: the block may pass through a
// terminal (the CLI prints it) or a CMS field, and "\u001b[2J" must arrive as text.
// eslint-disable-next-line no-control-regex
const CONTROLS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

/** Text safe in HTML content and in a quoted attribute value. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`).replace(CONTROLS, (char) => `&#${char.charCodeAt(0)};`);
}

/** JSON that cannot end its script element or open a comment in it (every "<" is \u003c), with no raw control character. */
export function inlineJson(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c').replace(CONTROLS, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/**
 * The document with the settings that belong in it (title, description, credit as source,
 * locale); a setting left undefined keeps the document's own, a blank one removes it.
 * The document itself is not changed.
 */
export function withSettings(document: Record<string, unknown>, settings: EmbedSettings): Record<string, unknown> {
  const { credit } = settings;
  const chosen = new Map<string, unknown>([
    ['title', settings.title?.trim()],
    ['description', settings.description?.trim()],
    ['locale', settings.locale?.trim()],
    ['source', credit && (credit.name.trim() ? { name: credit.name.trim(), ...(credit.url?.trim() ? { url: credit.url.trim() } : {}) } : '')],
  ]);
  const entries = new Map<string, unknown>();
  // The document's own keys in a document's usual order, the settings' keys among them.
  for (const key of ['version', 'title', 'description', 'locale', 'source', ...Object.keys(document)]) {
    if (entries.has(key)) continue;
    const value = chosen.get(key) ?? own(document, key);
    if (value !== undefined && value !== '') entries.set(key, value);
  }
  // fromEntries defines own properties: a "__proto__" key stays data.
  return Object.fromEntries(entries);
}

/** The plain list for readers without JavaScript: each valid event's date and title, linked where it has a link. */
function fallbackList(document: Record<string, unknown>, locale: string): string {
  const events = parseTimelineDocument(document).document?.events ?? [];
  const items = events.map((event) => {
    const datetime = htmlDatetime(event.date);
    const date = escapeHtml(formatEventDate(event, locale));
    const time = datetime === undefined ? date : `<time datetime="${escapeHtml(datetime)}">${date}</time>`;
    const link = event.links[0];
    const title = link ? `<a href="${escapeHtml(link.url)}">${escapeHtml(event.title)}</a>` : escapeHtml(event.title);
    return `    <li>${time} — ${title}</li>\n`;
  });
  return `  <ol>\n${items.join('')}  </ol>\n`;
}

const ACCENT = /^#[0-9a-f]{6}$/i;

/**
 * The HTML block: the module script for the standalone file, `<news-timeline>` with the
 * document (with its settings) as inline JSON, attributes for orientation and the first
 * window, the accent as `--news-timeline-accent`, and a plain `<ol>` of dated events for
 * readers without JavaScript. An accent that is not #rrggbb is left out.
 */
export function embedHtml(document: Record<string, unknown>, settings: EmbedSettings, options: { readonly bundleUrl: string }): string {
  const full = withSettings(document, settings);
  const locale = resolveLocale(typeof full.locale === 'string' ? full.locale : undefined);
  const attributes = [
    settings.orientation && settings.orientation !== 'auto' ? ` orientation="${escapeHtml(settings.orientation)}"` : '',
    settings.start ? ` start="${escapeHtml(settings.start)}"` : '',
    settings.end ? ` end="${escapeHtml(settings.end)}"` : '',
    // An inline style: a page under a strict style-src sets the property in its own stylesheet instead.
    settings.accent && ACCENT.test(settings.accent) ? ` style="--news-timeline-accent: ${settings.accent}"` : '',
  ].join('');
  return (
    `<script type="module" src="${escapeHtml(options.bundleUrl)}"></script>\n` +
    `<news-timeline${attributes}>\n` +
    `  <script type="application/json">${inlineJson(full)}</script>\n` +
    fallbackList(full, locale) +
    '</news-timeline>\n'
  );
}

/** The iframe embed's `id`: 1 to 64 letters, digits, "_" or "-", as demo/embed.ts accepts. */
function embedId(title: string): string {
  const id = slugify(title, 64).replace(/[^a-z0-9_-]+/g, '-').replace(/^[^a-z0-9]+/, '').slice(0, 64);
  return id || 'news-timeline';
}

/**
 * The iframe snippet for demo/embed.html with the document's URL (allowed to write the clipboard, for
 * Copy link), plus the parent script line that sizes it and carries links to events.
 */
export function iframeSnippet(options: { readonly embedUrl: string; readonly documentUrl: string; readonly parentScriptUrl: string; readonly title: string }): string {
  const { embedUrl, documentUrl, parentScriptUrl, title } = options;
  const src = `${embedUrl}${embedUrl.includes('?') ? '&' : '?'}src=${encodeURIComponent(documentUrl)}&id=${embedId(title)}`;
  const label = title.trim() ? `Timeline: ${title.trim()}` : 'Timeline';
  return (
    `<iframe src="${escapeHtml(src)}" title="${escapeHtml(label)}" width="100%" height="400" style="border:0" allow="clipboard-write"></iframe>\n` +
    `<script src="${escapeHtml(parentScriptUrl)}"></script>\n`
  );
}
