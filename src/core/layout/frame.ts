import { COLUMN_GAP, COLUMN_MIN_WIDTH, TICK_CHAR_PX, VERTICAL_LABEL_GAP } from './metrics.js';
import type { TimelineDrawing, DrawingCluster, DrawingItem } from './drawing.js';

// The one place that turns the view's along-axis positions into physical x/y: horizontal
// or vertical, left-to-right or mirrored for right-to-left locales. Templates only read it.

/**
 * Sizes at the default 16 px text; every one grows with the element's text size, so text
 * zoomed to 200% still fits its label.
 */
const METRICS = {
  row: 76,
  label: 62,
  laneHeader: 24,
  baseline: 28,
  axis: 34,
  /** Vertical layout: room for tick labels at the inline start, then the axis line. */
  gutter: 84,
  labelGap: 16,
  /** Narrowest label column in the vertical layout. */
  columnMin: COLUMN_MIN_WIDTH,
};

type Metrics = typeof METRICS;

function scaled(textScale: number): Metrics {
  const result = { ...METRICS };
  for (const key of Object.keys(result) as (keyof Metrics)[]) result[key] = Math.round(METRICS[key] * textScale);
  return result;
}

export interface Box {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

export interface Point {
  readonly x: number;
  readonly y: number;
}

export interface LaneBand {
  /** The group's name; null for the shared lane of ungrouped events. */
  readonly label: string | null;
  /** Whether the band has a heading: the document has groups. */
  readonly headed: boolean;
  readonly top: number;
  readonly height: number;
  /** Where markers, bars and cluster badges sit. */
  readonly baseline: number;
}

export interface Frame {
  readonly width: number;
  readonly height: number;
  readonly lanes: readonly LaneBand[];
  /** The time axis as a line, and where each tick's mark and label go. */
  readonly axis: { readonly from: Point; readonly to: Point };
  tick(position: number): { mark: Point; label: Point; vertical: boolean };
  label(item: DrawingItem): Box;
  marker(item: Pick<DrawingItem, 'lane' | 'anchor'>): Point;
  /** A bar or bracket along the axis, `offset` px across it from the item's baseline. */
  band(item: Pick<DrawingItem, 'lane'>, extent: { start: number; size: number }, offset: number, thickness: number): Box;
  /** Where a label's stem leaves the label. */
  stemStart(item: DrawingItem): Point;
  cluster(cluster: DrawingCluster): Point;
}

/** How the vertical layout divides its width: tick-label gutter, then label columns. */
export interface VerticalColumns {
  readonly gutter: number;
  readonly count: number;
  /** Width of one label column, gap included. */
  readonly width: number;
}

/**
 * Columns of labels that fit a vertical layout `width` px wide, after a gutter wide enough
 * for the longest tick label (`tickChars` characters) at the element's text size.
 */
export function verticalColumns(width: number, textScale = 1, tickChars = 8): VerticalColumns {
  const m = scaled(textScale);
  const gutter = Math.min(Math.round(width * 0.4), Math.round((tickChars * TICK_CHAR_PX + 20) * textScale));
  const count = Math.max(1, Math.floor((width - gutter - m.labelGap) / m.columnMin));
  return { gutter, count, width: (width - gutter - m.labelGap) / count };
}

export function createFrame(view: TimelineDrawing, width: number, rtl: boolean, textScale = 1, columns?: VerticalColumns): Frame {
  const m = scaled(textScale);
  return view.orientation === 'horizontal'
    ? horizontalFrame(view, width, rtl, m)
    : verticalFrame(view, width, rtl, m, columns ?? verticalColumns(width, textScale));
}

function horizontalFrame(view: TimelineDrawing, width: number, rtl: boolean, m: Metrics): Frame {
  const headed = view.lanes.some((lane) => lane.id !== null);
  let top = 0;
  const lanes = view.lanes.map((lane) => {
    const height = (headed ? m.laneHeader : 0) + lane.rowCount * m.row + m.baseline;
    const band = { label: lane.label, headed, top, height, baseline: top + height - m.baseline / 2 };
    top += height;
    return band;
  });
  const axisY = top + 4;
  // Along-axis x, mirrored for right-to-left: later is further to the left.
  const x = (position: number) => (rtl ? width - position : position);
  const span = (start: number, size: number) => (rtl ? width - start - size : start);
  const labelTop = (item: DrawingItem) => {
    const lane = lanes[item.lane];
    const rows = view.lanes[item.lane].rowCount;
    return lane.top + (headed ? m.laneHeader : 0) + (rows - 1 - item.row) * m.row;
  };
  return {
    width,
    height: axisY + m.axis,
    lanes,
    axis: { from: { x: 0, y: axisY }, to: { x: width, y: axisY } },
    tick: (position) => ({ mark: { x: x(position), y: axisY }, label: { x: x(position), y: axisY + Math.round(m.axis * 0.65) }, vertical: false }),
    label: (item) => ({ x: span(item.labelStart, item.labelSize), y: labelTop(item), width: item.labelSize, height: m.label }),
    marker: (item) => ({ x: x(item.anchor), y: lanes[item.lane].baseline }),
    band: (item, extent, offset, thickness) => ({
      x: span(extent.start, extent.size),
      y: lanes[item.lane].baseline + offset - thickness / 2,
      width: extent.size,
      height: thickness,
    }),
    stemStart: (item) => ({ x: x(item.anchor), y: labelTop(item) + m.label }),
    cluster: (cluster) => ({ x: x(cluster.anchor), y: lanes[cluster.lane].baseline }),
  };
}

function verticalFrame(view: TimelineDrawing, width: number, rtl: boolean, m: Metrics, columns: VerticalColumns): Frame {
  const axisAt = columns.gutter;
  const columnWidth = columns.width;
  // Across-axis x from the inline start, mirrored for right-to-left.
  const x = (across: number, size = 0) => (rtl ? width - across - size : across);
  const height = view.length;
  return {
    width,
    height,
    lanes: [{ label: null, headed: false, top: 0, height, baseline: axisAt }],
    axis: { from: { x: x(axisAt), y: 0 }, to: { x: x(axisAt), y: height } },
    tick: (position) => ({
      mark: { x: x(axisAt), y: position },
      label: { x: x(axisAt - 10), y: position + 4 },
      vertical: true,
    }),
    label: (item) => {
      const across = axisAt + m.labelGap + item.row * columnWidth;
      return { x: x(across, columnWidth - COLUMN_GAP), y: item.labelStart, width: columnWidth - COLUMN_GAP, height: item.labelSize - VERTICAL_LABEL_GAP };
    },
    marker: (item) => ({ x: x(axisAt), y: item.anchor }),
    band: (_item, extent, offset, thickness) => ({
      x: x(axisAt + offset - thickness / 2, thickness),
      y: extent.start,
      width: thickness,
      height: extent.size,
    }),
    stemStart: (item) => {
      const box = { across: axisAt + m.labelGap + item.row * columnWidth };
      return { x: x(box.across), y: Math.min(Math.max(item.anchor, item.labelStart + 8), item.labelStart + item.labelSize - 12) };
    },
    cluster: (cluster) => ({ x: x(axisAt), y: cluster.anchor }),
  };
}
