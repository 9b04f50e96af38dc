// Label size and placement without measuring the DOM: widths are estimated from text length so the
// layout is pure, stable and computable before a single node exists. Positions here are
// along the time axis (x when horizontal, y when vertical), in CSS px.

import { LABEL_INSET, LABEL_MAX_WIDTH, LABEL_MIN_WIDTH } from './metrics.js';

const AVERAGE_CHAR_PX = 7.4;
const LABEL_PADDING_PX = 20;
/** The date line: 12 px text, 15 px lines; the title: 14 px bold, 17.5 px lines (see the element's CSS). */
const DATE_CHAR_PX = 6.6;
const DATE_LINE_PX = 15;
const TITLE_LINE_PX = 17.5;
const LABEL_PADDING_Y_PX = 12;

/**
 * Width a label needs for a date line of `dateChars` characters and a title of
 * `titleLength` (wrapped to two lines at most), at `textScale` times the default 16 px text.
 */
export function labelWidthFor(dateChars: number, titleLength: number, textScale = 1): number {
  const titleChars = Math.ceil(titleLength / 2);
  const chars = Math.max(dateChars, Math.min(titleLength, Math.max(titleChars, 22)));
  const width = chars * AVERAGE_CHAR_PX + LABEL_PADDING_PX;
  return Math.round(Math.min(LABEL_MAX_WIDTH, Math.max(LABEL_MIN_WIDTH, width)) * textScale);
}

/** Lines a title may take in a column (the styles' `-webkit-line-clamp` for `.vertical`). */
export const COLUMN_TITLE_LINES = 3;

/**
 * Height a label needs in a column `width` px wide: its date line (wrapped if it must) and a
 * title clamped to `COLUMN_TITLE_LINES`, at `textScale` times the default text, so its text
 * stays inside however narrow the column or large the text.
 */
export function labelHeightFor(dateChars: number, titleLength: number, width: number, textScale = 1): number {
  const inner = Math.max(1, width - LABEL_PADDING_PX * textScale);
  const dateLines = Math.max(1, Math.ceil((dateChars * DATE_CHAR_PX * textScale) / inner));
  const titleLines = Math.min(COLUMN_TITLE_LINES, Math.max(1, Math.ceil((titleLength * AVERAGE_CHAR_PX * textScale) / inner)));
  return Math.ceil((LABEL_PADDING_Y_PX + dateLines * DATE_LINE_PX + titleLines * TITLE_LINE_PX) * textScale);
}

/**
 * Start of a label for a marker at `anchor`: just before the marker, moved back only as far
 * as the plot's end needs (the latest start that keeps the marker on the label, which leaves
 * the most room before it for first fit), and never outside [0, length].
 */
export function placeLabel(anchor: number, size: number, length: number): number {
  return Math.max(0, Math.min(anchor - LABEL_INSET, length - size));
}
