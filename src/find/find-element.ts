import type { TimelineDocument, TimelineEvent } from '../core/document/types.js';
import { findEn, type FindStrings } from '../localize/find.js';
import { facetsOf, matchesOf, token, type Facet } from './match.js';
import { findStyles } from './styles.js';

/** The timeline's controllers, as the row reads them (src/news-timeline/controllers.ts). */
export interface FindParts {
  readonly documents: { readonly document: TimelineDocument | undefined };
  readonly story: { show(id: string): boolean };
  readonly locale: { readonly locale: string; readonly strings: Partial<FindStrings> };
}

/** The timeline element, as the row reads and sets it. */
interface FindTimeline extends HTMLElement {
  filter?: string | null;
  search?: string | null;
  readonly timelineDocument: TimelineDocument | undefined;
  readonly updateComplete: Promise<boolean>;
  addController(controller: { hostUpdated(): void }): void;
  removeController(controller: { hostUpdated(): void }): void;
}

/** How long typing pauses before the box finds and announces: a reader typing a word hears one count. */
const SETTLE_MS = 150;

/**
 * `<news-timeline-find>`: the filter row and search box `<news-timeline>` draws above its plot
 * (`part="find"`), from news-timeline.find.js. The row is a labelled group of toggle buttons, one
 * per group (or the most used tags), each setting the timeline's `filter`; the box (with `search`)
 * finds shown events by title and summary as the reader types, Enter and Shift+Enter open the
 * next and previous match, Escape clears it. What it does is said in its own polite status line,
 * visible under it. Text only, never HTML.
 *
 * @property parts - the timeline's controllers: its whole document, story and locale. The row
 * follows each update of the timeline it sits in (a reactive controller of it while connected).
 */
export class NewsTimelineFind extends HTMLElement {
  #parts: FindParts | undefined;
  #pending = false;
  readonly #filters = document.createElement('div');
  readonly #filtersName = document.createElement('span');
  readonly #search = document.createElement('div');
  readonly #label = document.createElement('label');
  readonly #input = document.createElement('input');
  readonly #status = document.createElement('div');
  /** The toggles and strings the buttons were made for: a refreshed document with the same groups keeps them (and focus). */
  #made: readonly [string, unknown] = ['', undefined];
  #matches: TimelineEvent[] = [];
  /** The toggles of the last whole document (counted once per document, not at each zoom). */
  #facetsFor: readonly [TimelineDocument | undefined, readonly Facet[], string] = [undefined, [], ''];
  /** The events, query and locale `#matches` were found for. */
  #matchedFor: readonly unknown[] = [];
  /** The match last opened, if any. */
  #current: string | undefined;
  #typing: ReturnType<typeof setTimeout> | undefined;
  /** The timeline this row follows, while connected. */
  #following: FindTimeline | undefined;
  readonly #follower = { hostUpdated: () => this.#schedule() };

  constructor() {
    super();
    const root = this.attachShadow({ mode: 'open' });
    root.adoptedStyleSheets = [findStyles()];
    this.#filters.className = 'filters';
    this.#filters.setAttribute('role', 'group');
    this.#filters.id = 'filters';
    this.#filtersName.className = 'filters-name';
    this.#filtersName.id = 'filters-name';
    this.#filters.setAttribute('aria-labelledby', 'filters-name');
    this.#search.className = 'search';
    this.#input.type = 'search';
    this.#input.id = 'find';
    this.#input.autocomplete = 'off';
    this.#label.htmlFor = 'find';
    this.#search.append(this.#label, this.#input);
    this.#status.className = 'status';
    this.#status.setAttribute('role', 'status');
    this.#status.setAttribute('aria-live', 'polite');
    root.append(this.#filters, this.#search, this.#status);
    this.#filters.addEventListener('click', (click) => void this.#onToggle(click));
    this.#input.addEventListener('input', this.#onInput);
    this.#input.addEventListener('keydown', this.#onKeydown);
    // Properties a template set before this element was defined go through the setters now.
    const own = this as unknown as Record<string, unknown>;
    for (const key of ['parts'] as const) {
      if (!Object.hasOwn(own, key)) continue;
      const value = own[key];
      delete own[key];
      own[key] = value;
    }
  }

  get parts(): FindParts | undefined {
    return this.#parts;
  }
  set parts(value: FindParts | undefined) {
    this.#parts = value;
    this.#schedule();
  }
  connectedCallback(): void {
    this.#following = this.#timeline;
    this.#following?.addController(this.#follower);
    this.#schedule();
  }

  disconnectedCallback(): void {
    this.#following?.removeController(this.#follower);
    this.#following = undefined;
    clearTimeout(this.#typing);
  }

  get #timeline(): FindTimeline | undefined {
    const root = this.getRootNode();
    return root instanceof ShadowRoot ? (root.host as FindTimeline) : undefined;
  }

  #text<K extends keyof FindStrings>(key: K): FindStrings[K] {
    return this.#parts?.locale.strings[key] ?? findEn[key];
  }

  #say(text: string): void {
    this.#status.textContent = text;
  }

  /** Brings the row up to date once per task, however many properties change together. */
  #schedule(): void {
    if (this.#pending) return;
    this.#pending = true;
    queueMicrotask(() => {
      this.#pending = false;
      if (this.isConnected) this.#sync();
    });
  }

  #sync(): void {
    const timeline = this.#timeline;
    const whole = this.#parts?.documents.document;
    if (!timeline || !whole) return;
    const strings = this.#parts!.locale.strings;
    if (this.#facetsFor[0] !== whole) {
      const facets = facetsOf(whole);
      this.#facetsFor = [whole, facets, JSON.stringify(facets)];
    }
    const [, facets, made] = this.#facetsFor;
    if (this.#made[0] !== made || this.#made[1] !== strings) this.#makeButtons(facets, made, strings);
    const listed = new Set(timeline.filter?.split(' '));
    for (const button of this.#filters.querySelectorAll<HTMLButtonElement>('button')) {
      button.setAttribute('aria-pressed', String(listed.has(button.dataset.token!)));
    }
    const search = timeline.search;
    this.#search.hidden = search === null || search === undefined;
    this.#label.textContent = this.#text('findLabel');
    if (this.#typing === undefined && search != null && search !== this.#input.value) this.#input.value = search;
    // The shown events may have changed: the matches follow, quietly (not again for a zoom or pan).
    const events = timeline.timelineDocument?.events ?? [];
    const wanted = [events, this.#input.value, this.#parts!.locale.locale];
    if (!this.#search.hidden && wanted.some((value, i) => value !== this.#matchedFor[i])) {
      this.#matchedFor = wanted;
      this.#matches = matchesOf(events, this.#input.value, this.#parts!.locale.locale);
    }
  }

  #makeButtons(facets: readonly Facet[], made: string, strings: unknown): void {
    this.#made = [made, strings];
    this.#filters.hidden = facets.length === 0;
    this.#filtersName.textContent = this.#text('showFrom');
    this.#filters.replaceChildren(this.#filtersName, ...facets.map((facet) => {
      const button = document.createElement('button');
      button.type = 'button';
      button.dataset.token = token(facet.id);
      button.textContent = facet.label;
      button.dir = 'auto';
      return button;
    }));
  }

  /** A toggle: its group or tag joins `filter` or leaves it; none left shows everything. */
  async #onToggle(click: MouseEvent): Promise<void> {
    const button = (click.target as Element).closest('button');
    const timeline = this.#timeline;
    if (!button || !timeline) return;
    const listed = new Set(timeline.filter?.split(' ').filter(Boolean));
    const id = button.dataset.token!;
    if (!listed.delete(id)) listed.add(id);
    timeline.filter = [...listed].join(' ') || null;
    await timeline.updateComplete;
    const total = this.#parts?.documents.document?.events.length ?? 0;
    const shown = timeline.timelineDocument?.events.length ?? 0;
    this.#say(this.#text('eventsShown')({ shown, total }));
  }

  readonly #onInput = (): void => {
    clearTimeout(this.#typing);
    this.#typing = setTimeout(() => this.#find(), SETTLE_MS);
  };

  /** Finds what the box holds among the shown events, reflects it in `search`, says how many match. */
  #find(): void {
    clearTimeout(this.#typing);
    this.#typing = undefined;
    const timeline = this.#timeline;
    if (!timeline) return;
    const query = this.#input.value;
    timeline.search = query;
    const events = timeline.timelineDocument?.events ?? [];
    const locale = this.#parts?.locale.locale ?? 'en';
    this.#matchedFor = [events, query, locale];
    this.#matches = matchesOf(events, query, locale);
    this.#current = undefined;
    this.#say(query.trim() ? this.#text('matchCount')({ count: this.#matches.length }) : '');
  }

  /** Enter and Shift+Enter step through the matches, round; Escape clears a query; other keys stay in the box. */
  readonly #onKeydown = (keyboard: KeyboardEvent): void => {
    if (keyboard.key === 'Escape') {
      if (!this.#input.value) return; // an empty box: Escape closes the card, as elsewhere in the timeline
      this.#input.value = '';
      this.#find();
    } else if (keyboard.key === 'Enter') {
      if (this.#typing !== undefined) this.#find();
      this.#step(keyboard.shiftKey ? -1 : 1);
    } else {
      keyboard.stopPropagation();
      return;
    }
    keyboard.preventDefault();
    keyboard.stopPropagation();
  };

  #step(by: 1 | -1): void {
    const count = this.#matches.length;
    if (!count) {
      if (this.#input.value.trim()) this.#say(this.#text('matchCount')({ count }));
      return;
    }
    const at = this.#matches.findIndex((event) => event.id === this.#current);
    const next = at < 0 ? (by > 0 ? 0 : count - 1) : (at + by + count) % count;
    const event = this.#matches[next];
    this.#current = event.id;
    this.#parts?.story.show(event.id);
    this.#say(this.#text('matchPosition')({ position: next + 1, count, title: event.title }));
  }
}
