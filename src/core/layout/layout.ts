// Label placement without measuring the DOM: widths are estimated from text length so the
// layout is pure, stable and computable before a single node exists. Positions here are
// along the time axis (x when horizontal, y when vertical), in CSS px.
import { firstFitRows, groupByAnchor, type AnchorGroups } from './packing.js';

import { LABEL_INSET, LABEL_MAX_WIDTH, LABEL_MIN_WIDTH } from './metrics.js';

export { CLUSTER_BADGE_SIZE, CLUSTER_MAX_WIDTH, LABEL_GAP, LABEL_INSET, LABEL_MAX_WIDTH, LABEL_MIN_WIDTH } from './metrics.js';

const AVERAGE_CHAR_PX = 7.4;
const LABEL_PADDING_PX = 20;
/** The date line: 12 px text, 15 px lines; the title: 14 px bold, 17.5 px lines (see the element's CSS). */
const DATE_CHAR_PX = 6.6;
const DATE_LINE_PX = 15;
const TITLE_LINE_PX = 17.5;
const LABEL_PADDING_Y_PX = 12;

/**
 * Width a label needs for its date line and its title (wrapped to two lines at most), at
 * `textScale` times the default 16 px text.
 */
export function estimateLabelWidth(dateLabel: string, title: string, textScale = 1): number {
  return labelWidthFor(dateLabel.length, title.length, textScale);
}

/** `estimateLabelWidth` from the lengths of the date label and title: all it depends on. */
export function labelWidthFor(dateChars: number, titleLength: number, textScale = 1): number {
  const titleChars = Math.ceil(titleLength / 2);
  const chars = Math.max(dateChars, Math.min(titleLength, Math.max(titleChars, 22)));
  const width = chars * AVERAGE_CHAR_PX + LABEL_PADDING_PX;
  return Math.round(Math.min(LABEL_MAX_WIDTH, Math.max(LABEL_MIN_WIDTH, width)) * textScale);
}

/**
 * Height a label needs in a column `width` px wide: its date line (wrapped if it must) and a
 * title clamped to two lines, at `textScale` times the default text. Keeps a label's text
 * inside it however narrow the column or large the text.
 */
export function estimateLabelHeight(dateLabel: string, title: string, width: number, textScale = 1): number {
  return labelHeightFor(dateLabel.length, title.length, width, textScale);
}

/** `estimateLabelHeight` from the lengths of the date label and title. */
export function labelHeightFor(dateChars: number, titleLength: number, width: number, textScale = 1): number {
  const inner = Math.max(1, width - LABEL_PADDING_PX * textScale);
  const dateLines = Math.max(1, Math.ceil((dateChars * DATE_CHAR_PX * textScale) / inner));
  const titleLines = Math.min(2, Math.max(1, Math.ceil((titleLength * AVERAGE_CHAR_PX * textScale) / inner)));
  return Math.ceil((LABEL_PADDING_Y_PX + dateLines * DATE_LINE_PX + titleLines * TITLE_LINE_PX) * textScale);
}

/**
 * Start of a label for a marker at `anchor`: just before the marker, flipped to end just
 * after it where it would leave the plot, and never outside [0, length].
 */
export function placeLabel(anchor: number, size: number, length: number): number {
  let start = anchor - LABEL_INSET;
  if (start + size > length) start = anchor + LABEL_INSET - size;
  return Math.max(0, Math.min(start, length - size));
}

/** What one event takes up along the axis: its label and, for spans, its bar. */
export interface Footprint {
  readonly start: number;
  readonly end: number;
  /** Where its marker is. */
  readonly anchor: number;
}

/** Many footprints as columns: what the view builds per frame without an object per event. */
export interface Footprints {
  readonly length: number;
  readonly start: ArrayLike<number>;
  readonly end: ArrayLike<number>;
  readonly anchor: ArrayLike<number>;
}

function columns(footprints: Footprints | readonly Footprint[]): Footprints {
  if (!Array.isArray(footprints)) return footprints as Footprints;
  const list = footprints as readonly Footprint[];
  return {
    length: list.length,
    start: list.map((footprint) => footprint.start),
    end: list.map((footprint) => footprint.end),
    anchor: list.map((footprint) => footprint.anchor),
  };
}

/**
 * Row of each footprint, or -1 where none of `maxRows` rows has room. First fit in the
 * given (chronological) order: a footprint's row depends only on the footprints it
 * overlaps, so zooming or panning elsewhere never reshuffles it. `pinned` footprints (the
 * focused or open event) are placed first, so they are never left without a row.
 * O(n · maxRows) plus O(pinned) per check.
 */
export function packRows(input: Footprints | readonly Footprint[], maxRows: number, pinned: readonly number[] = []): Int32Array {
  const { length, start, end } = columns(input);
  const rows = new Int32Array(length);
  firstFitRows(start, end, length, maxRows, pinned, rows);
  return rows;
}

/** Events with no row, gathered under one badge where their markers are close. */
export interface Cluster {
  /** Indices into the footprints, ascending. */
  readonly members: readonly number[];
  /** Where the badge is centred: the middle of its members' markers. */
  readonly anchor: number;
}

/**
 * Groups the footprints without a row (`rows[i] === -1`) into clusters, in marker order: a
 * marker joins the cluster before it when it is closer than a badge to that cluster's
 * furthest marker and the cluster is not yet `CLUSTER_MAX_WIDTH` wide, so no two badges
 * overlap and a dense stretch gets a badge every so often rather than one for all of it.
 * Linear for the 100,000 markers of a whole large document: markers are ordered by a
 * bucket per pixel, and members come out in index order without sorting.
 */
export function clusterOverflow(input: Footprints | readonly Footprint[], rows: ArrayLike<number>): Cluster[] {
  const { anchor } = columns(input);
  let count = 0;
  for (let i = 0; i < rows.length; i += 1) if (rows[i] === -1) count += 1;
  const overflow = new Int32Array(count);
  for (let i = 0, o = 0; i < rows.length; i += 1) if (rows[i] === -1) overflow[o++] = i;
  const clusterOf = new Int32Array(rows.length);
  const groups: AnchorGroups = { firsts: [], lasts: [], sizes: [] };
  groupByAnchor(overflow, anchor, clusterOf, groups);
  const members = groups.sizes.map((size) => new Array<number>(size));
  const filled = new Int32Array(groups.sizes.length);
  for (let o = 0; o < overflow.length; o += 1) {
    const i = overflow[o];
    const cluster = clusterOf[i];
    members[cluster][filled[cluster]++] = i;
  }
  return members.map((list, cluster) => ({ members: list, anchor: (groups.firsts[cluster] + groups.lasts[cluster]) / 2 }));
}
