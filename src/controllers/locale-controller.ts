import { isRightToLeft, resolveLocale } from '../core/time/format.js';
import { en } from '../localize/en.js';
import type { Strings } from '../localize/localize.js';

/** An element with a `locale` attribute, set in a page that may say its `lang`. */
export type LocaleHost = HTMLElement & { readonly locale?: string };

/**
 * The reader's language: the locale dates and words follow, its writing direction, and the
 * table of interface strings. Resolved in `willUpdate` from the attribute, the document, the
 * page's `lang`, then the browser, in that order.
 */
export class LocaleController {
  /** The resolved BCP 47 locale. */
  locale = 'en-GB';
  /** Whether the locale's script runs right to left. */
  rtl = false;
  /** The interface strings, English being the one table built in. */
  strings: Strings = en;

  readonly #host: LocaleHost;

  constructor(host: LocaleHost) {
    this.#host = host;
  }

  /** Resolves the locale for a document that names `documentLocale` (or none); returns it. */
  resolve(documentLocale?: string): string {
    const page = this.#host.closest('[lang]')?.getAttribute('lang');
    this.locale = resolveLocale(this.#host.locale, documentLocale, page, globalThis.navigator?.language);
    this.rtl = isRightToLeft(this.locale);
    return this.locale;
  }
}
