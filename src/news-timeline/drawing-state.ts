import type { TimelineDocument } from '../core/document/types.js';
import { dateLabelsOf, type DateLabelList, type TimelineDrawing } from '../core/layout/drawing.js';
import type { Frame } from '../core/layout/frame.js';
import { layoutTimeline, type LayoutRequest } from '../core/layout/host-layout.js';
import type { TimeDomain } from '../core/time/scale.js';

/** What render() draws, and the document and locale it was drawn from. */
export interface DrawingState {
  readonly document: TimelineDocument;
  readonly locale: string;
  /** Date labels of the document's events in `locale`. */
  readonly dateLabels: DateLabelList;
  /** The badges' calendar dates, filled as they are asked for. */
  readonly calendar: Map<number, string>;
  /** Undefined before the host has a width or the window a domain. */
  readonly drawing: TimelineDrawing | undefined;
  readonly frame: Frame | undefined;
}

export type DrawingRequest = Omit<LayoutRequest, 'domain' | 'previous' | 'dateLabels'> & {
  readonly domain: TimeDomain | undefined;
};

/** Lays `document` out again; its date labels are kept from `previous` while document and locale stay. */
export function deriveDrawingState(
  document: TimelineDocument,
  request: DrawingRequest,
  previous: DrawingState | undefined,
): DrawingState {
  const same = previous?.document === document && previous.locale === request.locale;
  const dateLabels = same ? previous.dateLabels : dateLabelsOf(document, request.locale);
  const calendar = same ? previous.calendar : new Map<number, string>();
  const { domain } = request;
  const laidOut = domain && layoutTimeline(document, { ...request, domain, previous: previous?.drawing?.orientation, dateLabels });
  return { document, locale: request.locale, dateLabels, calendar, drawing: laidOut?.drawing, frame: laidOut?.frame };
}
