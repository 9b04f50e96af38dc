import type { TimelineDocument } from '../document/types.js';
import { zoomLimits } from '../window/zoom.js';
import { COLUMN_GAP } from './metrics.js';
import { defaultMaxRows, deriveDrawing, type DrawingOptions, type TimelineDrawing } from './drawing.js';
import { verticalColumns, type VerticalColumns } from './frame.js';

// A story-sized document gets the room it needs to label every event at its whole-document
// view: a longer vertical axis, or more label rows per lane. Chosen once per document and
// setting, so nothing moves while a reader zooms.

/** Documents with up to this many events are stories: every event gets a label. */
export const STORY_MAX = 30;

/** Vertical plot height of larger documents: room per event, within bounds (CSS px at 16 px text). */
const VERTICAL_PX_PER_EVENT = 56;
const VERTICAL_MIN_HEIGHT = 420;
const VERTICAL_MAX_HEIGHT = 960;
/**
 * A story may grow to about 150 px per event (a two-line label and its gap, twice over for
 * uneven spacing), never below today's 960 px nor past four 800 px phone screens.
 */
const STORY_PX_PER_EVENT = 150;
const STORY_MAX_HEIGHT = 3200;
/** Lengths are tried in steps this long: finer buys nothing a reader sees. */
const LENGTH_STEP = 8;
/**
 * Label rows a horizontal story may use in all, shared by its lanes: 40 rows of 76 px are
 * about the vertical cap, and no story of 30 events needs more than 30.
 */
const STORY_MAX_ROWS = 40;

/** What the fit depends on: the drawing's settings but the window, the length and the rows. */
export type FitOptions = Omit<DrawingOptions, 'domain' | 'length' | 'maxRows' | 'labelWidth' | 'pinned'>;

/** The room chosen for a document at a width and setting. */
export interface StoryFit {
  /** Length of the time axis: the plot's height when vertical, its width when horizontal. */
  readonly length: number;
  /** Label rows per lane; undefined when vertical (its columns decide). */
  readonly maxRows: number | undefined;
  /** Whether every event has a label at the whole-document view (always false past STORY_MAX). */
  readonly fits: boolean;
  /** Vertical story that fits: its labels in one column, moved along the axis (`DrawingOptions.dodge`). */
  readonly dodge: boolean;
}

// See docs/performance.md#story-room-chosen-once-per-document-and-width.
const fits = new WeakMap<TimelineDocument, Map<string, StoryFit>>();

/**
 * The room for `document` drawn `width` px wide (the plot, padding excluded): for a story,
 * the least that labels every event at the whole-document view, within a cap; for larger
 * documents, and stories that cannot be labelled whole within the cap (growing would cost
 * scrolling and still leave a badge), today's rule. Memoised per document, width and setting.
 */
export function fitStory(document: TimelineDocument, width: number, options: FitOptions): StoryFit {
  let byKey = fits.get(document);
  if (!byKey) fits.set(document, (byKey = new Map<string, StoryFit>()));
  // Every setting but the labels (given by the locale) is part of the key, one added later too.
  const key = `${width}|${JSON.stringify({ ...options, dateLabels: undefined })}`;
  let fit = byKey.get(key);
  if (fit) return fit;
  // Widths of a resizing element would pile up: keep the latest few.
  if (byKey.size > 16) byKey.clear();
  const count = document.events.length;
  const scale = options.textScale ?? 1;
  const vertical = options.orientation === 'vertical';
  fit = { length: vertical ? Math.min(VERTICAL_MAX_HEIGHT, Math.max(VERTICAL_MIN_HEIGHT, count * VERTICAL_PX_PER_EVENT)) * scale : width, maxRows: undefined, fits: false, dodge: false };
  if (count <= STORY_MAX) {
    const domain = zoomLimits(document.events, { compress: options.compress ?? true }).outer;
    if (vertical) {
      const lowest = VERTICAL_MIN_HEIGHT * scale;
      const cap = Math.min(STORY_MAX_HEIGHT, Math.max(VERTICAL_MAX_HEIGHT, count * STORY_PX_PER_EVENT)) * scale;
      const lengthAt = (step: number) => Math.min(cap, lowest + step * LENGTH_STEP);
      // Each length is drawn once, though both searches below may try it.
      const drawnAt = remembered((at) => deriveVertical(document, { ...options, domain, length: lengthAt(at), dodge: true }, width).drawing);
      const last = Math.ceil((cap - lowest) / LENGTH_STEP);
      const step = smallest(0, last, (at) => allLabelled(drawnAt(at)));
      // Longer still, where the cap allows, until no label sits past a neighbour's marker.
      const near = step >= 0 ? smallest(step, last, (at) => besideTheirMarkers(drawnAt(at))) : -1;
      if (step >= 0) fit = { length: lengthAt(near >= 0 ? near : step), maxRows: undefined, fits: true, dodge: true };
    } else {
      // Drawn with the default rows, the least tried: that drawing is also the search's first.
      const atDefault = deriveDrawing(document, { ...options, domain, length: width });
      const lanes = atDefault.lanes.length;
      const least = defaultMaxRows(lanes);
      const drawn = (extra: number) => (extra === 0 ? atDefault : deriveDrawing(document, { ...options, domain, length: width, maxRows: least + extra }));
      const more = smallest(0, Math.max(0, Math.floor(STORY_MAX_ROWS / lanes) - least), (extra) => allLabelled(drawn(extra)));
      if (more >= 0) fit = { length: width, maxRows: least + more, fits: true, dodge: false };
    }
  }
  byKey.set(key, fit);
  return fit;
}

/**
 * The vertical drawing with label columns that fit beside its tick labels. The gutter fits
 * the longest tick label, known once the drawing is derived: a second pass is needed only
 * when the labels turn out longer or shorter than first assumed.
 */
export function deriveVertical(
  document: TimelineDocument,
  options: Omit<DrawingOptions, 'maxRows' | 'labelWidth'>,
  width: number,
): { drawing: TimelineDrawing; columns: VerticalColumns } {
  const textScale = options.textScale ?? 1;
  let columns = verticalColumns(width, textScale);
  let drawing = deriveDrawing(document, { ...options, orientation: 'vertical', maxRows: columns.count, labelWidth: columns.width - COLUMN_GAP });
  const longest = drawing.ticks.reduce((most, tick) => Math.max(most, tick.label.length), 1);
  const fitted = verticalColumns(width, textScale, longest);
  if (fitted.count !== columns.count || Math.abs(fitted.width - columns.width) > 1) {
    columns = fitted;
    drawing = deriveDrawing(document, { ...options, orientation: 'vertical', maxRows: columns.count, labelWidth: columns.width - COLUMN_GAP });
  }
  return { drawing, columns };
}

/** Every event has a label of its own: no cluster badge, no bare marker (a story's items are all its events). */
function allLabelled(drawing: TimelineDrawing): boolean {
  return drawing.clusters.length === 0 && drawing.items.every((item) => item.row >= 0);
}

/**
 * Whether each label of a one-column story reaches no further than the markers of the events
 * before and after its own (events of one date share a marker): moved along the axis to make
 * room, it still reads as beside its own event.
 */
function besideTheirMarkers(drawing: TimelineDrawing): boolean {
  const marks = [...new Set(drawing.items.map((item) => item.anchor))].sort((a, b) => a - b);
  return drawing.items.every((item) => {
    const at = marks.indexOf(item.anchor);
    const before = at > 0 ? marks[at - 1] : -Infinity;
    const after = at + 1 < marks.length ? marks[at + 1] : Infinity;
    return item.labelStart < after && item.labelStart + item.labelSize > before;
  });
}

/** `draw`, each step's drawing made once. */
function remembered(draw: (step: number) => TimelineDrawing): (step: number) => TimelineDrawing {
  const drawn = new Map<number, TimelineDrawing>();
  return (step) => {
    let drawing = drawn.get(step);
    if (!drawing) drawn.set(step, (drawing = draw(step)));
    return drawing;
  };
}

/**
 * The least step in first…last at which `ok` holds, by bisection (more room never takes a
 * label away, so `ok` only turns from false to true), or -1 when it fails even at `last`.
 */
function smallest(first: number, last: number, ok: (step: number) => boolean): number {
  // Most stories need no more room than the least: one drawing settles them.
  if (ok(first)) return first;
  if (!ok(last)) return -1;
  let low = first + 1;
  let high = last;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (ok(middle)) high = middle;
    else low = middle + 1;
  }
  return low;
}
