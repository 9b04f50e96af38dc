// Label placement without measuring the DOM: widths are estimated from text length so the
// layout is pure, stable and computable before a single node exists.

/** Widest an event label grows before its title wraps (CSS px); the element's CSS matches it. */
export const LABEL_MAX_WIDTH = 184;
export const LABEL_MIN_WIDTH = 72;
/** Horizontal room between two labels in one row. */
export const LABEL_GAP = 8;
/** How far a label's edge sits from its marker, so the marker stays visible beside it. */
export const LABEL_INSET = 12;

const AVERAGE_CHAR_PX = 7.4;
const LABEL_PADDING_PX = 20;

/** Width a label needs for its date line and its title (wrapped to two lines at most). */
export function estimateLabelWidth(dateLabel: string, title: string): number {
  const titleChars = Math.ceil(title.length / 2);
  const chars = Math.max(dateLabel.length, Math.min(title.length, Math.max(titleChars, 22)));
  const width = chars * AVERAGE_CHAR_PX + LABEL_PADDING_PX;
  return Math.round(Math.min(LABEL_MAX_WIDTH, Math.max(LABEL_MIN_WIDTH, width)));
}

/**
 * Left edge of a label for a marker at `anchorX`: starting just before the marker, flipped
 * to end just after it where it would leave the plot, and never outside [0, plotWidth].
 */
export function placeLabel(anchorX: number, width: number, plotWidth: number): number {
  let left = anchorX - LABEL_INSET;
  if (left + width > plotWidth) left = anchorX + LABEL_INSET - width;
  return Math.max(0, Math.min(left, plotWidth - width));
}

/**
 * Row of each label, greedily: the lowest row whose last label ends before this one
 * starts. `boxes` in chronological order; returns one row index per box.
 */
export function layoutRows(boxes: ReadonlyArray<{ readonly left: number; readonly width: number }>): number[] {
  const rowEnds: number[] = [];
  return boxes.map(({ left, width }) => {
    let row = rowEnds.findIndex((end) => end + LABEL_GAP <= left);
    if (row === -1) row = rowEnds.push(-Infinity) - 1;
    rowEnds[row] = left + width;
    return row;
  });
}
