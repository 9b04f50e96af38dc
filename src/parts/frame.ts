import type { TimelineView, ViewCluster, ViewItem } from '../core/view.js';

// The one place that turns the view's along-axis positions into physical x/y: horizontal
// or vertical, left-to-right or mirrored for right-to-left locales. Templates only read it.

export const ROW_HEIGHT = 76;
export const LABEL_HEIGHT = 62;
const LANE_HEADER = 24;
const BASELINE = 28;
const AXIS_HEIGHT = 34;
/** Vertical layout: room for tick labels at the inline start, then the axis line. */
const VERTICAL_GUTTER = 84;
const VERTICAL_LABEL_GAP = 16;
/** Narrowest label column in the vertical layout. */
export const VERTICAL_COLUMN_MIN = 180;

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
  readonly label: string | null;
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
  label(item: ViewItem): Box;
  marker(item: ViewItem): Point;
  /** A bar or bracket along the axis, `offset` px across it from the item's baseline. */
  band(item: ViewItem, extent: { start: number; size: number }, offset: number, thickness: number): Box;
  /** Where a label's stem leaves the label. */
  stemStart(item: ViewItem): Point;
  cluster(cluster: ViewCluster): Point;
}

/** Columns of labels that fit a vertical layout `width` px wide. */
export function verticalColumns(width: number): number {
  return Math.max(1, Math.floor((width - VERTICAL_GUTTER - VERTICAL_LABEL_GAP) / VERTICAL_COLUMN_MIN));
}

/** The axis length a layout of this size gets: the plot's width, or its height when vertical. */
export function axisLength(orientation: 'horizontal' | 'vertical', width: number, verticalHeight: number): number {
  return orientation === 'horizontal' ? width : verticalHeight;
}

export function createFrame(view: TimelineView, width: number, rtl: boolean): Frame {
  return view.orientation === 'horizontal' ? horizontalFrame(view, width, rtl) : verticalFrame(view, width, rtl);
}

function horizontalFrame(view: TimelineView, width: number, rtl: boolean): Frame {
  const headed = view.lanes.some((lane) => lane.label !== null);
  let top = 0;
  const lanes = view.lanes.map((lane) => {
    const height = (headed ? LANE_HEADER : 0) + lane.rowCount * ROW_HEIGHT + BASELINE;
    const band = { label: lane.label, top, height, baseline: top + height - BASELINE / 2 };
    top += height;
    return band;
  });
  const axisY = top + 4;
  // Along-axis x, mirrored for right-to-left: later is further to the left.
  const x = (position: number) => (rtl ? width - position : position);
  const span = (start: number, size: number) => (rtl ? width - start - size : start);
  const labelTop = (item: ViewItem) => {
    const lane = lanes[item.lane];
    const rows = view.lanes[item.lane].rowCount;
    return lane.top + (headed ? LANE_HEADER : 0) + (rows - 1 - item.row) * ROW_HEIGHT;
  };
  return {
    width,
    height: axisY + AXIS_HEIGHT,
    lanes,
    axis: { from: { x: 0, y: axisY }, to: { x: width, y: axisY } },
    tick: (position) => ({ mark: { x: x(position), y: axisY }, label: { x: x(position), y: axisY + 22 }, vertical: false }),
    label: (item) => ({ x: span(item.labelStart, item.labelSize), y: labelTop(item), width: item.labelSize, height: LABEL_HEIGHT }),
    marker: (item) => ({ x: x(item.anchor), y: lanes[item.lane].baseline }),
    band: (item, extent, offset, thickness) => ({
      x: span(extent.start, extent.size),
      y: lanes[item.lane].baseline + offset - thickness / 2,
      width: extent.size,
      height: thickness,
    }),
    stemStart: (item) => ({ x: x(item.anchor), y: labelTop(item) + LABEL_HEIGHT }),
    cluster: (cluster) => ({ x: x(cluster.anchor), y: lanes[cluster.lane].baseline }),
  };
}

function verticalFrame(view: TimelineView, width: number, rtl: boolean): Frame {
  const columns = verticalColumns(width);
  const axisAt = VERTICAL_GUTTER;
  const columnWidth = (width - VERTICAL_GUTTER - VERTICAL_LABEL_GAP) / columns;
  // Across-axis x from the inline start, mirrored for right-to-left.
  const x = (across: number, size = 0) => (rtl ? width - across - size : across);
  const height = view.length;
  return {
    width,
    height,
    lanes: [{ label: null, top: 0, height, baseline: axisAt }],
    axis: { from: { x: x(axisAt), y: 0 }, to: { x: x(axisAt), y: height } },
    tick: (position) => ({
      mark: { x: x(axisAt), y: position },
      label: { x: x(axisAt - 10), y: position + 4 },
      vertical: true,
    }),
    label: (item) => {
      const across = axisAt + VERTICAL_LABEL_GAP + item.row * columnWidth;
      return { x: x(across, columnWidth - 8), y: item.labelStart, width: columnWidth - 8, height: LABEL_HEIGHT };
    },
    marker: (item) => ({ x: x(axisAt), y: item.anchor }),
    band: (_item, extent, offset, thickness) => ({
      x: x(axisAt + offset - thickness / 2, thickness),
      y: extent.start,
      width: thickness,
      height: extent.size,
    }),
    stemStart: (item) => {
      const box = { across: axisAt + VERTICAL_LABEL_GAP + item.row * columnWidth };
      return { x: x(box.across), y: Math.min(Math.max(item.anchor, item.labelStart + 8), item.labelStart + LABEL_HEIGHT - 8) };
    },
    cluster: (cluster) => ({ x: x(axisAt), y: cluster.anchor }),
  };
}
