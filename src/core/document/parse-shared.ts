import type { ProblemSeverity, TimelineProblem } from './types.js';

// Small pieces every part of the document parser shares. Parsers collect problems by
// appending to a list they are handed; that list is the only thing they mutate.

/** Problems found so far, in document order. */
export type ProblemList = TimelineProblem[];

/** Appends one problem to `problems`. */
export function report(problems: ProblemList, severity: ProblemSeverity, path: string, message: string): void {
  problems.push(Object.freeze({ path, message, severity }));
}

/** A plain JSON object (not an array, not null). */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Text with at least one non-space character (`trim()` and the schema's `\S` agree on spaces). */
export function isNonBlankString(value: unknown): value is string {
  return typeof value === 'string' && value.trim() !== '';
}

/** The object's own property: an inherited `title` on some prototype is not document data. */
export function own(record: Record<string, unknown>, key: string): unknown {
  return Object.hasOwn(record, key) ? record[key] : undefined;
}

const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;

/** `events[3]` + `date` → `events[3].date`; keys that are not identifiers are bracketed. */
export function propertyPath(base: string, key: string): string {
  if (!IDENTIFIER.test(key)) return `${base}[${JSON.stringify(key)}]`;
  return base === '' ? key : `${base}.${key}`;
}

/**
 * The path of a property named in a problem; for a key longer than a quoted text, the path
 * of its object instead (a 1 MB key would be a 1 MB path), the message quoting the key.
 */
export function keyPath(base: string, key: string): string {
  return key.length > QUOTED_LENGTH ? base : propertyPath(base, key);
}

/** `events` + 3 → `events[3]`. */
export function itemPath(base: string, index: number): string {
  return `${base}[${index}]`;
}

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

/** Warns about every property of `record` outside `known`, which the schema would reject too. */
export function reportUnknownKeys(
  record: Record<string, unknown>,
  known: readonly string[],
  path: string,
  owner: string,
  problems: ProblemList,
): void {
  for (const key of Object.keys(record)) {
    if (known.includes(key)) continue;
    // "Title" or " date" are the usual slips; naming the intended field saves a hunt.
    const folded = key.length > QUOTED_LENGTH ? '' : key.trim().toLowerCase();
    const near = known.find((name) => name.toLowerCase() === folded);
    const hint = near === undefined ? '' : ` (did you mean "${near}"?)`;
    report(
      problems,
      'warning',
      keyPath(path, key),
      `${owner}: ${quoteText(key)} is not part of the timeline format, so it is ignored${hint}.`,
    );
  }
}

/** A web address a reader can safely follow: http or https, and parseable as a URL. */
export function isWebUrl(value: unknown): value is string {
  // The prefix test comes first because URL() forgives leading spaces and other schemes,
  // and the schema's `^https?://` does not.
  if (typeof value !== 'string' || !/^https?:\/\//.test(value)) return false;
  try {
    const url = new URL(value);
    // Chromium lets through a host holding a space or another character no host may hold,
    // as %20 and the like; the URL standard, Firefox and Safari (and the schema) reject it.
    return (url.protocol === 'http:' || url.protocol === 'https:') && !url.hostname.includes('%');
  } catch {
    return false;
  }
}

/** Why `value` is not a usable web address, as a clause: "there is no url", "the url "…" is not …". */
export function webUrlFault(value: unknown): string {
  if (value === undefined) return 'there is no url';
  if (typeof value !== 'string') return `the url must be a web address written as text, but it is ${describeValue(value)}`;
  return `the url ${quoteText(value)} is not a web address starting with http:// or https://`;
}

/** "Event 4", or `Event 4 ("MPs back air strikes")` when the event has a usable title or id. */
export function eventName(index: number, raw: unknown): string {
  const number = `Event ${index + 1}`;
  if (!isRecord(raw)) return number;
  const title = own(raw, 'title');
  if (isNonBlankString(title)) return `${number} (${quoteText(title.trim())})`;
  const id = own(raw, 'id');
  if (isNonBlankString(id)) return `${number} (id ${quoteText(id)})`;
  return number;
}
