import type { TimelineDocument, TimelineEvent } from './types.js';
import { createTimeScale, type TimeDomain } from './scale.js';
import { computeTicks, type TickSpec } from './ticks.js';
import { formatEventDate } from './format.js';
import { htmlDatetime } from './dates.js';
import {
  clusterOverflow, labelHeightFor, labelWidthFor, packRows, placeLabel, type Cluster, type Footprints,
} from './layout.js';
import { buildLanes, type Lane } from './lanes.js';
import { eventColumns, indexOfId, searchSorted, type EventColumns } from './columns.js';

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
 * What stays the same for a document whatever the window: its columns, lanes, and caches
 * filled on demand. Documents are immutable, so it is kept per document object.
 */
interface PreparedDocument extends EventColumns {
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
  ready = {
    ...eventColumns(document.events, document.groups),
    lanes: new Map(),
    datetimes: new Array<string | undefined | null>(document.events.length).fill(null),
    sizes: new WeakMap(),
    labels: new Map(),
  };
  prepared.set(document, ready);
  return ready;
}

/** Index of the event with `id` in `document.events`, or -1. Constant time after the first call. */
export function eventIndexOf(document: TimelineDocument, id: string | null | undefined): number {
  return id === null || id === undefined ? -1 : indexOfId(prepare(document), id);
}

/**
 * Every event's date label, once per document and locale rather than once per frame.
 * Events written with the same date (and end) share one formatting: large documents
 * repeat dates.
 */
export function formatDateLabels(document: TimelineDocument, locale: string): string[] {
  const { labels, dateKeys, dateKeyEvents } = prepare(document);
  const known = labels.get(locale);
  if (known) return known;
  const { events } = document;
  const byKey = dateKeyEvents.map((i) => formatEventDate(events[i], locale));
  const result = Array.from(dateKeys, (key, i) => (key === -1 ? formatEventDate(events[i], locale) : byKey[key]));
  labels.set(locale, result);
  return result;
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
  if (!lanes) ready.lanes.set(horizontal, (lanes = buildLanes(document, horizontal, ready.groupOf)));
  const { laneOf } = lanes;
  const maxRows = options.maxRows ?? defaultMaxRows(lanes.lanes.length);
  const sizes = labelSizes(ready, dateLabels, horizontal, textScale, options.labelWidth ?? 180);
  const complete = events.length <= (options.completeListMax ?? COMPLETE_LIST_MAX);
  // The time scale is linear: px = (ms − start) · k, the same as createTimeScale's.
  const k = length / (domain[1] - domain[0]);
  const px = (ms: number) => (ms - domain[0]) * k;
  const margin = length * LAYOUT_MARGIN;
  const { starts, ends, anchors, spans } = ready;
  /** Whether event `i` (its bar, or its marker) is within `slack` px of the plot. */
  const reaches = (i: number, slack: number): boolean => {
    if (spans[i]) return px(ends[i]) >= -slack && px(starts[i]) <= length + slack;
    const at = px(anchors[i]);
    return at >= -slack && at <= length + slack;
  };
  interface Placement { anchor: number; startPx: number; endPx: number; visible: boolean }
  /** Where event `i` is, for the few events that become items. */
  const place = (i: number): Placement => ({
    anchor: px(anchors[i]),
    startPx: px(starts[i]),
    endPx: px(ends[i]),
    visible: reaches(i, EDGE_SLACK_PX),
  });
  const labelStartOf = (i: number, anchor: number) => placeLabel(Math.min(length, Math.max(0, anchor)), sizes[i], length);

  // Only events whose period can reach the window (plus margin) are looked at: the first by
  // binary search on the running latest end, the last on the sorted starts. Everything per
  // event below is plain arithmetic into columns, with no object per event: a whole
  // document of 100,000 events in view stays within a frame.
  const reachPx = Math.max(margin, EDGE_SLACK_PX) / k;
  const first = searchSorted(ready.reach, domain[0] - reachPx, true);
  const last = searchSorted(ready.starts, domain[1] + reachPx, false);
  const laneCount = lanes.lanes.length;
  const offsets = new Int32Array(laneCount + 1);
  const laidOut = new Uint8Array(last - first);
  for (let i = first; i < last; i += 1) {
    if (!reaches(i, margin)) continue;
    laidOut[i - first] = 1;
    offsets[laneOf[i] + 1] += 1;
  }
  for (let lane = 0; lane < laneCount; lane += 1) offsets[lane + 1] += offsets[lane];
  const total = offsets[laneCount];
  const { eventOf, footStart, footEnd, footAnchor, shown, anchorAt } = scratchColumns(total);
  const cursor = offsets.slice(0, laneCount);
  for (let i = first; i < last; i += 1) {
    if (!laidOut[i - first]) continue;
    const slot = cursor[laneOf[i]]++;
    const anchor = px(anchors[i]);
    const labelStart = labelStartOf(i, anchor);
    let start = labelStart;
    let end = labelStart + sizes[i];
    if (spans[i]) {
      // A span takes up its bar as well as its label.
      const bar = clip(px(starts[i]), px(ends[i]), length);
      start = Math.min(start, bar.start);
      end = Math.max(end, bar.start + bar.size);
    }
    eventOf[slot] = i;
    footStart[slot] = start;
    footEnd[slot] = end;
    // A span that began before the window clusters (and shows its badge) at the edge.
    footAnchor[slot] = Math.min(length, Math.max(0, anchor));
    anchorAt[slot] = anchor;
    shown[slot] = reaches(i, EDGE_SLACK_PX) ? 1 : 0;
  }

  // Each lane packs what is in view plus a margin, in chronological order.
  const rows = new Map<number, number>();
  const clusters: ViewCluster[] = [];
  const marks: ViewMarks[] = [];
  const rowCounts = lanes.lanes.map(() => 0);
  for (let lane = 0; lane < laneCount; lane += 1) {
    const from = offsets[lane];
    const to = offsets[lane + 1];
    const footprints: Footprints = {
      length: to - from,
      start: footStart.subarray(from, to),
      end: footEnd.subarray(from, to),
      anchor: footAnchor.subarray(from, to),
    };
    const pinned: number[] = [];
    for (const i of options.pinned ?? []) {
      for (let slot = from; slot < to; slot += 1) if (eventOf[slot] === i && shown[slot]) pinned.push(slot - from);
    }
    let laneRows = packRows(footprints, maxRows);
    // Re-pack with pins only when a pinned event would otherwise hide in a cluster.
    if (pinned.some((p) => laneRows[p] === -1)) laneRows = packRows(footprints, maxRows, pinned);
    for (let p = 0; p < laneRows.length; p += 1) {
      const row = laneRows[p];
      if (row === -1 || !shown[from + p]) continue;
      rows.set(eventOf[from + p], row);
      rowCounts[lane] = Math.max(rowCounts[lane], row + 1);
    }
    marks.push(gatherClusters(lane, clusterOverflow(footprints, laneRows), {
      from, eventOf, shown, anchorAt, ready, px, length,
    }, clusters));
  }

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

/**
 * Columns for the events a view lays out, reused from one derivation to the next: fresh
 * megabytes every frame of a 100,000-event document cost more in memory traffic than the
 * layout itself. Only read within one derivation; nothing returned points into them.
 */
const scratch = {
  size: 0,
  eventOf: new Int32Array(0),
  footStart: new Float64Array(0),
  footEnd: new Float64Array(0),
  footAnchor: new Float64Array(0),
  anchorAt: new Float64Array(0),
  shown: new Uint8Array(0),
};

function scratchColumns(size: number): typeof scratch {
  if (size > scratch.size) {
    const grown = Math.max(size, Math.ceil(scratch.size * 1.5));
    scratch.size = grown;
    scratch.eventOf = new Int32Array(grown);
    scratch.footStart = new Float64Array(grown);
    scratch.footEnd = new Float64Array(grown);
    scratch.footAnchor = new Float64Array(grown);
    scratch.anchorAt = new Float64Array(grown);
    scratch.shown = new Uint8Array(grown);
  }
  return scratch;
}

/** One lane's laid-out events as columns: slots from `from` on in the shared arrays. */
interface LaneColumns {
  readonly from: number;
  readonly eventOf: Int32Array;
  readonly shown: Uint8Array;
  /** Marker position in px, not clamped to the plot. */
  readonly anchorAt: Float64Array;
  readonly ready: PreparedDocument;
  /** Where an instant (ms) is along the axis, in px. */
  readonly px: (ms: number) => number;
  readonly length: number;
}

/**
 * Turns a lane's clusters (of slots) into view clusters (of event indices, with the time
 * they cover) and gathers the markers and bars of their events in view: one marker per
 * pixel, through a bitmap over the plot and its edge slack.
 */
function gatherClusters(lane: number, found: readonly Cluster[], columns: LaneColumns, clusters: ViewCluster[]): ViewMarks {
  const { from, eventOf, shown, anchorAt, px, length } = columns;
  const { starts, ends, spans } = columns.ready;
  const points = new Uint8Array(Math.ceil(length) + 2 * EDGE_SLACK_PX + 2);
  const bars = new Map<number, Extent>();
  for (const cluster of found) {
    const slots = cluster.members;
    let inView = false;
    let earliest = Infinity;
    let latest = -Infinity;
    const indices = new Array<number>(slots.length);
    for (let m = 0; m < slots.length; m += 1) {
      const slot = from + slots[m];
      const i = eventOf[slot];
      indices[m] = i;
      if (starts[i] < earliest) earliest = starts[i];
      if (ends[i] > latest) latest = ends[i];
      if (!shown[slot]) continue;
      inView = true;
      if (spans[i]) {
        const bar = clip(px(starts[i]), px(ends[i]), length);
        bars.set(Math.round(bar.start) * 1e6 + Math.round(bar.size), bar);
      } else {
        points[Math.round(anchorAt[slot]) + EDGE_SLACK_PX] = 1;
      }
    }
    if (inView) clusters.push({ lane, anchor: cluster.anchor, members: indices, domain: [earliest, latest] });
  }
  const at: number[] = [];
  for (let p = 0; p < points.length; p += 1) if (points[p]) at.push(p - EDGE_SLACK_PX);
  return { lane, points: at, bars: [...bars.values()] };
}

/** Each event's label size along the axis, estimated from its text once per setting. */
function labelSizes(
  ready: PreparedDocument,
  dateLabels: readonly string[],
  horizontal: boolean,
  textScale: number,
  labelWidth: number,
): Float64Array {
  let bySetting = ready.sizes.get(dateLabels);
  if (!bySetting) ready.sizes.set(dateLabels, (bySetting = new Map<string, Float64Array>()));
  const key = horizontal ? `h${textScale}` : `v${textScale}/${labelWidth}`;
  let sizes = bySetting.get(key);
  if (sizes) return sizes;
  // Widths of a resizing vertical column would pile up: keep the latest few.
  if (bySetting.size > 8) bySetting.clear();
  const { titleLengths } = ready;
  sizes = new Float64Array(titleLengths.length);
  for (let i = 0; i < sizes.length; i += 1) {
    sizes[i] = horizontal
      ? labelWidthFor(dateLabels[i].length, titleLengths[i], textScale)
      : labelHeightFor(dateLabels[i].length, titleLengths[i], labelWidth, textScale) + VERTICAL_GAP;
  }
  bySetting.set(key, sizes);
  return sizes;
}

function clip(start: number, end: number, length: number): Extent {
  const from = Math.max(0, start);
  const to = Math.min(length, end);
  return { start: from, size: Math.max(2, to - from) };
}
