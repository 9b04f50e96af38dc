import {
  utcDay, utcHour, utcMinute, utcMonth, utcYear, type TimeInterval,
} from 'd3-time';
import type { TimeDomain } from './scale.js';
import { dateTimeFormat, formatCalendarDate, normalizeSpaces } from './format.js';
import { utcFields } from './dates.js';

/** The calendar unit ticks step in; the labels' format follows it. */
export type TickUnit = 'year' | 'month' | 'day' | 'hour' | 'minute';

export interface Tick {
  readonly ms: number;
  readonly label: string;
}

export interface TickSpec {
  readonly unit: TickUnit;
  readonly step: number;
  /** Least room a label of this unit needs, so tick count is bounded by pixel width. */
  readonly minSpacingPx: number;
}

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
const MONTH = 30.44 * DAY;
const YEAR = 365.25 * DAY;

const UNIT_MS: Record<TickUnit, number> = { minute: MINUTE, hour: HOUR, day: DAY, month: MONTH, year: YEAR };
const UNIT_SPACING: Record<TickUnit, number> = { minute: 88, hour: 88, day: 76, month: 64, year: 56 };

/** From fine to coarse: decades → years → months → days → hours read in reverse. */
const CANDIDATES: readonly TickSpec[] = [
  ...[1, 5, 15, 30].map((step) => ({ unit: 'minute' as const, step })),
  ...[1, 3, 6, 12].map((step) => ({ unit: 'hour' as const, step })),
  ...[1, 2, 7].map((step) => ({ unit: 'day' as const, step })),
  ...[1, 3, 6].map((step) => ({ unit: 'month' as const, step })),
  ...[1, 2, 5, 10, 20, 50, 100, 200, 500, 1000, 2000, 5000].map((step) => ({ unit: 'year' as const, step })),
].map((spec) => ({ ...spec, minSpacingPx: UNIT_SPACING[spec.unit] }));

function intervalFor(spec: TickSpec): TimeInterval {
  const base = { minute: utcMinute, hour: utcHour, day: utcDay, month: utcMonth, year: utcYear }[spec.unit];
  // every(n) is null only for n < 1, which the candidate table never holds.
  return spec.step === 1 ? base : base.every(spec.step)!;
}

/** Tick instants of a spec inside the domain (inclusive). */
function tickInstants(domain: TimeDomain, spec: TickSpec): number[] {
  return intervalFor(spec)
    .range(new Date(domain[0]), new Date(domain[1] + 1))
    .map((date) => date.getTime());
}

/** The finest tick spec whose labels fit `widthPx` without crowding. */
export function chooseTickSpec(domain: TimeDomain, widthPx: number): TickSpec {
  const span = Math.max(domain[1] - domain[0], 1);
  for (const spec of CANDIDATES) {
    const maxTicks = Math.max(1, Math.floor(widthPx / spec.minSpacingPx));
    if (span / (UNIT_MS[spec.unit] * spec.step) > maxTicks) continue;
    if (tickInstants(domain, spec).length <= maxTicks) return spec;
  }
  return CANDIDATES[CANDIDATES.length - 1];
}

/** Upper bound on tick count for a width: what tests hold `computeTicks` to. */
export function maxTickCount(widthPx: number, spec: TickSpec): number {
  return Math.max(1, Math.floor(widthPx / spec.minSpacingPx));
}

/**
 * Ticks for a domain drawn `widthPx` wide, labelled in `locale`. Granularity follows the
 * zoom; a label names the larger unit (year, day) where it changes, and on the first tick.
 */
export function computeTicks(domain: TimeDomain, widthPx: number, locale: string): { spec: TickSpec; ticks: Tick[] } {
  const spec = chooseTickSpec(domain, widthPx);
  let previous: ReturnType<typeof utcFields> | undefined;
  const ticks = tickInstants(domain, spec).map((ms) => {
    const fields = utcFields(ms);
    const label = tickLabel(ms, fields, spec.unit, locale, previous);
    previous = fields;
    return { ms, label };
  });
  return { spec, ticks };
}

function tickLabel(
  ms: number,
  fields: ReturnType<typeof utcFields>,
  unit: TickUnit,
  locale: string,
  previous: ReturnType<typeof utcFields> | undefined,
): string {
  if (unit === 'year') return formatCalendarDate({ precision: 'year', year: fields.year, text: '' }, locale);
  const newYear = !previous || previous.year !== fields.year;
  const newDay = newYear || previous.month !== fields.month || previous.day !== fields.day;
  const bce = fields.year < 1 ? { era: 'short' as const } : {};
  let options: Intl.DateTimeFormatOptions;
  if (unit === 'month') {
    options = newYear ? { month: 'short', year: 'numeric', ...bce } : { month: 'short' };
  } else if (unit === 'day') {
    options = newYear ? { day: 'numeric', month: 'short', year: 'numeric', ...bce } : { day: 'numeric', month: 'short' };
  } else {
    options = newDay
      ? { day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit' }
      : { hour: '2-digit', minute: '2-digit' };
  }
  return normalizeSpaces(dateTimeFormat(locale, { ...options, timeZone: 'UTC' }).format(ms));
}
