import { finerPrecision } from '../time/dates.js';
import { anchorMs } from '../time/scale.js';
import type { DatePrecision, TimelineEvent, TimelineGroup } from '../document/types.js';

// What whole-document passes need of each event, as typed arrays in `document.events`
// order, derived once per list of events. See docs/performance.md#event-columns.

/** Where each event is in time: all that zoom limits and visible counts need. */
export interface TimeColumns {
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
}

export interface EventColumns extends TimeColumns {
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
}

type Timed = Pick<TimelineEvent, 'startMs' | 'endMs' | 'date' | 'end'> & { readonly index?: number };

const DAY_MS = 86_400_000;
/** The precisions a plain date key tells apart (a year, its January and its 1 January share a first day). */
const PLAIN_PRECISIONS: readonly DatePrecision[] = ['year', 'month', 'day'];

const timed = new WeakMap<readonly unknown[], TimeColumns>();
const orders = new WeakMap<readonly unknown[], Int32Array | null>();
const labelled = new WeakMap<readonly TimelineEvent[], EventColumns>();

/** The time columns of a list of events, if already derived, else undefined. */
export function knownColumns(events: readonly unknown[]): TimeColumns | undefined {
  return timed.get(events);
}

/** The time columns of `events` (sorted by start), derived once per list. */
export function timeColumns(events: readonly Timed[]): TimeColumns {
  let columns = timed.get(events);
  if (!columns) timed.set(events, (columns = collectTimes(events)));
  return columns;
}

/** All the columns of `events` (of a document with `groups`), derived once per list. */
export function eventColumns(events: readonly TimelineEvent[], groups: readonly TimelineGroup[]): EventColumns {
  let columns = labelled.get(events);
  if (!columns) labelled.set(events, (columns = { ...timeColumns(events), ...collectLabels(events, groups) }));
  return columns;
}

/**
 * The order to read `events` in: by `index`, the order the parser made them in and so the
 * order they lie in memory; null to read them as they are (already in that order, or
 * indices that are not a document's: repeated or far apart). See docs/performance.md#event-columns.
 */
function readingOrder(events: readonly { readonly index?: number }[]): Int32Array | null {
  let order = orders.get(events);
  if (order !== undefined) return order;
  const n = events.length;
  const indices = new Int32Array(n);
  let ordered = true;
  let high = -1;
  for (let i = 0; i < n; i += 1) {
    const index = events[i].index ?? -1;
    if (!(Number.isInteger(index) && index >= 0 && index <= 4 * n)) return null;
    if (index < high) ordered = false;
    high = Math.max(high, index);
    indices[i] = index;
  }
  order = ordered ? null : byIndex(indices, high);
  orders.set(events, order);
  return order;
}

/** Positions sorted by their (distinct) index, or null when two share one. */
function byIndex(indices: Int32Array, high: number): Int32Array | null {
  const at = new Int32Array(high + 1).fill(-1);
  for (let i = 0; i < indices.length; i += 1) {
    if (at[indices[i]] !== -1) return null;
    at[indices[i]] = i;
  }
  const order = new Int32Array(indices.length);
  for (let index = 0, p = 0; index <= high; index += 1) if (at[index] !== -1) order[p++] = at[index];
  return order;
}

function collectTimes(events: readonly Timed[]): TimeColumns {
  const n = events.length;
  const order = readingOrder(events);
  const starts = new Float64Array(n);
  const ends = new Float64Array(n);
  const anchors = new Float64Array(n);
  const spans = new Uint8Array(n);
  const reach = new Float64Array(n);
  let earliest = Infinity;
  let latest = -Infinity;
  let finest: DatePrecision = 'year';
  for (let p = 0; p < n; p += 1) {
    const i = order === null ? p : order[p];
    const { startMs, endMs, date, end } = events[i];
    starts[i] = startMs;
    ends[i] = endMs;
    anchors[i] = anchorMs(startMs, endMs, Boolean(end));
    spans[i] = end ? 1 : 0;
    if (startMs < earliest) earliest = startMs;
    if (endMs > latest) latest = endMs;
    finest = finerPrecision(finest, date.precision);
    if (end) finest = finerPrecision(finest, end.precision);
  }
  let running = -Infinity;
  for (let i = 0; i < n; i += 1) reach[i] = running = Math.max(running, ends[i]);
  return { starts, ends, anchors, spans, reach, earliest, latest, finest };
}

function collectLabels(events: readonly TimelineEvent[], groups: readonly TimelineGroup[]) {
  const n = events.length;
  const groupOf = new Int32Array(n);
  const titleLengths = new Uint32Array(n);
  const dateKeys = new Int32Array(n);
  const dateKeyEvents: number[] = [];
  const keyOf = new Map<string, number>();
  const dayKeyOf = new Map<number, number>();
  const groupIndex = new Map(groups.map((group, i) => [group.id, i]));
  const order = readingOrder(events);
  for (let p = 0; p < n; p += 1) {
    const i = order === null ? p : order[p];
    const event = events[i];
    const { date, end } = event;
    groupOf[i] = event.group === undefined ? -1 : (groupIndex.get(event.group) ?? -1);
    titleLengths[i] = event.title.length;
    // The date as written decides its label: the same text (and end) formats the same.
    if (!date.text || (end && !end.text)) {
      dateKeys[i] = -1;
      continue;
    }
    let key: number | undefined;
    if (!end && !event.approximate && date.precision !== 'minute') {
      // A plain year, month or day is written one way only: its precision and first day
      // say which, and a small integer is a quicker key than its text.
      const day = (event.startMs / DAY_MS) * 4 + PLAIN_PRECISIONS.indexOf(date.precision);
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
  return { groupOf, titleLengths, dateKeys, dateKeyEvents };
}

/** Per list of events: the id index (built on first need) and the last event found. */
const idIndexes = new WeakMap<readonly TimelineEvent[], { map: Map<string, number> | undefined; last: number }>();

/**
 * Index in `events` of the event with `id`, or -1. The last one found (at first, the first
 * event: the element's first focus) is checked before the ids are indexed.
 */
export function indexOfId(events: readonly TimelineEvent[], id: string): number {
  let index = idIndexes.get(events);
  if (!index) idIndexes.set(events, (index = { map: undefined, last: 0 }));
  if (events[index.last]?.id === id) return index.last;
  index.map ??= idMap(events);
  const found = index.map.get(id) ?? -1;
  if (found !== -1) index.last = found;
  return found;
}

function idMap(events: readonly TimelineEvent[]): Map<string, number> {
  const map = new Map<string, number>();
  const order = readingOrder(events);
  for (let p = 0; p < events.length; p += 1) {
    const i = order === null ? p : order[p];
    map.set(events[i].id, i);
  }
  return map;
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
