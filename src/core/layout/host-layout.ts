import type { TimeDomain } from '../time/scale.js';
import type { TimelineDocument } from '../document/types.js';
import { eventIndexOf } from './columns.js';
import { deriveDrawing, type DateLabelList, type Orientation, type TimelineDrawing } from './drawing.js';
import { COLUMN_GAP } from './metrics.js';
import { createFrame, verticalColumns, type Frame } from './frame.js';

/** Horizontal padding of the plot inside the element, in CSS px (matches `.timeline`). */
export const PLOT_PADDING_X = 16;
/** With `orientation="auto"`, an element narrower than this (its own width) turns vertical. */
export const VERTICAL_BELOW_PX = 600;
const AUTO_HYSTERESIS_PX = 24;
/** Height of the vertical plot: room per event, within bounds, fixed while zooming. */
const VERTICAL_PX_PER_EVENT = 56;
const VERTICAL_MIN_HEIGHT = 420;
const VERTICAL_MAX_HEIGHT = 960;

export interface LayoutRequest {
  readonly domain: TimeDomain;
  /** The element's own content width. */
  readonly hostWidth: number;
  readonly orientation: 'auto' | Orientation;
  /** The orientation drawn last time, for hysteresis. */
  readonly previous: Orientation | undefined;
  readonly locale: string;
  readonly rtl: boolean;
  /** The element's text size over the default 16 px. */
  readonly textScale: number;
  readonly dateLabels: DateLabelList;
  /** The focused and the open event: they always get a label. */
  readonly pinnedIds: ReadonlyArray<string | null>;
  /** Shorten long empty stretches into marked breaks (default true; false: `proportional`). */
  readonly compress?: boolean;
}

/** The drawing and its physical frame for the element's size and settings; undefined before it has a width. */
export function layoutTimeline(document: TimelineDocument, request: LayoutRequest): { drawing: TimelineDrawing; frame: Frame } | undefined {
  const width = Math.max(0, request.hostWidth - 2 * PLOT_PADDING_X);
  if (width === 0) return undefined;
  const orientation = request.orientation === 'auto'
    ? autoOrientation(request.hostWidth, request.previous)
    : request.orientation === 'vertical' ? 'vertical' : 'horizontal';
  const vertical = orientation === 'vertical';
  const pinned = request.pinnedIds.map((id) => eventIndexOf(document, id)).filter((index) => index >= 0);
  const base = {
    domain: request.domain,
    length: vertical ? verticalHeight(document.events.length) * request.textScale : width,
    locale: request.locale,
    orientation,
    dateLabels: request.dateLabels,
    textScale: request.textScale,
    pinned,
    compress: request.compress,
  };
  if (!vertical) {
    const drawing = deriveDrawing(document, base);
    return { drawing, frame: createFrame(drawing, width, request.rtl, request.textScale) };
  }
  // Vertical: the gutter fits the tick labels, which are known once the view is derived; a
  // second pass is needed only when they turn out longer or shorter than first assumed.
  let columns = verticalColumns(width, request.textScale);
  let drawing = deriveDrawing(document, { ...base, maxRows: columns.count, labelWidth: columns.width - COLUMN_GAP });
  const longest = drawing.ticks.reduce((most, tick) => Math.max(most, tick.label.length), 1);
  const fitted = verticalColumns(width, request.textScale, longest);
  if (fitted.count !== columns.count || Math.abs(fitted.width - columns.width) > 1) {
    columns = fitted;
    drawing = deriveDrawing(document, { ...base, maxRows: columns.count, labelWidth: columns.width - COLUMN_GAP });
  }
  return { drawing, frame: createFrame(drawing, width, request.rtl, request.textScale, columns) };
}

/**
 * Vertical below the threshold; back to horizontal only a little above it, so a page
 * scrollbar that comes and goes with the switch cannot make it flip back and forth.
 */
function autoOrientation(width: number, current: Orientation | undefined): Orientation {
  const threshold = current === 'vertical' ? VERTICAL_BELOW_PX + AUTO_HYSTERESIS_PX : VERTICAL_BELOW_PX;
  return width < threshold ? 'vertical' : 'horizontal';
}

/** The vertical plot's height for a document: enough room per event, never absurd. */
function verticalHeight(eventCount: number): number {
  return Math.min(VERTICAL_MAX_HEIGHT, Math.max(VERTICAL_MIN_HEIGHT, eventCount * VERTICAL_PX_PER_EVENT));
}
