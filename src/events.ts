import type { DocumentDiff } from './core/document/diff.js';
import type { TimelineDocument, TimelineEvent, TimelineProblem } from './core/document/types.js';

// Each event the element fires is a small Event subclass with a typed `detail`; all
// bubble and cross shadow roots so a page listening on an ancestor hears them.
const FLAGS: EventInit = { bubbles: true, composed: true };

/** An event of the element with a typed `detail`, bubbling and composed. */
export abstract class TimelineDetailEvent<Detail> extends Event {
  readonly detail: Detail;
  protected constructor(type: string, detail: Detail) {
    super(type, FLAGS);
    this.detail = detail;
  }
}

export interface TimelineSelectDetail {
  /** Id of the event now open, or null when the reader closed the card. */
  readonly id: string | null;
  readonly event: TimelineEvent | null;
}

/** A reader opened an event's card (click, Enter or Space) or closed it. Not fired when code sets `selected`. */
export class TimelineSelectEvent extends TimelineDetailEvent<TimelineSelectDetail> {
  static readonly eventName = 'timeline-select';
  constructor(detail: TimelineSelectDetail) {
    super(TimelineSelectEvent.eventName, detail);
  }
}

export interface TimelineLoadDetail {
  readonly document: TimelineDocument;
  /** Warnings and left-out events; empty for a clean document. */
  readonly problems: readonly TimelineProblem[];
}

/** A document was read and drawn (possibly with some events left out: see `problems`). */
export class TimelineLoadEvent extends TimelineDetailEvent<TimelineLoadDetail> {
  static readonly eventName = 'timeline-load';
  constructor(detail: TimelineLoadDetail) {
    super(TimelineLoadEvent.eventName, detail);
  }
}

export interface TimelineErrorDetail {
  /** What went wrong, in words, as the element shows it. */
  readonly message: string;
  readonly problems: readonly TimelineProblem[];
}

/** The document could not be loaded or has nothing to draw. */
export class TimelineErrorEvent extends TimelineDetailEvent<TimelineErrorDetail> {
  static readonly eventName = 'timeline-error';
  constructor(detail: TimelineErrorDetail) {
    super(TimelineErrorEvent.eventName, detail);
  }
}

declare global {
  interface HTMLElementEventMap {
    'timeline-select': TimelineSelectEvent;
    'timeline-load': TimelineLoadEvent;
    'timeline-error': TimelineErrorEvent;
  }
}

export interface TimelineViewChangeDetail {
  readonly start: Date;
  readonly end: Date;
  /** What moved the view. */
  readonly source: 'wheel' | 'pinch' | 'drag' | 'dblclick' | 'keyboard' | 'button';
}

/** A reader zoomed or panned and the view settled. Not fired when code sets the view, nor on first render. */
export class TimelineViewChangeEvent extends TimelineDetailEvent<TimelineViewChangeDetail> {
  static readonly eventName = 'timeline-viewchange';
  constructor(detail: TimelineViewChangeDetail) {
    super(TimelineViewChangeEvent.eventName, detail);
  }
}

declare global {
  interface HTMLElementEventMap {
    'timeline-viewchange': TimelineViewChangeEvent;
  }
}

export interface TimelineUpdateDetail extends DocumentDiff {
  /** The document now drawn. */
  readonly document: TimelineDocument;
}

/**
 * A later document (a `refresh`, a new `data`, a changed inline JSON child) was drawn in place and
 * something in it differs: `added`, `changed` (`{ before, after }`), `removed` events, document `fields`.
 * Fired instead of `timeline-load`, once the update is drawn.
 */
export class TimelineUpdateEvent extends TimelineDetailEvent<TimelineUpdateDetail> {
  static readonly eventName = 'timeline-update';
  constructor(detail: TimelineUpdateDetail) {
    super(TimelineUpdateEvent.eventName, detail);
  }
}

declare global {
  interface HTMLElementEventMap {
    'timeline-update': TimelineUpdateEvent;
  }
}
