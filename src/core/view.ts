import type { EventDate, TimelineDocument, TimelineEvent } from './types.js';
import { createTimeScale, eventAnchorMs, type TimeDomain } from './scale.js';
import { computeTicks, type TickSpec } from './ticks.js';
import { formatEventDate } from './format.js';
import { htmlDatetime } from './dates.js';
import {
  clusterOverflow, estimateLabelHeight, estimateLabelWidth, packRows, placeLabel, type Footprint,
} from './layout.js';
import { buildLanes, type Lane } from './lanes.js';

export type Orientation = 'horizontal' | 'vertical';

/** One event as drawn. Positions are along the time axis (x or y), in CSS px. */
export interface ViewItem {
  /** Index into `document.events`. */
  readonly index: number;
  readonly event: TimelineEvent;
  readonly dateLabel: string;
  /** HTML `datetime` of the start, where HTML can express it. */
  readonly datetime: string | undefined;
  readonly lane: number;
  /** Whether its marker (or bar) is in the window. */
  readonly visible: boolean;
  /** Row (column when vertical) of its label, 0 nearest the axis; -1 when it has no label drawn. */
  readonly row: number;
  /** In view but gathered under a cluster badge. */
  readonly clustered: boolean;
  readonly anchor: number;
  readonly labelStart: number;
  readonly labelSize: number;
  /** The span's bar, for events with `end`. */
  readonly bar: Extent | undefined;
  /** The faint bracket over a month or year once that period is wider than a marker. */
  readonly bracket: Extent | undefined;
}

export interface Extent {
  readonly start: number;
  readonly size: number;
}

export interface ViewLane extends Lane {
  /** Label rows this lane needs in the current window (0 when nothing of it is in view). */
  readonly rowCount: number;
}

export interface ViewCluster {
  readonly lane: number;
  readonly anchor: number;
  /** Indices into `document.events`, chronological. */
  readonly members: readonly number[];
  /** The time the members cover: zooming to it reveals them. */
  readonly domain: TimeDomain;
}

export interface ViewTick {
  readonly position: number;
  readonly label: string;
  /** How the label hangs from its tick: ticks near an edge keep their label inside the plot. */
  readonly anchor: 'start' | 'middle' | 'end';
}

/** Everything render() needs, computed before a DOM node exists. */
export interface TimelineView {
  readonly orientation: Orientation;
  readonly domain: TimeDomain;
  /** Length of the time axis in CSS px. */
  readonly length: number;
  readonly lanes: readonly ViewLane[];
  readonly tickSpec: TickSpec;
  readonly ticks: readonly ViewTick[];
  /**
   * The events the list holds, chronological: every event of a small document (up to
   * `completeListMax`), else those with a label drawn plus the pinned ones. The rest are
   * in `clusters` and `marks`, so what is built grows with the window, not the document.
   */
  readonly items: readonly ViewItem[];
  /** Whether `items` holds every event of the document. */
  readonly complete: boolean;
  /** How many events the document has. */
  readonly total: number;
  readonly clusters: readonly ViewCluster[];
  /** Per lane, markers and bars of events in view without a label of their own. */
  readonly marks: readonly ViewMarks[];
}

/** Where events in view but without a label sit: one marker per pixel, one bar per pixel extent. */
export interface ViewMarks {
  readonly lane: number;
  readonly points: readonly number[];
  readonly bars: readonly Extent[];
}

export interface ViewOptions {
  readonly domain: TimeDomain;
  /** Length of the time axis in CSS px: the plot's width, or its height when vertical. */
  readonly length: number;
  readonly locale: string;
  readonly orientation?: Orientation;
  /** Label rows per lane (columns when vertical) before neighbours merge into clusters. */
  readonly maxRows?: number;
  /** Date labels of `document.events` in `locale`, when already computed (see `formatDateLabels`). */
  readonly dateLabels?: readonly string[];
  /** The element's text size over the default 16 px: labels grow with it. */
  readonly textScale?: number;
  /** Vertical layout: width of a label, so its height fits its text. */
  readonly labelWidth?: number;
  /**
   * Events (indices) that must show their label though a cluster would hide them: the
   * focused and the open one. They are placed first, so they always get a row.
   */
  readonly pinned?: readonly number[];
  /** Documents with up to this many events list every event in `items` (default `COMPLETE_LIST_MAX`). */
  readonly completeListMax?: number;
}

/**
 * Up to this many events, the list holds every event, so a screen reader can read a
 * story-sized timeline from start to end; beyond it, the list holds what is drawn.
 */
export const COMPLETE_LIST_MAX = 200;

/** Room after a vertical label, along the axis (the frame draws the label that much shorter). */
const VERTICAL_GAP = 4;
/** Average width of a tick label character (0.8125rem text), to keep edge labels inside. */
const TICK_CHAR_PX = 7;
/** Half a marker: a point this close outside the plot still shows. */
const EDGE_SLACK_PX = 8;
/** Share of the axis laid out beyond each edge, so panning a little does not reshuffle rows. */
const LAYOUT_MARGIN = 0.25;
/** A month or year shows its bracket once wider than a marker. */
const BRACKET_MIN_PX = 12;

/** Label rows per lane before neighbours merge: fewer per lane as lanes multiply. */
export function defaultMaxRows(laneCount: number): number {
  return laneCount === 1 ? 6 : laneCount <= 3 ? 4 : 3;
}

/**
 * What stays the same for a document whatever the window: times as arrays, lanes, ids,
 * and caches filled on demand. Documents are immutable, so it is kept per document object.
 */
interface PreparedDocument {
  readonly starts: Float64Array;
  readonly ends: Float64Array;
  readonly anchors: Float64Array;
  /** Latest end among events 0..i: lets a window find its first event by binary search. */
  readonly reach: Float64Array;
  readonly ids: Map<string, number>;
  readonly lanes: Map<boolean, ReturnType<typeof buildLanes>>;
  readonly datetimes: Array<string | undefined | null>;
  /** Label sizes per date-label array, then per orientation, text size and label width. */
  readonly sizes: WeakMap<readonly string[], Map<string, Float64Array>>;
  readonly labels: Map<string, string[]>;
}

const prepared = new WeakMap<TimelineDocument, PreparedDocument>();

function prepare(document: TimelineDocument): PreparedDocument {
  let ready = prepared.get(document);
  if (ready) return ready;
  const n = document.events.length;
  const starts = new Float64Array(n);
  const ends = new Float64Array(n);
  const anchors = new Float64Array(n);
  const reach = new Float64Array(n);
  const ids = new Map<string, number>();
  let latest = -Infinity;
  document.events.forEach((event, i) => {
    starts[i] = event.startMs;
    ends[i] = event.endMs;
    anchors[i] = eventAnchorMs(event);
    latest = Math.max(latest, event.endMs);
    reach[i] = latest;
    ids.set(event.id, i);
  });
  ready = {
    starts, ends, anchors, reach, ids,
    lanes: new Map(),
    datetimes: new Array<string | undefined | null>(n).fill(null),
    sizes: new WeakMap(),
    labels: new Map(),
  };
  prepared.set(document, ready);
  return ready;
}

/** Index of the event with `id` in `document.events`, or -1. Constant time after the first call. */
export function eventIndexOf(document: TimelineDocument, id: string | null | undefined): number {
  return id === null || id === undefined ? -1 : (prepare(document).ids.get(id) ?? -1);
}

/**
 * Every event's date label, once per document and locale rather than once per frame.
 * Events that share a date (and end) share one formatting: large documents repeat dates.
 */
export function formatDateLabels(document: TimelineDocument, locale: string): string[] {
  const { labels } = prepare(document);
  const known = labels.get(locale);
  if (known) return known;
  const byShape = new Map<string, string>();
  const result = document.events.map((event) => {
    const shape = `${dateKey(event.date)}/${event.end ? dateKey(event.end) : ''}/${event.approximate ? 1 : 0}`;
    let label = byShape.get(shape);
    if (label === undefined) {
      label = formatEventDate(event, locale);
      byShape.set(shape, label);
    }
    return label;
  });
  labels.set(locale, result);
  return result;
}

function dateKey(date: EventDate): string {
  return `${date.precision}${date.year},${date.month},${date.day},${date.hour},${date.minute},${date.offsetMinutes}`;
}

/** First index in the ascending `values` whose value is above `limit` (or at least it, with `inclusive`). */
function search(values: Float64Array, limit: number, inclusive: boolean): number {
  let low = 0;
  let high = values.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (inclusive ? values[middle] < limit : values[middle] <= limit) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** Derives the drawn view of a document for a window, an axis length and an orientation. */
export function deriveTimelineView(document: TimelineDocument, options: ViewOptions): TimelineView {
  const { domain, length, locale } = options;
  const { events } = document;
  const orientation = options.orientation ?? 'horizontal';
  const horizontal = orientation === 'horizontal';
  const dateLabels = options.dateLabels ?? formatDateLabels(document, locale);
  const textScale = options.textScale ?? 1;
  const ready = prepare(document);
  let lanes = ready.lanes.get(horizontal);
  if (!lanes) ready.lanes.set(horizontal, (lanes = buildLanes(document, horizontal)));
  const { laneOf } = lanes;
  const maxRows = options.maxRows ?? defaultMaxRows(lanes.lanes.length);
  const sizes = labelSizes(ready, dateLabels, events, horizontal, textScale, options.labelWidth ?? 180);
  const complete = events.length <= (options.completeListMax ?? COMPLETE_LIST_MAX);
  // The time scale is linear: px = (ms − start) · k, the same as createTimeScale's.
  const k = length / (domain[1] - domain[0]);
  const px = (ms: number) => (ms - domain[0]) * k;
  const margin = length * LAYOUT_MARGIN;

  interface Placement { anchor: number; startPx: number; endPx: number; visible: boolean; laidOut: boolean }
  const place = (i: number): Placement => {
    const anchor = px(ready.anchors[i]);
    const startPx = px(ready.starts[i]);
    const endPx = px(ready.ends[i]);
    const inRange = events[i].end
      ? (slack: number) => endPx >= -slack && startPx <= length + slack
      : (slack: number) => anchor >= -slack && anchor <= length + slack;
    return { anchor, startPx, endPx, visible: inRange(EDGE_SLACK_PX), laidOut: inRange(margin) };
  };
  const labelStartOf = (i: number, anchor: number) => placeLabel(Math.min(length, Math.max(0, anchor)), sizes[i], length);

  // Only events whose period can reach the window (plus margin) are looked at: the first by
  // binary search on the running latest end, the last on the sorted starts.
  const reachPx = Math.max(margin, EDGE_SLACK_PX) / k;
  const first = search(ready.reach, domain[0] - reachPx, true);
  const last = search(ready.starts, domain[1] + reachPx, false);
  const members: number[][] = lanes.lanes.map(() => []);
  const footprints: Footprint[][] = lanes.lanes.map(() => []);
  const shown: boolean[][] = lanes.lanes.map(() => []);
  for (let i = first; i < last; i += 1) {
    const at = place(i);
    if (!at.laidOut) continue;
    const lane = laneOf[i];
    const labelStart = labelStartOf(i, at.anchor);
    // A span takes up its bar as well as its label.
    const bar = events[i].end ? clip(at.startPx, at.endPx, length) : undefined;
    members[lane].push(i);
    footprints[lane].push({
      start: bar ? Math.min(labelStart, bar.start) : labelStart,
      end: bar ? Math.max(labelStart + sizes[i], bar.start + bar.size) : labelStart + sizes[i],
      // A span that began before the window clusters (and shows its badge) at the edge.
      anchor: Math.min(length, Math.max(0, at.anchor)),
    });
    shown[lane].push(at.visible);
  }

  // Each lane packs what is in view plus a margin, in chronological order.
  const rows = new Map<number, number>();
  const clusters: ViewCluster[] = [];
  const marks: ViewMarks[] = [];
  const rowCounts = lanes.lanes.map(() => 0);
  lanes.lanes.forEach((_, lane) => {
    const laneMembers = members[lane];
    const laneShown = shown[lane];
    const pinned = (options.pinned ?? []).flatMap((i) => {
      const k = laneMembers.indexOf(i);
      return k !== -1 && laneShown[k] ? [k] : [];
    });
    let laneRows = packRows(footprints[lane], maxRows);
    // Re-pack with pins only when a pinned event would otherwise hide in a cluster.
    if (pinned.some((k) => laneRows[k] === -1)) laneRows = packRows(footprints[lane], maxRows, pinned);
    laneRows.forEach((row, k) => {
      if (row === -1 || !laneShown[k]) return;
      rows.set(laneMembers[k], row);
      rowCounts[lane] = Math.max(rowCounts[lane], row + 1);
    });
    const points = new Set<number>();
    const bars = new Map<string, Extent>();
    for (const cluster of clusterOverflow(footprints[lane], laneRows)) {
      if (!cluster.members.some((k) => laneShown[k])) continue;
      let from = Infinity;
      let to = -Infinity;
      for (const k of cluster.members) {
        const i = laneMembers[k];
        from = Math.min(from, ready.starts[i]);
        to = Math.max(to, ready.ends[i]);
        if (!laneShown[k]) continue;
        if (events[i].end) {
          const bar = clip(px(ready.starts[i]), px(ready.ends[i]), length);
          bars.set(`${Math.round(bar.start)}:${Math.round(bar.size)}`, bar);
        } else {
          points.add(Math.round(px(ready.anchors[i])));
        }
      }
      clusters.push({ lane, anchor: cluster.anchor, members: cluster.members.map((k) => laneMembers[k]), domain: [from, to] });
    }
    marks.push({ lane, points: [...points], bars: [...bars.values()] });
  });

  const itemOf = (i: number): ViewItem => {
    const event = events[i];
    const at = place(i);
    const row = at.visible ? (rows.get(i) ?? -1) : -1;
    let datetime = ready.datetimes[i];
    if (datetime === null) datetime = ready.datetimes[i] = htmlDatetime(event.date);
    return {
      index: i,
      event,
      dateLabel: dateLabels[i],
      datetime,
      lane: laneOf[i],
      visible: at.visible,
      row,
      clustered: at.visible && row === -1,
      anchor: at.anchor,
      labelStart: labelStartOf(i, at.anchor),
      labelSize: sizes[i],
      bar: event.end ? clip(at.startPx, at.endPx, length) : undefined,
      bracket: !event.end && event.date.precision !== 'day' && event.date.precision !== 'minute' &&
        at.endPx - at.startPx > BRACKET_MIN_PX ? clip(at.startPx, at.endPx, length) : undefined,
    };
  };
  const listed = complete
    ? events.map((_, i) => i)
    : [...new Set([...rows.keys(), ...(options.pinned ?? []).filter((i) => i >= 0 && i < events.length)])].sort((a, b) => a - b);

  // Larger text needs more room per tick label: fewer ticks.
  const { spec, ticks } = computeTicks(domain, length / textScale, locale);
  const scale = createTimeScale(domain, [0, length]);
  return {
    orientation,
    domain,
    length,
    lanes: lanes.lanes.map((lane, i) => ({ ...lane, rowCount: rowCounts[i] })),
    tickSpec: spec,
    ticks: ticks.map((tick) => {
      const position = scale(tick.ms);
      const half = horizontal ? (tick.label.length * TICK_CHAR_PX) / 2 : 8;
      const anchor = position < half ? 'start' : position > length - half ? 'end' : 'middle';
      return { position, label: tick.label, anchor };
    }),
    items: listed.map(itemOf),
    complete,
    total: events.length,
    clusters,
    marks,
  };
}

/** Each event's label size along the axis, estimated from its text once per setting. */
function labelSizes(
  ready: PreparedDocument,
  dateLabels: readonly string[],
  events: readonly TimelineEvent[],
  horizontal: boolean,
  textScale: number,
  labelWidth: number,
): Float64Array {
  let bySetting = ready.sizes.get(dateLabels);
  if (!bySetting) ready.sizes.set(dateLabels, (bySetting = new Map()));
  const key = horizontal ? `h${textScale}` : `v${textScale}/${labelWidth}`;
  let sizes = bySetting.get(key);
  if (sizes) return sizes;
  // Widths of a resizing vertical column would pile up: keep the latest few.
  if (bySetting.size > 8) bySetting.clear();
  sizes = new Float64Array(events.length);
  events.forEach((event, i) => {
    sizes![i] = horizontal
      ? estimateLabelWidth(dateLabels[i], event.title, textScale)
      : estimateLabelHeight(dateLabels[i], event.title, labelWidth, textScale) + VERTICAL_GAP;
  });
  bySetting.set(key, sizes);
  return sizes;
}

function clip(start: number, end: number, length: number): Extent {
  const from = Math.max(0, start);
  const to = Math.min(length, end);
  return { start: from, size: Math.max(2, to - from) };
}
