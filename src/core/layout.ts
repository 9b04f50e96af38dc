// Label placement without measuring the DOM: widths are estimated from text length so the
// layout is pure, stable and computable before a single node exists. Positions here are
// along the time axis (x when horizontal, y when vertical), in CSS px.

/** Widest an event label grows before its title wraps (CSS px); the element's CSS matches it. */
export const LABEL_MAX_WIDTH = 184;
export const LABEL_MIN_WIDTH = 72;
/** Room between two labels in one row. */
export const LABEL_GAP = 8;
/** How far a label's edge sits from its marker, so the marker stays visible beside it. */
export const LABEL_INSET = 12;
/** Along-axis size of a cluster badge ("+12"): at least the 24 px target size, plus room. */
export const CLUSTER_BADGE_SIZE = 40;

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
  const titleChars = Math.ceil(title.length / 2);
  const chars = Math.max(dateLabel.length, Math.min(title.length, Math.max(titleChars, 22)));
  const width = chars * AVERAGE_CHAR_PX + LABEL_PADDING_PX;
  return Math.round(Math.min(LABEL_MAX_WIDTH, Math.max(LABEL_MIN_WIDTH, width)) * textScale);
}

/**
 * Height a label needs in a column `width` px wide: its date line (wrapped if it must) and a
 * title clamped to two lines, at `textScale` times the default text. Keeps a label's text
 * inside it however narrow the column or large the text.
 */
export function estimateLabelHeight(dateLabel: string, title: string, width: number, textScale = 1): number {
  const inner = Math.max(1, width - LABEL_PADDING_PX * textScale);
  const dateLines = Math.max(1, Math.ceil((dateLabel.length * DATE_CHAR_PX * textScale) / inner));
  const titleLines = Math.min(2, Math.max(1, Math.ceil((title.length * AVERAGE_CHAR_PX * textScale) / inner)));
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

/**
 * Row of each footprint, or -1 where none of `maxRows` rows has room. First fit in the
 * given (chronological) order: a footprint's row depends only on the footprints it
 * overlaps, so zooming or panning elsewhere never reshuffles it. `pinned` footprints (the
 * focused or open event) are placed first, so they are never left without a row.
 * O(n · maxRows) plus O(pinned) per check.
 */
export function packRows(footprints: readonly Footprint[], maxRows: number, pinned: readonly number[] = []): number[] {
  const rows = new Array<number>(footprints.length).fill(-1);
  const held: Footprint[][] = Array.from({ length: maxRows }, () => []);
  const clear = (row: number, { start, end }: Footprint) =>
    held[row].every((other) => other.end + LABEL_GAP <= start || end + LABEL_GAP <= other.start);
  for (const i of pinned) {
    const footprint = footprints[i];
    if (!footprint || rows[i] !== -1) continue;
    const row = held.findIndex((_, r) => clear(r, footprint));
    if (row === -1) continue;
    rows[i] = row;
    held[row].push(footprint);
  }
  const rowEnds = new Array<number>(maxRows).fill(-Infinity);
  footprints.forEach((footprint, i) => {
    if (rows[i] !== -1) return;
    for (let row = 0; row < maxRows; row += 1) {
      if (rowEnds[row] + LABEL_GAP <= footprint.start && (held[row].length === 0 || clear(row, footprint))) {
        rowEnds[row] = footprint.end;
        rows[i] = row;
        return;
      }
    }
  });
  return rows;
}

/** Events with no row, gathered under one badge where their markers are close. */
export interface Cluster {
  /** Indices into the footprints. */
  readonly members: readonly number[];
  /** Where the badge is centred: the middle of its members' markers. */
  readonly anchor: number;
}

/**
 * Groups the footprints without a row (`rows[i] === -1`) into clusters, in marker order: a
 * marker joins the cluster before it when it is closer than a badge to that cluster's last
 * marker, so no two badges overlap. O(k log k) for k footprints without a row.
 */
export function clusterOverflow(footprints: readonly Footprint[], rows: readonly number[]): Cluster[] {
  const overflow: number[] = [];
  rows.forEach((row, i) => {
    if (row === -1) overflow.push(i);
  });
  overflow.sort((a, b) => footprints[a].anchor - footprints[b].anchor || a - b);
  const clusters: { members: number[]; first: number; last: number }[] = [];
  for (const i of overflow) {
    const anchor = footprints[i].anchor;
    const current = clusters[clusters.length - 1];
    if (current && anchor - current.last < CLUSTER_BADGE_SIZE) {
      current.members.push(i);
      current.last = anchor;
    } else {
      clusters.push({ members: [i], first: anchor, last: anchor });
    }
  }
  return clusters.map(({ members, first, last }) => ({
    members: members.sort((a, b) => a - b),
    anchor: (first + last) / 2,
  }));
}
