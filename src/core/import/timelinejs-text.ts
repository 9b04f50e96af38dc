import { excerpt } from '../document/quote-text.js';
import { isRecord, own } from '../document/json-values.js';
import { isWebUrl } from '../document/web-urls.js';
import { absoluteUrl } from './timelinejs-media.js';
import { plainText } from './timelinejs-html.js';

// What TimelineJS slide text holds beyond its words: links, which become the event's
// `links`, and a first sentence that can title a slide without a headline. One pass over
// the tags, as in plainText: `<a …>(.*?)</a>` would rescan to the end from every "<a".

export interface ImportedLink {
  readonly url: string;
  readonly label: string;
}

const HREF = /\bhref\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))/i;

/** The http(s) anchors of `html` as links, labelled by their text (else their host), each address once. */
export function anchorLinks(html: string): ImportedLink[] {
  const links = new Map<string, string>();
  let open: { url: string; words: string[] } | undefined;
  for (const token of html.split(/(<[^<>]*>)/)) {
    if (/^<a\b/i.test(token)) {
      const match = HREF.exec(token);
      const url = match ? absoluteUrl(plainText(match[1] ?? match[2] ?? match[3])) : '';
      open = isWebUrl(url) ? { url, words: [] } : undefined;
    } else if (/^<\/a\s*>$/i.test(token)) {
      if (open && !links.has(open.url)) links.set(open.url, plainText(open.words.join('')).replace(/\s+/g, ' ') || new URL(open.url).hostname);
      open = undefined;
    } else if (open && !token.startsWith('<')) {
      open.words.push(token);
    }
  }
  return [...links].map(([url, label]) => ({ url, label }));
}

/** Longest title made from a slide's text, in code units, "…" included. */
export const MAX_DERIVED_TITLE = 80;

/** A title from the start of `summary`: its first line, cut at a word boundary with "…" when long. */
export function titleFromText(summary: string): string {
  const line = summary.split('\n', 1)[0].trim();
  if (line.length <= MAX_DERIVED_TITLE) return line;
  const cut = excerpt(line, MAX_DERIVED_TITLE - 1);
  const space = cut.lastIndexOf(' ');
  // A word boundary, unless that would leave too little (a script written without spaces).
  const words = space >= MAX_DERIVED_TITLE / 2 ? cut.slice(0, space) : cut;
  return `${words.replace(/[\s,;:.–—-]+$/, '')}…`;
}

/**
 * A slide's media that is a quotation (`<blockquote>…`, which TimelineJS shows as text), as
 * the HTML to add to the event's text: the quote, its caption and "— credit". Undefined for
 * any other media.
 */
export function mediaQuotation(media: unknown): string | undefined {
  if (!isRecord(media)) return undefined;
  const [url, caption, credit] = ['url', 'caption', 'credit'].map((key) => own(media, key)).map((value) => (typeof value === 'string' ? value.trim() : ''));
  if (!/^<blockquote\b/i.test(url)) return undefined;
  return [url, caption, credit && `— ${credit}`].filter(Boolean).join('<br>');
}
