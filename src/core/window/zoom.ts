import type { DatePrecision, TimelineEvent } from '../document/types.js';
import { documentDomain, domainAround, type TimeDomain } from '../time/scale.js';
import { timeColumns } from '../layout/columns.js';

// Zoom and pan as pure functions of a domain: input handling only asks for a new domain,
// and every request goes through clampDomain, so no gesture can leave the limits.

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** How far a reader can go: never outside `outer`, never narrower than `minSpan` ms. */
export interface ZoomLimits {
  readonly outer: TimeDomain;
  readonly minSpan: number;
}

/** The narrowest window worth showing for a precision: about one of its units fills the view. */
export function finestUsefulSpan(precision: DatePrecision): number {
  switch (precision) {
    case 'year':
      return 365.25 * DAY;
    case 'month':
      return 30.44 * DAY;
    case 'day':
      return DAY;
    case 'minute':
      return HOUR;
  }
}

/** Limits for a document: its whole span plus margin outside, its finest precision inside. */
export function zoomLimits(events: ReadonlyArray<Pick<TimelineEvent, 'startMs' | 'endMs' | 'date' | 'end'>>): ZoomLimits {
  // An empty list throws documentDomain's error; columns are read once per list of events.
  if (events.length === 0) documentDomain(events);
  const columns = timeColumns(events);
  return limitsWithin(domainAround(columns.earliest, columns.latest), columns.finest);
}

function limitsWithin(outer: TimeDomain, finest: DatePrecision): ZoomLimits {
  return { outer, minSpan: Math.min(finestUsefulSpan(finest), outer[1] - outer[0]) };
}

/** The domain moved and resized as little as possible to fit inside the limits. */
export function clampDomain(domain: TimeDomain, limits: ZoomLimits): TimeDomain {
  const [outerStart, outerEnd] = limits.outer;
  const outerSpan = outerEnd - outerStart;
  let span = domain[1] - domain[0];
  if (!(span > 0) || !Number.isFinite(span)) span = outerSpan;
  span = Math.min(outerSpan, Math.max(limits.minSpan, span));
  const middle = (domain[0] + domain[1]) / 2;
  let start = Number.isFinite(middle) ? middle - span / 2 : outerStart;
  start = Math.min(outerEnd - span, Math.max(outerStart, start));
  return [start, start + span];
}

/**
 * Zooms by `factor` (> 1 in, < 1 out) around `anchor` (ms), which keeps its place on
 * screen where the limits allow; the centre by default.
 */
export function zoomDomain(domain: TimeDomain, factor: number, limits: ZoomLimits, anchor?: number): TimeDomain {
  const span = domain[1] - domain[0];
  const at = anchor ?? (domain[0] + domain[1]) / 2;
  const share = span > 0 ? (at - domain[0]) / span : 0.5;
  const nextSpan = Math.min(limits.outer[1] - limits.outer[0], Math.max(limits.minSpan, span / factor));
  const start = at - share * nextSpan;
  return clampDomain([start, start + nextSpan], limits);
}

/** Pans by `fraction` of the visible span (positive: later in time). */
export function panDomain(domain: TimeDomain, fraction: number, limits: ZoomLimits): TimeDomain {
  const shift = (domain[1] - domain[0]) * fraction;
  return clampDomain([domain[0] + shift, domain[1] + shift], limits);
}

/** A window of the same span, moved just enough to show `[start, end]` with a small inset. */
export function revealDomain(domain: TimeDomain, start: number, end: number, limits: ZoomLimits): TimeDomain {
  const span = domain[1] - domain[0];
  const inset = span * 0.1;
  if (start >= domain[0] + inset && end <= domain[1] - inset) return domain;
  const middle = end - start > span - 2 * inset ? start + (span - 2 * inset) / 2 : (start + end) / 2;
  return clampDomain([middle - span / 2, middle + span / 2], limits);
}

/** Whether each step is still possible; buttons say so through aria-disabled. */
export function zoomAbilities(domain: TimeDomain, limits: ZoomLimits): {
  zoomIn: boolean; zoomOut: boolean; panBack: boolean; panForward: boolean;
} {
  const span = domain[1] - domain[0];
  const outerSpan = limits.outer[1] - limits.outer[0];
  const slack = outerSpan * 1e-9;
  return {
    zoomIn: span > limits.minSpan + slack,
    zoomOut: span < outerSpan - slack,
    panBack: domain[0] > limits.outer[0] + slack,
    panForward: domain[1] < limits.outer[1] - slack,
  };
}

/** Two domains equal to within a millisecond. */
export function sameDomain(a: TimeDomain, b: TimeDomain): boolean {
  return Math.abs(a[0] - b[0]) < 1 && Math.abs(a[1] - b[1]) < 1;
}

const LINE_PX = 16;
const PAGE_PX = 800;
/** Largest wheel step taken at once, so one mouse notch zooms a comfortable √2. */
const MAX_WHEEL_PX = 50;
const WHEEL_ZOOM_RATE = 0.01;

/** A wheel delta in pixels, whatever its `deltaMode` (0 pixels, 1 lines, 2 pages). */
export function normalizeWheelDelta(delta: number, deltaMode: number): number {
  if (deltaMode === 1) return delta * LINE_PX;
  if (deltaMode === 2) return delta * PAGE_PX;
  return delta;
}

/** Zoom factor of one wheel (or pinch-as-wheel) event: up/pinch-out zooms in. */
export function wheelZoomFactor(deltaPx: number): number {
  const bounded = Math.max(-MAX_WHEEL_PX, Math.min(MAX_WHEEL_PX, deltaPx));
  return 2 ** (-bounded * WHEEL_ZOOM_RATE);
}

/** Margin around a cluster's events when zooming to reveal them, as a share of their span. */
const CLUSTER_PADDING = 0.2;

/**
 * The window that reveals a cluster's events (`members`: their covered time), or undefined
 * when zooming cannot part them any further (they share a date at the finest zoom).
 */
export function revealClusterDomain(members: TimeDomain, domain: TimeDomain, limits: ZoomLimits): TimeDomain | undefined {
  const pad = (members[1] - members[0]) * CLUSTER_PADDING;
  const target = clampDomain([members[0] - pad, members[1] + pad], limits);
  return target[1] - target[0] < (domain[1] - domain[0]) * 0.9 ? target : undefined;
}
