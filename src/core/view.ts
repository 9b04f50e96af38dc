import type { TimelineDocument, TimelineEvent } from './types.js';
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
  readonly items: readonly ViewItem[];
  readonly clusters: readonly ViewCluster[];
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
}

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

/** Every event's date label, once per document and locale rather than once per frame. */
export function formatDateLabels(document: TimelineDocument, locale: string): string[] {
  return document.events.map((event) => formatEventDate(event, locale));
}

/** Derives the drawn view of a document for a window, an axis length and an orientation. */
export function deriveTimelineView(document: TimelineDocument, options: ViewOptions): TimelineView {
  const { domain, length, locale } = options;
  const orientation = options.orientation ?? 'horizontal';
  const dateLabels = options.dateLabels ?? formatDateLabels(document, locale);
  const textScale = options.textScale ?? 1;
  const lanes = buildLanes(document, orientation === 'horizontal');
  const maxRows = options.maxRows ?? defaultMaxRows(lanes.lanes.length);
  const scale = createTimeScale(domain, [0, length]);
  const margin = length * LAYOUT_MARGIN;

  const placed = document.events.map((event, i) => {
    const anchor = scale(eventAnchorMs(event));
    const startPx = scale(event.startMs);
    const endPx = scale(event.endMs);
    const bar = event.end ? clip(startPx, endPx, length) : undefined;
    const inRange = (slack: number) =>
      bar ? endPx >= -slack && startPx <= length + slack : anchor >= -slack && anchor <= length + slack;
    const labelSize = orientation === 'horizontal'
      ? estimateLabelWidth(dateLabels[i], event.title, textScale)
      : estimateLabelHeight(dateLabels[i], event.title, options.labelWidth ?? 180, textScale) + VERTICAL_GAP;
    const labelStart = placeLabel(Math.min(length, Math.max(0, anchor)), labelSize, length);
    const bracket = !event.end && event.date.precision !== 'day' && event.date.precision !== 'minute' &&
      endPx - startPx > BRACKET_MIN_PX ? clip(startPx, endPx, length) : undefined;
    return {
      event, anchor, bar, bracket, labelSize, labelStart,
      visible: inRange(EDGE_SLACK_PX), laidOut: inRange(margin), lane: lanes.laneOf[i],
    };
  });

  // Each lane packs what is in view plus a margin, in chronological order.
  const rows = new Array<number>(placed.length).fill(-1);
  const clusters: ViewCluster[] = [];
  const rowCounts = lanes.lanes.map(() => 0);
  lanes.lanes.forEach((_, lane) => {
    const members = placed.flatMap((item, i) => (item.lane === lane && item.laidOut ? [i] : []));
    const footprints: Footprint[] = members.map((i) => footprintOf(placed[i]));
    const pinned = (options.pinned ?? []).flatMap((i) => {
      const k = members.indexOf(i);
      return k !== -1 && placed[i].visible ? [k] : [];
    });
    let laneRows = packRows(footprints, maxRows);
    // Re-pack with pins only when a pinned event would otherwise hide in a cluster.
    if (pinned.some((k) => laneRows[k] === -1)) laneRows = packRows(footprints, maxRows, pinned);
    laneRows.forEach((row, k) => {
      rows[members[k]] = row;
      if (placed[members[k]].visible) rowCounts[lane] = Math.max(rowCounts[lane], row + 1);
    });
    for (const cluster of clusterOverflow(footprints, laneRows)) {
      const indices = cluster.members.map((k) => members[k]);
      if (!indices.some((i) => placed[i].visible)) continue;
      let from = Infinity;
      let to = -Infinity;
      for (const i of indices) {
        from = Math.min(from, document.events[i].startMs);
        to = Math.max(to, document.events[i].endMs);
      }
      clusters.push({ lane, anchor: cluster.anchor, members: indices, domain: [from, to] });
    }
  });

  const items = placed.map((item, i): ViewItem => ({
    event: item.event,
    dateLabel: dateLabels[i],
    datetime: htmlDatetime(item.event.date),
    lane: item.lane,
    visible: item.visible,
    row: item.visible ? rows[i] : -1,
    clustered: item.visible && rows[i] === -1,
    anchor: item.anchor,
    labelStart: item.labelStart,
    labelSize: item.labelSize,
    bar: item.bar,
    bracket: item.bracket,
  }));
  // Larger text needs more room per tick label: fewer ticks.
  const { spec, ticks } = computeTicks(domain, length / textScale, locale);
  return {
    orientation,
    domain,
    length,
    lanes: lanes.lanes.map((lane, i) => ({ ...lane, rowCount: rowCounts[i] })),
    tickSpec: spec,
    ticks: ticks.map((tick) => {
      const position = scale(tick.ms);
      const half = orientation === 'horizontal' ? (tick.label.length * TICK_CHAR_PX) / 2 : 8;
      const anchor = position < half ? 'start' : position > length - half ? 'end' : 'middle';
      return { position, label: tick.label, anchor };
    }),
    items,
    clusters,
  };
}

function footprintOf(item: { labelStart: number; labelSize: number; bar: Extent | undefined; anchor: number }): Footprint {
  const start = Math.min(item.labelStart, item.bar?.start ?? item.labelStart);
  const end = Math.max(item.labelStart + item.labelSize, item.bar ? item.bar.start + item.bar.size : -Infinity);
  return { start, end, anchor: item.anchor };
}

function clip(start: number, end: number, length: number): Extent {
  const from = Math.max(0, start);
  const to = Math.min(length, end);
  return { start: from, size: Math.max(2, to - from) };
}
