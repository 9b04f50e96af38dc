import { finerPrecision } from '../time/dates.js';
import { anchorMs } from '../time/scale.js';
import type { DatePrecision, TimelineEvent, TimelineGroup } from '../document/types.js';

// What whole-document passes need of each event, as typed arrays in `document.events`
// order. A pass over 100,000 event objects costs tens of milliseconds once they lie in
// memory out of date order (a document written unsorted): every pass reads columns
// instead. The parser fills them while the events it just made are still together in
// memory; any other list of events gets them on first use.

export interface EventColumns {
  readonly starts: Float64Array;
  readonly ends: Float64Array;
  /** Where each marker sits (see `eventAnchorMs`). */
  readonly anchors: Float64Array;
  /** 1 for events with an `end` (drawn as a bar). */
  readonly spans: Uint8Array;
  /** Latest end among events 0..i: lets a window find its first event by binary search. */
  readonly reach: Float64Array;
  /** Earliest start and latest end of all events. */
  readonly earliest: number;
  readonly latest: number;
  /** The finest precision any date of the document is written in. */
  readonly finest: DatePrecision;
  /** Index into `groups` of each event's group, -1 without one. */
  readonly groupOf: Int32Array;
  readonly titleLengths: Uint32Array;
  /**
   * Events written with the same date, end and approximation share a key (-1: a date built
   * by hand, without its text): one date label formatted per key.
   */
  readonly dateKeys: Int32Array;
  /** For each date key, the first event that has it. */
  readonly dateKeyEvents: readonly number[];
  /** Each id's position in the list the columns were read from; see `indexOfId`. */
  readonly ids: ReadonlyMap<string, number>;
  /** Where the event read at each position is in `document.events` (null: at that position). */
  readonly order: Int32Array | null;
}

/** Index in `document.events` of the event with `id`, or -1. */
export function indexOfId(columns: EventColumns, id: string): number {
  const position = columns.ids.get(id);
  if (position === undefined) return -1;
  return columns.order === null ? position : columns.order[position];
}

const DAY_MS = 86_400_000;
/** The precisions a plain date key tells apart (a year, its January and its 1 January share a first day). */
const PLAIN_PRECISIONS: readonly DatePrecision[] = ['year', 'month', 'day'];


const known = new WeakMap<readonly TimelineEvent[], EventColumns>();

/** The columns of a list of events the parser or an earlier call made, else undefined. */
export function knownColumns(events: readonly unknown[]): EventColumns | undefined {
  return known.get(events as readonly TimelineEvent[]);
}

/** The columns of `events` (of a document with `groups`), made once per list. */
export function eventColumns(events: readonly TimelineEvent[], groups: readonly TimelineGroup[]): EventColumns {
  let columns = known.get(events);
  if (!columns) {
    columns = collectColumns(events, groups, null);
    known.set(events, columns);
  }
  return columns;
}

/** Records `columns` as those of `events` (the parser's sorted list). */
export function rememberColumns(events: readonly TimelineEvent[], columns: EventColumns): void {
  known.set(events, columns);
}

/**
 * Columns of `events` read in the order given, stored at `order`'s positions: `order[p]`
 * is where event `p` ends up (null: where it is). The parser passes its events in the order
 * it made them, which is the order they lie in memory, where sorting puts them, and the
 * position of each id, which it already has.
 */
export function collectColumns(
  events: readonly TimelineEvent[],
  groups: readonly TimelineGroup[],
  order: Int32Array | null,
  idPositions?: ReadonlyMap<string, number>,
): EventColumns {
  const n = events.length;
  const starts = new Float64Array(n);
  const ends = new Float64Array(n);
  const anchors = new Float64Array(n);
  const spans = new Uint8Array(n);
  const groupOf = new Int32Array(n);
  const titleLengths = new Uint32Array(n);
  const dateKeys = new Int32Array(n);
  const dateKeyEvents: number[] = [];
  const keyOf = new Map<string, number>();
  const dayKeyOf = new Map<number, number>();
  const ids = idPositions ?? new Map<string, number>();
  const groupIndex = new Map(groups.map((group, i) => [group.id, i]));
  let earliest = Infinity;
  let latest = -Infinity;
  let finest: DatePrecision = 'year';
  for (let p = 0; p < n; p += 1) {
    const event = events[p];
    const i = order === null ? p : order[p];
    const { startMs, endMs, date, end } = event;
    starts[i] = startMs;
    ends[i] = endMs;
    anchors[i] = anchorMs(startMs, endMs, Boolean(end));
    spans[i] = end ? 1 : 0;
    if (startMs < earliest) earliest = startMs;
    if (endMs > latest) latest = endMs;
    finest = finerPrecision(finest, date.precision);
    if (end) finest = finerPrecision(finest, end.precision);
    groupOf[i] = event.group === undefined ? -1 : (groupIndex.get(event.group) ?? -1);
    titleLengths[i] = event.title.length;
    if (!idPositions) (ids as Map<string, number>).set(event.id, p);
    // The date as written decides its label: the same text (and end) formats the same.
    if (!date.text || (end && !end.text)) {
      dateKeys[i] = -1;
      continue;
    }
    let key: number | undefined;
    if (!end && !event.approximate && date.precision !== 'minute') {
      // A plain year, month or day is written one way only: its precision and first day
      // say which, and a small integer is a quicker key than its text.
      const day = (startMs / DAY_MS) * 4 + PLAIN_PRECISIONS.indexOf(date.precision);
      key = dayKeyOf.get(day);
      if (key === undefined) dayKeyOf.set(day, (key = dateKeyEvents.push(i) - 1));
    } else {
      const text = `${date.text}/${end?.text ?? ''}/${event.approximate ? 1 : 0}`;
      key = keyOf.get(text);
      if (key === undefined) keyOf.set(text, (key = dateKeyEvents.push(i) - 1));
    }
    if (i < dateKeyEvents[key]) dateKeyEvents[key] = i;
    dateKeys[i] = key;
  }
  const reach = new Float64Array(n);
  let running = -Infinity;
  for (let i = 0; i < n; i += 1) reach[i] = running = Math.max(running, ends[i]);
  return {
    starts, ends, anchors, spans, reach, earliest, latest, finest,
    groupOf, titleLengths, dateKeys, dateKeyEvents, ids, order,
  };
}

/** First index in the ascending `values` whose value is above `limit` (or at least it, with `inclusive`). */
export function searchSorted(values: Float64Array, limit: number, inclusive: boolean): number {
  let low = 0;
  let high = values.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (inclusive ? values[middle] < limit : values[middle] <= limit) low = middle + 1;
    else high = middle;
  }
  return low;
}
