import { en } from './localize/en.js';
import type { Counting, Language, Strings } from './localize/localize.js';
import { countingFor } from './localize/plural.js';

// The interface in the reader's language. English is built in; every other shipped language
// is a file of its own, `news-timeline.<tag>.js`, fetched once per page when a timeline first
// needs it. This module sits at the top of src/ because the files are found relative to it:
// as dist/languages.js it sits beside them, as the standalone file does.

/** The languages shipped beside English, by the tag of their file. */
export const LANGUAGES = 'ar cs da de el es fa fi fr he hi id it ja ko nb nl pl pt pt-PT ru sv tr uk zh-Hans zh-Hant'.split(' ');

/** Tables by language tag: loaded, or on their way (English when a file failed to load). */
const tables = new Map<string, Strings | Promise<Strings>>([['en', en]]);

/**
 * The shipped language for a BCP 47 locale, "en" when there is none: its script or region
 * variant where one is shipped ("zh-TW" → "zh-Hant", "pt-PT"), else its language ("pt-BR" →
 * "pt", "de-AT" → "de"); Norwegian reads Bokmål.
 */
export function languageOf(locale: string): string {
  const { language, script, region } = new Intl.Locale(locale).maximize();
  const tags = [`${language}-${script}`, `${language}-${region}`, language === 'no' || language === 'nn' ? 'nb' : language];
  return tags.find((tag) => LANGUAGES.includes(tag)) ?? 'en';
}

/**
 * Makes `language` the strings of `tag`, for pages and bundlers that import a language
 * themselves (`import de from 'news-timeline/languages/de.js'`) instead of letting the
 * element fetch it. A page's own language may leave out the media player's strings
 * (src/localize/media.ts): English stands in for them.
 */
export function registerLanguage(tag: string, language: (counting: Counting) => Strings): void {
  tables.set(tag, language(countingFor(tag)));
}

/**
 * The table of `tag` when it is here; otherwise undefined, and its file is fetched (once per
 * page) and `arrived` is called once it is in: until then, and for good if it fails, English
 * stands in, and nothing is thrown.
 */
export function stringsOf(tag: string, arrived: () => void): Strings | undefined {
  let table = tables.get(tag);
  if (table === undefined) {
    const url = new URL(`./news-timeline.${tag}.js`, import.meta.url).href;
    table = import(/* @vite-ignore */ url).then((module: { default: Language }) => module.default(countingFor(tag)), () => en);
    tables.set(tag, table);
    void table.then((loaded) => tables.set(tag, loaded));
  }
  if (!(table instanceof Promise)) return table;
  void table.then(arrived);
  return undefined;
}
