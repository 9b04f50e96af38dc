import type { TimeDomain } from '../time/scale.js';
import type { TimelineDocument } from '../document/types.js';
import { eventIndexOf } from './columns.js';
import { deriveDrawing, type DateLabelList, type Orientation, type TimelineDrawing } from './drawing.js';
import { createFrame, type Frame } from './frame.js';
import { deriveVertical, fitStory } from './story-fit.js';

/** Horizontal padding of the plot inside the element, in CSS px (matches `.timeline`). */
export const PLOT_PADDING_X = 16;
/** With `orientation="auto"`, an element narrower than this (its own width) turns vertical. */
export const VERTICAL_BELOW_PX = 600;
const AUTO_HYSTERESIS_PX = 24;

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
  // The room is chosen at the whole-document view, so it stays put while the reader zooms.
  const settings = { locale: request.locale, orientation, dateLabels: request.dateLabels, textScale: request.textScale, compress: request.compress };
  const fit = fitStory(document, width, settings);
  const base = { ...settings, domain: request.domain, length: fit.length, pinned };
  if (!vertical) {
    const drawing = deriveDrawing(document, { ...base, maxRows: fit.maxRows });
    return { drawing, frame: createFrame(drawing, width, request.rtl, request.textScale) };
  }
  const { drawing, columns } = deriveVertical(document, { ...base, dodge: fit.dodge }, width);
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
