/** Plot geometry in CSS px, shared by the element and its templates; label widths come from core/layout. */
export const PLOT_PADDING_X = 16;
export const ROW_HEIGHT = 76;
export const LABEL_HEIGHT = 62;
export const AXIS_GAP = 14;
export const AXIS_HEIGHT = 34;
export const MARKER_RADIUS = 6;

export function plotHeight(rowCount: number): number {
  return rowCount * ROW_HEIGHT + AXIS_GAP + AXIS_HEIGHT;
}

/** Top of a row: row 0 sits nearest the axis, at the bottom. */
export function rowTop(row: number, rowCount: number): number {
  return (rowCount - 1 - row) * ROW_HEIGHT;
}
