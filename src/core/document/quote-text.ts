// How the document's own text appears inside a message: quoted, shortened, or described,
// so that one hostile value cannot swamp a message (or the page showing it).

/** Longest text quoted whole in a message (in UTF-16 code units, as `length` counts). */
export const QUOTED_LENGTH = 60;

/** Text in quotes for a message, shortened so one long value cannot swamp the message. */
export function quoteText(text: string, maxLength = QUOTED_LENGTH): string {
  return `"${text.length > maxLength ? `${excerpt(text, maxLength - 1)}…` : text}"`;
}

let graphemes: Intl.Segmenter | null | undefined;

/** One segmenter for every message, made on first use; null where Intl has none. */
function graphemeSegmenter(): Intl.Segmenter | null {
  if (graphemes === undefined) {
    graphemes = typeof Intl.Segmenter === 'function' ? new Intl.Segmenter(undefined, { granularity: 'grapheme' }) : null;
  }
  return graphemes;
}

/**
 * The start of `text`, at most `limit` code units long, cut between characters as a reader
 * sees them (grapheme clusters: an emoji family stays whole or goes), or between code
 * points without a segmenter, so no half of a surrogate pair is left. Only a prefix a little
 * longer than `limit` is segmented, never the whole of a 10 MB value.
 */
export function excerpt(text: string, limit: number, segmenter = graphemeSegmenter()): string {
  if (text.length <= limit) return text;
  let end = 0;
  if (segmenter !== null) {
    // Whether a cluster ends at `limit` depends on the code point starting there: keep it whole.
    for (const { index } of segmenter.segment(text.slice(0, limit + 2))) {
      if (index > limit) break;
      end = index;
    }
  }
  // No segmenter, or one cluster longer than the limit (a letter under hundreds of accents).
  if (end === 0) end = isHighSurrogate(text.charCodeAt(limit - 1)) ? limit - 1 : limit;
  return text.slice(0, end);
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

/** What a value is, in words a producer recognises: "a list", "the number 2015", … */
export function describeValue(value: unknown): string {
  if (value === null) return 'null (empty)';
  if (Array.isArray(value)) return 'a list';
  switch (typeof value) {
    case 'string':
      return `the text ${quoteText(value)}`;
    case 'number':
      return `the number ${value}`;
    case 'boolean':
      return String(value);
    case 'object':
      return 'an object';
    default:
      return 'missing';
  }
}
