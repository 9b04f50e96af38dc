import { finerPrecision } from '../time/dates.js';
import { anchorMs } from '../time/scale.js';
import type { DatePrecision, TimelineDocument, TimelineEvent, TimelineGroup } from '../document/types.js';

// What whole-document passes need of each event, as typed arrays in `document.events`
// order, derived once per list of events. See docs/performance.md#event-columns.

/** The columns of a list of events but their groups: where each is in time (all that zoom limits and visible counts need), and what its label needs. */
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
  /** 0 for an event without a title (a list of bare periods). */
  readonly titleLengths: Uint32Array;
  /**
   * Events written with the same date, end and approximation share a key (-1: a date built
   * by hand, without its text): one date label formatted per key.
   */
  readonly dateKeys: Int32Array;
  /** For each date key, the first event that has it. */
  readonly dateKeyEvents: readonly number[];
}

export interface EventColumns extends TimeColumns {
  /** Index into `groups` of each event's group, -1 without one. */
  readonly groupOf: Int32Array;
}

/** What the columns read of an event: its period, and its title and approximation where it has them. */
type Timed = Pick<TimelineEvent, 'startMs' | 'endMs' | 'date' | 'end'>
  & Partial<Pick<TimelineEvent, 'title' | 'approximate'>> & { readonly index?: number };

const DAY_MS = 86_400_000;
/** The precisions a plain date key tells apart (a year, its January and its 1 January share a first day). */
const PLAIN_PRECISIONS: readonly DatePrecision[] = ['year', 'month', 'day'];

/** What is derived of one list of events, each part when first needed. */
interface Derived {
  order?: Int32Array;
  times?: TimeColumns;
  all?: EventColumns;
  ids?: Map<string, number>;
  /** The last event `indexOfId` found: at first, the first event (the element's first focus). */
  last: number;
}

const derived = new WeakMap<readonly unknown[], Derived>();

function derivedOf(events: readonly unknown[]): Derived {
  let found = derived.get(events);
  if (!found) derived.set(events, (found = { last: 0 }));
  return found;
}

/** The time columns of a list of events, if already derived, else undefined. */
export function knownColumns(events: readonly unknown[]): TimeColumns | undefined {
  return derived.get(events)?.times;
}

/** The columns of `events` (sorted by start) but their groups, derived once per list in one pass. */
export function timeColumns(events: readonly Timed[]): TimeColumns {
  const known = derivedOf(events);
  return (known.times ??= collectColumns(events, (known.order ??= byIndex(events))));
}

/** All the columns of `events` (of a document with `groups`), derived once per list. */
export function eventColumns(events: readonly TimelineEvent[], groups: readonly TimelineGroup[]): EventColumns {
  const known = derivedOf(events);
  return (known.all ??= { ...timeColumns(events), groupOf: collectGroups(events, groups, known.order!) });
}

/** Index in `events` of the event with `id`, or -1; the last one found is checked before the ids are indexed. */
export function indexOfId(events: readonly TimelineEvent[], id: string): number {
  const known = derivedOf(events);
  if (events[known.last]?.id === id) return known.last;
  known.ids ??= idMap(events, (known.order ??= byIndex(events)));
  const found = known.ids.get(id) ?? -1;
  if (found !== -1) known.last = found;
  return found;
}

/** Index of the event with `id` in `document.events`, or -1. Constant time after the first call. */
export function eventIndexOf(document: TimelineDocument, id: string | null | undefined): number {
  return id === null || id === undefined ? -1 : indexOfId(document.events, id);
}

/** The event with `id` in `document`, if there is one. */
export function eventById(document: TimelineDocument | undefined, id: string | null | undefined): TimelineEvent | undefined {
  return document?.events[eventIndexOf(document, id)];
}

/**
 * The order to read `events` in: by `index`, the order the parser made them in and so the
 * order they lie in memory; as they are for indices that are not a document's (missing,
 * repeated or far apart). See docs/performance.md#event-columns.
 */
function byIndex(events: readonly { readonly index?: number }[]): Int32Array {
  const n = events.length;
  const at = new Int32Array(4 * n + 1).fill(-1);
  const order = new Int32Array(n);
  for (let i = 0; i < n; i += 1) {
    const index = events[i].index!;
    if (!(index >= 0 && index <= 4 * n) || at[index] !== -1) return order.map((_, p) => p);
    at[index] = i;
  }
  for (let index = 0, p = 0; p < n; index += 1) if (at[index] !== -1) order[p++] = at[index];
  return order;
}

// See docs/performance.md#event-columns: one pass over the objects, in the order they lie in memory.
function collectColumns(events: readonly Timed[], order: Int32Array): TimeColumns {
  const n = events.length;
  const starts = new Float64Array(n);
  const ends = new Float64Array(n);
  const anchors = new Float64Array(n);
  const spans = new Uint8Array(n);
  const reach = new Float64Array(n);
  const titleLengths = new Uint32Array(n);
  const dateKeys = new Int32Array(n);
  const dateKeyEvents: number[] = [];
  const keyOf = new Map<string, number>();
  const dayKeyOf = new Map<number, number>();
  let earliest = Infinity;
  let latest = -Infinity;
  let finest: DatePrecision = 'year';
  for (let p = 0; p < n; p += 1) {
    const i = order[p];
    const { startMs, endMs, date, end, title, approximate } = events[i];
    starts[i] = startMs;
    ends[i] = endMs;
    anchors[i] = anchorMs(startMs, endMs, Boolean(end));
    spans[i] = end ? 1 : 0;
    if (startMs < earliest) earliest = startMs;
    if (endMs > latest) latest = endMs;
    finest = finerPrecision(finest, date.precision);
    if (end) finest = finerPrecision(finest, end.precision);
    titleLengths[i] = title?.length ?? 0;
    // The date as written decides its label: the same text (and end) formats the same.
    if (!date.text || (end && !end.text)) {
      dateKeys[i] = -1;
      continue;
    }
    let key: number | undefined;
    if (!end && !approximate && date.precision !== 'minute') {
      // A plain year, month or day is written one way only: its precision and first day
      // say which, and a small integer is a quicker key than its text.
      const day = (startMs / DAY_MS) * 4 + PLAIN_PRECISIONS.indexOf(date.precision);
      key = dayKeyOf.get(day);
      if (key === undefined) dayKeyOf.set(day, (key = dateKeyEvents.push(i) - 1));
    } else {
      const text = `${date.text}/${end?.text ?? ''}/${approximate ? 1 : 0}`;
      key = keyOf.get(text);
      if (key === undefined) keyOf.set(text, (key = dateKeyEvents.push(i) - 1));
    }
    if (i < dateKeyEvents[key]) dateKeyEvents[key] = i;
    dateKeys[i] = key;
  }
  let running = -Infinity;
  for (let i = 0; i < n; i += 1) reach[i] = running = Math.max(running, ends[i]);
  return { starts, ends, anchors, spans, reach, earliest, latest, finest, titleLengths, dateKeys, dateKeyEvents };
}

/** Each event's index in `groups`, -1 without one; no pass over the events when there are no groups. */
function collectGroups(events: readonly TimelineEvent[], groups: readonly TimelineGroup[], order: Int32Array): Int32Array {
  const groupOf = new Int32Array(events.length).fill(-1);
  if (groups.length === 0) return groupOf;
  const groupIndex = new Map(groups.map((group, i) => [group.id, i]));
  for (let p = 0; p < events.length; p += 1) {
    const i = order[p];
    const { group } = events[i];
    if (group !== undefined) groupOf[i] = groupIndex.get(group) ?? -1;
  }
  return groupOf;
}

function idMap(events: readonly TimelineEvent[], order: Int32Array): Map<string, number> {
  const map = new Map<string, number>();
  for (let p = 0; p < events.length; p += 1) {
    const i = order[p];
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
