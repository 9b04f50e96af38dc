import { QUOTED_LENGTH } from './quote-text.js';

// The JSON path each problem names (`events[3].date`): where in the document to look.

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
