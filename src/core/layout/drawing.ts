import type { TimelineDocument, TimelineEvent } from '../document/types.js';
import type { TimeDomain } from '../time/scale.js';
import type { TickSpec } from '../time/ticks.js';
import { htmlDatetime } from '../time/dates.js';
import { labelHeightFor, labelWidthFor, placeLabel } from './labels.js';
import { buildLanes, type Lane } from './lanes.js';
import { eventColumns, type EventColumns } from './columns.js';
import { placeWindow, type WindowPlacement } from './placement.js';
import { dodgeWindow } from './dodge.js';
import { dateLabelList, type DateLabelList } from '../time/date-labels.js';
import { COLUMN_MIN_WIDTH, EDGE_SLACK_PX, MARKER_SIZE, VERTICAL_LABEL_GAP } from './metrics.js';
import type { Extent, DrawingCluster, DrawingMarks } from './window-clusters.js';
import { timeWarpOf } from './time-warp.js';
import { unwarpClusters, warpedColumns } from './warped-columns.js';
import { drawingBreaks, type DrawingBreak } from './drawing-breaks.js';
import { segmentTicks, type DrawingTick } from './segment-ticks.js';

export type { Extent, DrawingCluster, DrawingMarks } from './window-clusters.js';
export type { DrawingBreak } from './drawing-breaks.js';
export type { DrawingTick } from './segment-ticks.js';
export type { DateLabelList } from '../time/date-labels.js';

export type Orientation = 'horizontal' | 'vertical';

/** One event as drawn. Positions are along the time axis (x or y), in CSS px. */
export interface DrawingItem {
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

export interface DrawingLane extends Lane {
  /** Label rows this lane needs in the current window (0 when nothing of it is in view). */
  readonly rowCount: number;
}

/** Everything render() needs, computed before a DOM node exists. */
export interface TimelineDrawing {
  readonly orientation: Orientation;
  readonly domain: TimeDomain;
  /** Length of the time axis in CSS px. */
  readonly length: number;
  readonly lanes: readonly DrawingLane[];
  readonly tickSpec: TickSpec;
  /** Ticks per segment between breaks: none inside a break or under its label. */
  readonly ticks: readonly DrawingTick[];
  /** Every long empty stretch drawn shorter, placed for this window (none with `compress: false`). */
  readonly breaks: readonly DrawingBreak[];
  /**
   * The events the list holds, chronological: every event of a small document (up to
   * `completeListMax`), else those with a label drawn plus the pinned ones. The rest are
   * in `clusters` and `marks`, so what is built grows with the window, not the document.
   */
  readonly items: readonly DrawingItem[];
  /** Whether `items` holds every event of the document. */
  readonly complete: boolean;
  /** How many events the document has. */
  readonly total: number;
  readonly clusters: readonly DrawingCluster[];
  /** Per lane, markers and bars of events in view without a label of their own. */
  readonly marks: readonly DrawingMarks[];
}

export interface DrawingOptions {
  readonly domain: TimeDomain;
  /** Length of the time axis in CSS px: the plot's width, or its height when vertical. */
  readonly length: number;
  readonly locale: string;
  readonly orientation?: Orientation;
  /** Label rows per lane (columns when vertical) before neighbours merge into clusters. */
  readonly maxRows?: number;
  /** Date labels of `document.events` in `locale`, when already at hand (see `dateLabelsOf`, `formatDateLabels`). */
  readonly dateLabels?: readonly string[] | DateLabelList;
  /** The element's text size over the default 16 px: labels grow with it. */
  readonly textScale?: number;
  /** Vertical layout: width of a label, so its height fits its text. */
  readonly labelWidth?: number;
  /**
   * Events (indices) that must show their label though a cluster would hide them: the
   * focused and the open one. They are placed first, so they always get a row.
   */
  readonly pinned?: readonly number[];
  /** Vertical: every event in view labelled in one column, moved along the axis if need be (a story; see dodge.ts). */
  readonly dodge?: boolean;
  /** Documents with up to this many events list every event in `items` (default `COMPLETE_LIST_MAX`). */
  readonly completeListMax?: number;
  /** Shorten long empty stretches of the document into marked breaks (default true). */
  readonly compress?: boolean;
}

/**
 * Up to this many events, the list holds every event, so a screen reader can read a
 * story-sized timeline from start to end; beyond it, the list holds what is drawn.
 */
export const COMPLETE_LIST_MAX = 200;

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
  /** Label sizes per date-label lengths, then per orientation, text size and label width. */
  readonly sizes: WeakMap<ArrayLike<number>, Map<string, Float64Array>>;
  /** Date labels per locale, each formatted when first read. */
  readonly labelLists: Map<string, DateLabelList>;
  /** Every label formatted, per locale (`formatDateLabels`). */
  readonly labels: Map<string, string[]>;
  /** Lengths of date-label arrays handed in as `DrawingOptions.dateLabels`. */
  readonly givenLengths: WeakMap<readonly string[], Uint16Array>;
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
    labelLists: new Map(),
    labels: new Map(),
    givenLengths: new WeakMap(),
  };
  prepared.set(document, ready);
  return ready;
}

/**
 * Every event's date label in `locale`, once per document and locale: their lengths at
 * once, each text formatted when first read (large documents draw a few dozen of them).
 */
export function dateLabelsOf(document: TimelineDocument, locale: string): DateLabelList {
  const ready = prepare(document);
  let list = ready.labelLists.get(locale);
  if (!list) ready.labelLists.set(locale, (list = dateLabelList(document.events, ready, locale)));
  return list;
}

/**
 * Every event's date label, all formatted, once per document and locale. Events written
 * with the same date (and end) share one formatting: large documents repeat dates.
 */
export function formatDateLabels(document: TimelineDocument, locale: string): string[] {
  const { labels } = prepare(document);
  const known = labels.get(locale);
  if (known) return known;
  const list = dateLabelsOf(document, locale);
  const result = Array.from({ length: list.size }, (_, i) => list.at(i));
  labels.set(locale, result);
  return result;
}

/** Derives the drawn view of a document for a window, an axis length and an orientation. */
export function deriveDrawing(document: TimelineDocument, options: DrawingOptions): TimelineDrawing {
  const { domain, length, locale } = options;
  const { events } = document;
  const orientation = options.orientation ?? 'horizontal';
  const horizontal = orientation === 'horizontal';
  const dateLabels = options.dateLabels ?? dateLabelsOf(document, locale);
  const labelOf = Array.isArray(dateLabels) ? (i: number) => (dateLabels as readonly string[])[i] : (i: number) => (dateLabels as DateLabelList).at(i);
  const textScale = options.textScale ?? 1;
  const ready = prepare(document);
  let lanes = ready.lanes.get(horizontal);
  if (!lanes) ready.lanes.set(horizontal, (lanes = buildLanes(document, horizontal, ready.groupOf)));
  const { laneOf } = lanes;
  const maxRows = options.maxRows ?? defaultMaxRows(lanes.lanes.length);
  const sizes = labelSizes(ready, labelLengths(ready, dateLabels), horizontal, textScale, options.labelWidth ?? COLUMN_MIN_WIDTH);
  const complete = events.length <= (options.completeListMax ?? COMPLETE_LIST_MAX);
  const pinned = options.pinned ?? [];
  // Placement is linear in axis units: fed the warped columns and window, it needs no change.
  const warp = timeWarpOf(events, options.compress ?? true);
  const warped = warpedColumns(ready, warp);
  const axis: TimeDomain = [warp.toAxis(domain[0]), warp.toAxis(domain[1])];
  const input = { ...ready, ...warped, laneOf, laneCount: lanes.lanes.length, sizes, domain: axis, length, maxRows, pinned, growRows: horizontal };
  const placed: WindowPlacement = (options.dodge && !horizontal && dodgeWindow(input)) || placeWindow(input);
  const { rows, rowCounts, marks } = placed;
  // The few events that become items are placed again here, one by one.
  const k = length / (axis[1] - axis[0]);
  const px = (at: number) => (at - axis[0]) * k;
  const { starts, ends, anchors } = warped;
  const { spans } = ready;
  const itemOf = (i: number): DrawingItem => {
    const event = events[i];
    const anchor = px(anchors[i]);
    const startPx = px(starts[i]);
    const endPx = px(ends[i]);
    // Its marker (or bar) within the plot and its edge slack.
    const visible = spans[i]
      ? endPx >= -EDGE_SLACK_PX && startPx <= length + EDGE_SLACK_PX
      : anchor >= -EDGE_SLACK_PX && anchor <= length + EDGE_SLACK_PX;
    const row = visible ? (rows.get(i) ?? -1) : -1;
    let datetime = ready.datetimes[i];
    if (datetime === null) datetime = ready.datetimes[i] = htmlDatetime(event.date);
    return {
      index: i,
      event,
      dateLabel: labelOf(i),
      datetime,
      lane: laneOf[i],
      visible,
      row,
      clustered: visible && row === -1,
      anchor,
      labelStart: placed.labelStarts?.get(i) ?? placeLabel(Math.min(length, Math.max(0, anchor)), sizes[i], length),
      labelSize: sizes[i],
      bar: event.end ? clip(startPx, endPx, length) : undefined,
      bracket: !event.end && event.date.precision !== 'day' && event.date.precision !== 'minute' &&
        endPx - startPx > MARKER_SIZE ? clip(startPx, endPx, length) : undefined,
    };
  };
  const listed = complete
    ? events.map((_, i) => i)
    : [...new Set([...rows.keys(), ...pinned.filter((i) => i >= 0 && i < events.length)])].sort((a, b) => a - b);

  const breaks = drawingBreaks(warp, axis, length, ready.starts, locale);
  const { spec, ticks } = segmentTicks({ domain, warp, length, textScale, locale, horizontal, breaks });
  return {
    orientation,
    domain,
    length,
    lanes: lanes.lanes.map((lane, i) => ({ ...lane, rowCount: rowCounts[i] })),
    tickSpec: spec,
    ticks,
    breaks,
    items: listed.map(itemOf),
    complete,
    total: events.length,
    clusters: unwarpClusters(placed.clusters, warp),
    marks,
  };
}

/** The lengths of every event's date label, from a list or from an array handed in. */
function labelLengths(ready: PreparedDocument, dateLabels: readonly string[] | DateLabelList): ArrayLike<number> {
  if (!Array.isArray(dateLabels)) return (dateLabels as DateLabelList).lengths;
  const labels = dateLabels as readonly string[];
  let lengths = ready.givenLengths.get(labels);
  if (!lengths) ready.givenLengths.set(labels, (lengths = Uint16Array.from(labels, (label) => label.length)));
  return lengths;
}

/** Each event's label size along the axis, once per setting (docs/performance.md#label-sizes-per-setting-date-labels-when-drawn). */
function labelSizes(
  ready: PreparedDocument,
  dateLengths: ArrayLike<number>,
  horizontal: boolean,
  textScale: number,
  labelWidth: number,
): Float64Array {
  let bySetting = ready.sizes.get(dateLengths);
  if (!bySetting) ready.sizes.set(dateLengths, (bySetting = new Map<string, Float64Array>()));
  const key = horizontal ? `h${textScale}` : `v${textScale}/${labelWidth}`;
  let sizes = bySetting.get(key);
  if (sizes) return sizes;
  // Widths of a resizing vertical column would pile up: keep the latest few.
  if (bySetting.size > 8) bySetting.clear();
  const { titleLengths } = ready;
  sizes = new Float64Array(titleLengths.length);
  for (let i = 0; i < sizes.length; i += 1) {
    sizes[i] = horizontal
      ? labelWidthFor(dateLengths[i], titleLengths[i], textScale)
      : labelHeightFor(dateLengths[i], titleLengths[i], labelWidth, textScale) + VERTICAL_LABEL_GAP;
  }
  bySetting.set(key, sizes);
  return sizes;
}

function clip(start: number, end: number, length: number): Extent {
  const from = Math.max(0, start);
  const to = Math.min(length, end);
  return { start: from, size: Math.max(2, to - from) };
}
