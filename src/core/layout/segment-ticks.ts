import { computeTicks, type TickSpec } from '../time/ticks.js';
import type { TimeDomain } from '../time/scale.js';
import type { TimeWarp } from './time-warp.js';
import type { DrawingBreak } from './drawing-breaks.js';
import { TICK_CHAR_PX } from './metrics.js';

// Ticks of a window cut by breaks: computed per segment between them, so no tick falls in a
// break and each segment's first label names its year; none hides under a break's label.

export interface DrawingTick {
  readonly position: number;
  readonly label: string;
  /** How the label hangs from its tick: ticks near an edge keep their label inside the plot. */
  readonly anchor: 'start' | 'middle' | 'end';
}

export interface SegmentTicksInput {
  readonly domain: TimeDomain;
  readonly warp: TimeWarp;
  readonly length: number;
  readonly textScale: number;
  readonly locale: string;
  readonly horizontal: boolean;
  readonly breaks: readonly DrawingBreak[];
}

/** Room kept each side of a break's label, px. */
const BREAK_GAP = 4;

/** Half a label's extent along the axis: its text when horizontal, a line when vertical. */
export function halfLabel(label: string, horizontal: boolean): number {
  return horizontal ? (label.length * TICK_CHAR_PX) / 2 : 8;
}

/** Ticks of each segment between breaks, in px along the axis; the spec of the longest segment. */
export function segmentTicks(input: SegmentTicksInput): { spec: TickSpec; ticks: DrawingTick[] } {
  const { domain, warp, length, textScale, locale, horizontal, breaks } = input;
  const origin = warp.toAxis(domain[0]);
  const k = length / (warp.toAxis(domain[1]) - origin);
  const px = (ms: number) => (warp.toAxis(ms) - origin) * k;
  const segments: TimeDomain[] = [];
  let from = domain[0];
  for (const gap of warp.breaks) {
    if (gap.end <= from || gap.start >= domain[1]) continue;
    if (gap.start > from) segments.push([from, gap.start]);
    from = gap.end;
  }
  if (from < domain[1]) segments.push([from, domain[1]]);
  let spec: TickSpec | undefined;
  let longest = -1;
  const ticks: DrawingTick[] = [];
  for (const segment of segments) {
    const size = px(segment[1]) - px(segment[0]);
    // Larger text needs more room per tick label: fewer ticks.
    const found = computeTicks(segment, size / textScale, locale);
    if (size > longest) [spec, longest] = [found.spec, size];
    for (const tick of found.ticks) {
      const position = px(tick.ms);
      const half = halfLabel(tick.label, horizontal);
      if (breaks.some((b) => Math.abs(position - (b.position + b.size / 2)) < half + halfLabel(b.label, horizontal) + BREAK_GAP)) continue;
      const anchor = position < half ? 'start' : position > length - half ? 'end' : 'middle';
      ticks.push({ position, label: tick.label, anchor });
    }
  }
  return { spec: spec ?? computeTicks(domain, length / textScale, locale).spec, ticks };
}
