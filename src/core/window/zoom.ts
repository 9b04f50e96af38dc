import type { DatePrecision, TimelineEvent } from '../document/types.js';
import { documentDomain, domainAround, type TimeDomain } from '../time/scale.js';
import { timeColumns } from '../layout/columns.js';
import { timeWarpOf, type TimeWarp } from '../layout/time-warp.js';

// Zoom and pan as pure functions of a domain: input handling only asks for a new domain,
// and every request goes through clampDomain, so no gesture can leave the limits.

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/**
 * How far a reader can go: never outside `outer`, never narrower than `minSpan` axis units.
 * Zoom and pan are linear in the axis units of `warp` (ms where no stretch is shortened).
 */
export interface ZoomLimits {
  readonly outer: TimeDomain;
  readonly minSpan: number;
  readonly warp: TimeWarp;
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

/**
 * Limits for a document: its whole span plus margin (in axis units) outside, its finest
 * precision inside; long empty stretches shortened unless `compress` is false.
 */
export function zoomLimits(
  events: ReadonlyArray<Pick<TimelineEvent, 'startMs' | 'endMs' | 'date' | 'end'>>,
  options: { readonly compress?: boolean } = {},
): ZoomLimits {
  // An empty list throws documentDomain's error; columns are read once per list of events.
  if (events.length === 0) documentDomain(events);
  const columns = timeColumns(events);
  const warp = timeWarpOf(events, options.compress ?? true);
  const outer = domainAround(warp.toAxis(columns.earliest), warp.toAxis(columns.latest));
  return { outer: toTime(outer, warp), minSpan: Math.min(finestUsefulSpan(columns.finest), outer[1] - outer[0]), warp };
}

const toAxis = (domain: TimeDomain, warp: TimeWarp): TimeDomain => [warp.toAxis(domain[0]), warp.toAxis(domain[1])];
const toTime = (domain: TimeDomain, warp: TimeWarp): TimeDomain => [warp.toTime(domain[0]), warp.toTime(domain[1])];

/** The domain moved and resized as little as possible to fit inside the limits. */
export function clampDomain(domain: TimeDomain, limits: ZoomLimits): TimeDomain {
  return toTime(clampAxis(toAxis(domain, limits.warp), limits), limits.warp);
}

/** `clampDomain` in axis units. */
function clampAxis(domain: TimeDomain, limits: ZoomLimits): TimeDomain {
  const [outerStart, outerEnd] = toAxis(limits.outer, limits.warp);
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
  const { warp } = limits;
  const [from, to] = toAxis(domain, warp);
  const span = to - from;
  const at = anchor === undefined ? (from + to) / 2 : warp.toAxis(anchor);
  const share = span > 0 ? (at - from) / span : 0.5;
  const outer = toAxis(limits.outer, warp);
  const nextSpan = Math.min(outer[1] - outer[0], Math.max(limits.minSpan, span / factor));
  const start = at - share * nextSpan;
  return toTime(clampAxis([start, start + nextSpan], limits), warp);
}

/** Pans by `fraction` of the visible span (positive: later in time). */
export function panDomain(domain: TimeDomain, fraction: number, limits: ZoomLimits): TimeDomain {
  const [from, to] = toAxis(domain, limits.warp);
  const shift = (to - from) * fraction;
  return toTime(clampAxis([from + shift, to + shift], limits), limits.warp);
}

/** A window of the same span, moved just enough to show `[start, end]` with a small inset. */
export function revealDomain(domain: TimeDomain, start: number, end: number, limits: ZoomLimits): TimeDomain {
  const { warp } = limits;
  const [from, to] = toAxis(domain, warp);
  const [first, last] = toAxis([start, end], warp);
  const span = to - from;
  const inset = span * 0.1;
  if (first >= from + inset && last <= to - inset) return domain;
  const middle = last - first > span - 2 * inset ? first + (span - 2 * inset) / 2 : (first + last) / 2;
  return toTime(clampAxis([middle - span / 2, middle + span / 2], limits), warp);
}

/** Whether each step is still possible; buttons say so through aria-disabled. */
export function zoomAbilities(domain: TimeDomain, limits: ZoomLimits): {
  zoomIn: boolean; zoomOut: boolean; panBack: boolean; panForward: boolean;
} {
  const [from, to] = toAxis(domain, limits.warp);
  const outer = toAxis(limits.outer, limits.warp);
  const span = to - from;
  const outerSpan = outer[1] - outer[0];
  const slack = outerSpan * 1e-9;
  return {
    zoomIn: span > limits.minSpan + slack,
    zoomOut: span < outerSpan - slack,
    panBack: from > outer[0] + slack,
    panForward: to < outer[1] - slack,
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
  const { warp } = limits;
  const [first, last] = toAxis(members, warp);
  const pad = (last - first) * CLUSTER_PADDING;
  const target = clampAxis([first - pad, last + pad], limits);
  const [from, to] = toAxis(domain, warp);
  return target[1] - target[0] < (to - from) * 0.9 ? toTime(target, warp) : undefined;
}
