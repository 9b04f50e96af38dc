import { keysEn, type KeyStrings } from '../localize/keys.js';
import { keyListStyles } from './styles.js';

type TextKey = keyof KeyStrings;

/** Each row: its keys (a key of the table, or symbols; each word shown as a key), and what they do. */
const ROWS: ReadonlyArray<readonly [TextKey | 'arrows' | '+ −' | '0', TextKey]> = [
  ['tabKey', 'tabAction'],
  ['arrows', 'arrowsAction'],
  ['endsKeys', 'endsAction'],
  ['openKeys', 'openAction'],
  ['closeKey', 'closeAction'],
  ['+ −', 'zoomAction'],
  ['0', 'showAllAction'],
  ['pageKeys', 'pageAction'],
];

/**
 * `<news-timeline-keys>`: the list of keyboard shortcuts that `<news-timeline>`'s "?" button
 * shows (it loads this element's file, news-timeline.keys.js, the first time; its light-DOM
 * content, a line of the keys alone, shows until then and whenever it fails). The timeline
 * names it and gives it `part="key-help"`. Arrow keys follow the layout (↑/↓ when vertical)
 * and the reading direction (mirrored for RTL). Text only, never HTML.
 *
 * @property strings - the timeline's strings; key strings it lacks are English.
 * @property orientation - `vertical` or `horizontal`: which arrow keys step through the events.
 * @property rtl - whether the timeline reads right to left (horizontal arrows are mirrored).
 */
export class NewsTimelineKeys extends HTMLElement {
  #strings: Partial<KeyStrings> | undefined;
  #orientation = 'horizontal';
  #rtl = false;
  #pending = false;

  constructor() {
    super();
    this.attachShadow({ mode: 'open' }).adoptedStyleSheets = [keyListStyles()];
    // Properties a template set before this element was defined go through the setters now.
    const own = this as unknown as Record<string, unknown>;
    for (const key of ['strings', 'orientation', 'rtl']) {
      if (!Object.hasOwn(own, key)) continue;
      const value = own[key];
      delete own[key];
      own[key] = value;
    }
  }

  get strings(): Partial<KeyStrings> | undefined {
    return this.#strings;
  }
  set strings(value: Partial<KeyStrings> | undefined) {
    this.#strings = value;
    this.#schedule();
  }
  get orientation(): string {
    return this.#orientation;
  }
  set orientation(value: string) {
    this.#orientation = value;
    this.#schedule();
  }
  get rtl(): boolean {
    return this.#rtl;
  }
  set rtl(value: boolean) {
    this.#rtl = value;
    this.#schedule();
  }

  connectedCallback(): void {
    this.#schedule();
  }

  /** Draws once per task, however many properties change together. */
  #schedule(): void {
    if (this.#pending) return;
    this.#pending = true;
    queueMicrotask(() => {
      this.#pending = false;
      if (this.isConnected) this.#draw();
    });
  }

  #text(key: TextKey): string {
    return this.#strings?.[key] ?? keysEn[key];
  }

  #draw(): void {
    const arrows = this.#orientation === 'vertical' ? '↑ ↓' : this.#rtl ? '→ ←' : '← →';
    const list = document.createElement('dl');
    for (const [keys, action] of ROWS) {
      const row = document.createElement('div');
      row.className = 'key-row';
      const term = document.createElement('dt');
      const written = keys === 'arrows' ? arrows : keys === '+ −' || keys === '0' ? keys : this.#text(keys);
      for (const name of written.split(' ')) {
        const key = document.createElement('kbd');
        key.textContent = name;
        term.append(key, ' ');
      }
      const does = document.createElement('dd');
      does.textContent = this.#text(action);
      row.append(term, does);
      list.append(row);
    }
    this.shadowRoot!.replaceChildren(list);
  }
}
