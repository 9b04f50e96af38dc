import { searchSorted } from './columns.js';
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

const DAY = 86_400_000;
/** Largest first: a stretch is told in the largest unit it holds at least once. */
const UNITS: ReadonlyArray<readonly [string, number]> = [
  ['year', 365.25 * DAY], ['month', 30.44 * DAY], ['week', 7 * DAY], ['day', DAY], ['hour', DAY / 24], ['minute', 60_000],
];

/** A period's length in its largest whole unit, rounded: "3 years", "5 months", "2 weeks". */
export function spanLabel(ms: number, locale: string): string {
  const [unit, size] = UNITS.find(([, length]) => ms >= length) ?? UNITS[UNITS.length - 1];
  return new Intl.NumberFormat(locale, { style: 'unit', unit, unitDisplay: 'long' }).format(Math.max(1, Math.round(ms / size)));
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
    result.push({ position, size, label: spanLabel(gap.end - gap.start, locale), before: searchSorted(starts, gap.end, true) });
  }
  return result;
}
