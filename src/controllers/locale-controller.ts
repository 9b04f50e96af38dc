import { isRightToLeft, resolveLocale } from '../core/time/format.js';
import { languageOf, stringsOf } from '../languages.js';
import { en } from '../localize/en.js';
import type { Strings } from '../localize/localize.js';

/** An element with a `locale` attribute and `strings` overrides, set in a page that may say its `lang`. */
export type LocaleHost = HTMLElement & {
  readonly locale?: string;
  readonly strings?: Partial<Strings>;
  requestUpdate(): void;
};

/**
 * The reader's language: the locale dates and words follow, its writing direction, and the
 * table of interface strings. Resolved in `willUpdate` from the attribute, the document, the
 * page's `lang`, then the browser, in that order; a language's table is fetched the first time
 * it is needed (English stands in meanwhile), and the host's `strings` win over it key by key.
 */
export class LocaleController {
  /** The resolved BCP 47 locale. */
  locale = 'en-GB';
  /** Whether the locale's script runs right to left. */
  rtl = false;
  /** The interface strings, English being the one table built in. */
  strings: Strings = en;

  readonly #host: LocaleHost;
  /** The language whose file is on its way: asked for once, the host updated once it is in. */
  #waitingFor: string | undefined;

  constructor(host: LocaleHost) {
    this.#host = host;
  }

  /** Resolves the locale for a document that names `documentLocale` (or none); returns it. */
  resolve(documentLocale?: string): string {
    const page = this.#host.closest('[lang]')?.getAttribute('lang');
    this.locale = resolveLocale(this.#host.locale, documentLocale, page, globalThis.navigator?.language);
    this.rtl = isRightToLeft(this.locale);
    const language = languageOf(this.locale);
    const table = language === this.#waitingFor ? undefined : stringsOf(language, () => {
      this.#waitingFor = undefined;
      this.#host.requestUpdate();
    });
    if (!table) this.#waitingFor = language;
    // A new table only when overrides apply: this runs on every update, zoom steps included.
    const overrides = this.#host.strings;
    this.strings = overrides ? { ...(table ?? en), ...overrides } : (table ?? en);
    return this.locale;
  }
}
