import type { TimelineEvent } from '../document/types.js';
import { timeColumns } from './columns.js';

// Long empty stretches drawn shorter: a per-document map from time (ms) to axis units,
// one unit per ms outside breaks. Zoom, pan and placement are linear in axis units.

/** An empty stretch drawn shorter: its period in ms and its place in axis units. */
export interface TimeBreak {
  readonly start: number;
  readonly end: number;
  readonly axisStart: number;
  readonly axisEnd: number;
}

export interface TimeWarp {
  /** In time order; [] = identity. */
  readonly breaks: readonly TimeBreak[];
  toAxis(ms: number): number;
  toTime(axis: number): number;
}

export const IDENTITY_WARP: TimeWarp = { breaks: [], toAxis: (ms) => ms, toTime: (axis) => axis };

/**
 * A stretch with no event becomes a break when it is at least this share of the document's
 * span AND at least GAP_FACTOR times the median positive gap between consecutive starts:
 * an evenly spread document has none.
 */
const SPAN_SHARE = 1 / 6;
const GAP_FACTOR = 4;
/** What a break keeps of the axis: this share of the time that is not in a break (never more than itself). */
const BREAK_SHARE = 0.05;

type Timed = Pick<TimelineEvent, 'startMs' | 'endMs' | 'date' | 'end'>;

const warps = new WeakMap<readonly unknown[], TimeWarp>();

/** The warp of a list of events (memoised per list), or IDENTITY_WARP when `compress` is false. */
export function timeWarpOf(events: readonly Timed[], compress: boolean): TimeWarp {
  if (!compress || events.length < 2) return IDENTITY_WARP;
  let warp = warps.get(events);
  if (!warp) warps.set(events, (warp = findWarp(events)));
  return warp;
}

/** One pass over the columns for stretches long against the span; the median gap only when one is. */
function findWarp(events: readonly Timed[]): TimeWarp {
  const { starts, reach, earliest, latest } = timeColumns(events);
  const span = latest - earliest;
  const candidates: number[] = [];
  for (let i = 1; i < starts.length; i += 1) {
    if (starts[i] - reach[i - 1] >= span * SPAN_SHARE) candidates.push(i);
  }
  if (candidates.length === 0) return IDENTITY_WARP;
  const gaps = new Float64Array(starts.length - 1);
  let count = 0;
  for (let i = 1; i < starts.length; i += 1) if (starts[i] > starts[i - 1]) gaps[count++] = starts[i] - starts[i - 1];
  const sorted = gaps.subarray(0, count).sort();
  const median = sorted[count >> 1];
  const chosen = candidates.filter((i) => starts[i] - reach[i - 1] >= GAP_FACTOR * median);
  if (chosen.length === 0) return IDENTITY_WARP;
  const empty = chosen.reduce((sum, i) => sum + starts[i] - reach[i - 1], 0);
  const kept = (span - empty) * BREAK_SHARE;
  let shift = 0;
  const breaks = chosen.map((i): TimeBreak => {
    const start = reach[i - 1];
    const end = starts[i];
    const axisStart = start - shift;
    shift += end - start - Math.min(end - start, kept);
    return { start, end, axisStart, axisEnd: end - shift };
  });
  return warpThrough(breaks);
}

/** The piecewise-linear scale through the breaks' corners, with slope 1 beyond the first and last. */
function warpThrough(breaks: readonly TimeBreak[]): TimeWarp {
  const first = breaks[0];
  const last = breaks[breaks.length - 1];
  const reach = last.end - first.start;
  const domain = [first.start - reach, ...breaks.flatMap((b) => [b.start, b.end]), last.end + reach];
  const range = [first.axisStart - reach, ...breaks.flatMap((b) => [b.axisStart, b.axisEnd]), last.axisEnd + reach];
  // Whole milliseconds back, as d3's scaleUtc.invert gave.
  return { breaks, toAxis: (ms) => through(domain, range, ms), toTime: (axis) => Math.round(through(range, domain, axis)) };
}

/**
 * Where x falls on the line through the points (xs[i], ys[i]), xs ascending: the segment
 * whose start is the last at or before x, the end ones extended. d3's scaleUtc with this
 * domain and range computes the same; written out here, because in the standalone file
 * scaleUtc brought 2 KB of ticks and formats this never uses. At most 14 points (a break
 * is at least a sixth of the span), so a walk finds the segment.
 */
function through(xs: readonly number[], ys: readonly number[], x: number): number {
  let i = 1;
  while (i < xs.length - 1 && x >= xs[i]) i += 1;
  const t = (x - xs[i - 1]) / (xs[i] - xs[i - 1]);
  return ys[i - 1] * (1 - t) + ys[i] * t;
}
