import type { MediaKind } from './media-kinds.js';

export type { MediaKind } from './media-kinds.js';

/** How finely a date was written: the writer's precision is part of the data. */
export type DatePrecision = 'year' | 'month' | 'day' | 'minute';

/**
 * A calendar date as written in a document. Fields are calendar facts, never an instant
 * in the reader's time zone. Years are astronomical: 0 is 1 BC, -43 is 44 BC.
 */
export interface EventDate {
  readonly precision: DatePrecision;
  readonly year: number;
  /** 1–12, present from month precision on. */
  readonly month?: number;
  /** 1–31, present from day precision on. */
  readonly day?: number;
  /** 0–23, minute precision only: wall-clock time as written. */
  readonly hour?: number;
  /** 0–59, minute precision only. */
  readonly minute?: number;
  /** Minutes east of UTC the wall-clock time was written in (`Z` is 0); minute precision only. */
  readonly offsetMinutes?: number;
  /** The text as it appeared in the document. */
  readonly text: string;
}

export type ProblemSeverity = 'fatal' | 'error' | 'warning';

/** One thing wrong with a document, addressed by a JSON path such as `events[3].date`. */
export interface TimelineProblem {
  readonly path: string;
  readonly message: string;
  /** `fatal`: nothing can be drawn; `error`: an event was left out; `warning`: a part was ignored. */
  readonly severity: ProblemSeverity;
}

export interface TimelineLink {
  readonly url: string;
  readonly label: string;
}

export interface TimelineMedia {
  readonly url: string;
  /** What it is: the document's `type`, else recognised from the url (`mediaKindOf`). */
  readonly type: MediaKind;
  /** A picture's description (always present for one); for other kinds, their title if given. */
  readonly alt?: string;
  readonly credit?: string;
  /** A WebVTT captions file: video and audio files only. */
  readonly captions?: string;
}

export interface TimelineGroup {
  readonly id: string;
  readonly label: string;
}

export interface TimelineSource {
  readonly name: string;
  readonly url?: string;
}

/** An event that passed validation, placed on the UTC scale (epoch milliseconds). */
export interface TimelineEvent {
  readonly id: string;
  /** Position in the document's `events` array. */
  readonly index: number;
  readonly date: EventDate;
  readonly end?: EventDate;
  readonly approximate: boolean;
  readonly title: string;
  readonly summary?: string;
  readonly group?: string;
  readonly tags: readonly string[];
  readonly links: readonly TimelineLink[];
  readonly media?: TimelineMedia;
  /** Start of the period `date` stands for (inclusive). */
  readonly startMs: number;
  /** End of the period the event covers: of `end` when present, else of `date` (exclusive). */
  readonly endMs: number;
}

/** A parsed document: events sorted chronologically, document order for ties. */
export interface TimelineDocument {
  readonly version: 1;
  readonly title?: string;
  readonly description?: string;
  readonly locale?: string;
  readonly source?: TimelineSource;
  readonly groups: readonly TimelineGroup[];
  readonly events: readonly TimelineEvent[];
}

export interface ParseResult {
  /** `undefined` when the document is unusable: then `problems` holds a `fatal` one. */
  readonly document: TimelineDocument | undefined;
  readonly problems: readonly TimelineProblem[];
}
