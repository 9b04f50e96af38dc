// Pixel sizes the layout shares with the frame, the templates and the styles, at the default
// 16 px text (CSS px). One place, so the estimate and what is drawn cannot drift apart.

/** Diameter of an event marker; the styles' `--news-timeline-marker-size` defaults to it. */
export const MARKER_SIZE = 12;

/** Half a marker and then some: a point this close outside the plot still shows. */
export const EDGE_SLACK_PX = 8;

/** Room between two labels in one row. */
export const LABEL_GAP = 8;

/** Widest an event label grows before its title wraps; the element's CSS matches it. */
export const LABEL_MAX_WIDTH = 184;
export const LABEL_MIN_WIDTH = 72;

/** How far a label's edge sits from its marker, so the marker stays visible beside it. */
export const LABEL_INSET = 12;

/** Along-axis size of a cluster badge ("+12"): at least the 24 px target size, plus room. */
export const CLUSTER_BADGE_SIZE = 40;

/** Widest a cluster grows along the axis before the next marker starts another badge. */
export const CLUSTER_MAX_WIDTH = 2 * CLUSTER_BADGE_SIZE;

/** Average width of a tick label character (0.8125rem text). */
export const TICK_CHAR_PX = 7;

/** Vertical layout: room between a label and the next along the axis. */
export const VERTICAL_LABEL_GAP = 4;

/** Vertical layout: narrowest label column, and the label width assumed before columns are known. */
export const COLUMN_MIN_WIDTH = 180;

/** Vertical layout: room between a label and the column beside it. */
export const COLUMN_GAP = 8;
