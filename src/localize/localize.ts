import type { en } from './en.js';
import type { FindStrings } from './find.js';
import type { KeyStrings } from './keys.js';
import type { LiveStrings } from './live.js';
import type { MediaStrings } from './media.js';
import type { Counting } from './plural.js';

/**
 * A table of interface strings: every key of the English one, each a text or a function of
 * values, and the media player's (`media.ts`), the key list's (`keys.ts`), live updates'
 * (`live.ts`) and the filter row's (`find.ts`), which their files fall back on.
 */
export type Strings = typeof en & Partial<MediaStrings> & Partial<KeyStrings> & Partial<LiveStrings> & Partial<FindStrings>;

export type { Counting } from './plural.js';

/** A shipped language's table: complete, the media player's, the key list's, live updates' and the filter row's strings included. */
export type LanguageTable = typeof en & MediaStrings & KeyStrings & LiveStrings & FindStrings;

/** A language file's default export: its table, given how the language counts (`countingFor`). */
export type Language = (counting: Counting) => LanguageTable;

/** A key of the table. */
export type StringKey = keyof Strings;

/** A key whose message is plain text, needing no values. */
export type TextKey = { [K in StringKey]: Strings[K] extends string ? K : never }[StringKey];

/** The values a key's message is made from: none for plain text. */
export type ValuesOf<K extends StringKey> = Strings[K] extends (values: infer V) => string ? [values: V] : [];

/**
 * The one way to read an interface string: `strings` is passed in (the element's own table,
 * not a page-wide locale), so timelines in different languages can share a page.
 */
export function localize<K extends StringKey>(strings: Strings, key: K, ...values: ValuesOf<K>): string {
  const message = strings[key] as string | ((values: unknown) => string);
  return typeof message === 'string' ? message : message(values[0]);
}
