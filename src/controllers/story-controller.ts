import type { TimelineDocument } from '../core/document/types.js';
import { eventIndexOf } from '../core/layout/columns.js';
import { initialEventId } from '../core/story/initial-event.js';
import { formatEventDate } from '../core/time/format.js';
import { localize } from '../localize/localize.js';
import type { DisclosureController, DisclosureHost } from './disclosure-controller.js';
import type { KeyboardController } from './keyboard-controller.js';
import type { LocaleController } from './locale-controller.js';
import type { WindowController } from './window-controller.js';

/** What stepping through the story needs from the element. */
export interface StoryParts {
  readonly keys: KeyboardController;
  readonly views: WindowController;
  readonly open: DisclosureController;
  readonly locale: LocaleController;
  /** Says `text` in the element's polite live region. */
  announce(text: string): void;
  document(): TimelineDocument | undefined;
}

/**
 * Reading the events one card at a time, in date order (document order on ties): the card's
 * Previous/Next, the toolbar's "Start the story", autoplay's steps and code's `show`. It walks
 * `document.events`, never what is drawn, so culled and clustered events are steps too.
 */
export class StoryController {
  readonly #host: DisclosureHost;
  readonly #parts: StoryParts;

  constructor(host: DisclosureHost, parts: StoryParts) {
    this.#host = host;
    this.#parts = parts;
  }

  /** The event's place in date order (document.events order, already date then document order): 1-based. */
  position(id: string | null): { position: number; total: number } | undefined {
    const doc = this.#parts.document();
    const index = doc ? eventIndexOf(doc, id) : -1;
    return doc && index >= 0 ? { position: index + 1, total: doc.events.length } : undefined;
  }

  /** The card's Previous button: a reader's step back; focus stays on the button. */
  readonly onPrevious = (): void => void this.#step(-1);

  /** The card's Next button: a reader's step on; focus stays on the button. */
  readonly onNext = (): void => void this.#step(1);

  /** The toolbar's "Start the story": the first event, or the open one; focus to the card's Next. */
  readonly onStart = (): void => {
    if (this.#step(0)) this.#parts.keys.focusAfterRender('[part~=story-next]');
  };

  /**
   * Autoplay's step: opens the next event (the first after the last), brings it into view, fires
   * timeline-select; never moves focus, never announces. False when there is no document.
   */
  advance(): boolean {
    return this.#step(1, true);
  }

  /**
   * Opens event `id` as code does (initial-event, a permalink): card, tab stop, window brought to it
   * unless `reveal` is false; no timeline-select, no focus move. False when the document has no such event.
   */
  show(id: string, reveal = true): boolean {
    const doc = this.#parts.document();
    const event = doc?.events[eventIndexOf(doc, id)];
    if (!event) return false;
    this.#parts.open.openCluster = null;
    this.#host.selected = id;
    this.#parts.keys.moveTabStop(id);
    if (reveal) this.#parts.views.bringIntoView(event, false);
    return true;
  }

  /** `initial-event` on a newly drawn document; `start`/`end` given keep their window. */
  showInitial(value: string | undefined, keepWindow: boolean): void {
    const id = initialEventId(this.#parts.document()?.events ?? [], value, Date.now());
    if (id !== undefined) this.show(id, !keepWindow);
  }

  /**
   * Opens the event `by` steps from the open one (none open: the first) as a reader's choice: card,
   * tab stop, window, `timeline-select`. A reader's step stops at either end and is announced;
   * autoplay's (`auto`) goes round from the last to the first, quietly. False when there is no event there.
   */
  #step(by: number, auto = false): boolean {
    const { open, views, locale } = this.#parts;
    const doc = this.#parts.document();
    const events = doc?.events ?? [];
    const at = doc ? eventIndexOf(doc, this.#host.selected) : -1;
    const index = at < 0 ? 0 : auto ? (at + by) % events.length : at + by;
    const event = events[index];
    if (!event) return false;
    if (event.id !== this.#host.selected) open.choose(event.id);
    views.bringIntoView(event, true);
    if (!auto) {
      const date = formatEventDate(event, locale.locale);
      this.#parts.announce(localize(locale.strings, 'storyStep', { position: index + 1, total: events.length, date, title: event.title }));
    }
    return true;
  }
}
