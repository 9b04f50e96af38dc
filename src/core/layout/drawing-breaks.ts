import { searchSorted } from './columns.js';
import { formatSpan } from '../time/format.js';
import type { TimeWarp } from './time-warp.js';
import type { TimeDomain } from '../time/scale.js';

// The breaks of a window as drawn: where each shortened stretch sits in px, and what it spans.

export interface DrawingBreak {
  /** Along-axis px where the shortened stretch starts, and its length in px. */
  readonly position: number;
  readonly size: number;
  /** What it spans, in the drawing's locale: "3 years", "5 months" (Intl.NumberFormat, style unit). */
  readonly label: string;
  /** Index in document.events of the first event after the break (for the event list). */
  readonly before: number;
}

/**
 * Every break of the warp, placed for the axis-unit window `axis` drawn `length` px long:
 * those outside `[0, length]` still mark their event in the list of events.
 */
export function drawingBreaks(warp: TimeWarp, axis: TimeDomain, length: number, starts: Float64Array, locale: string): DrawingBreak[] {
  const k = length / (axis[1] - axis[0]);
  const result: DrawingBreak[] = [];
  for (const gap of warp.breaks) {
    const position = (gap.axisStart - axis[0]) * k;
    const size = (gap.axisEnd - gap.axisStart) * k;
    result.push({ position, size, label: formatSpan(gap.end - gap.start, locale), before: searchSorted(starts, gap.end, true) });
  }
  return result;
}
