import { describeValue, quoteText } from './quote-text.js';

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
