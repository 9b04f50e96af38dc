import type { EventDate, TimelineEvent } from '../document/types.js';
import { periodStartMs, utcMs } from './dates.js';

// Every label goes through Intl.DateTimeFormat with an explicit time zone (UTC, or the
// offset the writer used), so it reads the same in every reader's time zone.

const FALLBACK_LOCALE = 'en-GB';

/** The first of `candidates` that is a well-formed BCP 47 tag Intl supports, else en-GB. */
export function resolveLocale(...candidates: ReadonlyArray<string | null | undefined>): string {
  // Asked on every update with the same few candidates: remember the answers.
  const key = candidates.join('\u0000');
  let resolved = resolvedLocales.get(key);
  if (resolved === undefined) {
    resolved = firstSupportedLocale(candidates);
    resolvedLocales.set(key, resolved);
  }
  return resolved;
}

const resolvedLocales = new Map<string, string>();

function firstSupportedLocale(candidates: ReadonlyArray<string | null | undefined>): string {
  for (const candidate of candidates) {
    if (!candidate) continue;
    try {
      const [canonical] = Intl.getCanonicalLocales(candidate);
      if (canonical && Intl.DateTimeFormat.supportedLocalesOf(canonical).length > 0) return canonical;
    } catch {
      // Not a BCP 47 tag: try the next candidate.
    }
  }
  return FALLBACK_LOCALE;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

/** A cached formatter: building one costs far more than using it. */
export function dateTimeFormat(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let formatter = formatters.get(key);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(locale, options);
    formatters.set(key, formatter);
  }
  return formatter;
}

/**
 * Builds the formatters a locale's labels use most (years, months, days), so the first
 * document drawn does not pay for them: the first formatter of a page also loads the
 * engine's locale data, which takes longer than drawing a short timeline.
 */
export function prepareLocale(locale: string): void {
  for (const precision of ['year', 'month', 'day'] as const) {
    formatterFor({ precision, year: 2000, month: 1, day: 1, text: '' }, locale, false);
  }
  // The page's first number formatter loads the engine's number data (16 ms in Node).
  formatSpan(YEAR_MS, locale);
}

const DAY_MS = 86_400_000;
const YEAR_MS = 365.25 * DAY_MS;
/** Largest first: a stretch is told in the largest unit it holds at least once. */
const UNITS: ReadonlyArray<readonly [string, number]> = [
  ['year', YEAR_MS], ['month', 30.44 * DAY_MS], ['week', 7 * DAY_MS], ['day', DAY_MS], ['hour', DAY_MS / 24], ['minute', 60_000],
];
const spanFormatters = new Map<string, Intl.NumberFormat>();

/** A period's length in its largest whole unit, rounded, in `locale`: "3 years", "5 months", "2 weeks". */
export function formatSpan(ms: number, locale: string): string {
  const [unit, size] = UNITS.find(([, length]) => ms >= length) ?? UNITS[UNITS.length - 1];
  const key = `${locale}|${unit}`;
  let formatter = spanFormatters.get(key);
  if (!formatter) spanFormatters.set(key, (formatter = new Intl.NumberFormat(locale, { style: 'unit', unit, unitDisplay: 'long' })));
  return formatter.format(Math.max(1, Math.round(ms / size)));
}

/** The time zone a date's label is read in: its own offset for minute precision, else UTC. */
function labelTimeZone(date: EventDate): string {
  const offset = date.precision === 'minute' ? (date.offsetMinutes ?? 0) : 0;
  if (offset === 0) return 'UTC';
  const two = (n: number) => String(n).padStart(2, '0');
  const abs = Math.abs(offset);
  return `${offset < 0 ? '-' : '+'}${two(Math.floor(abs / 60))}:${two(abs % 60)}`;
}

/** Intl options showing exactly the fields a precision has. */
function precisionOptions(date: EventDate, bce: boolean): Intl.DateTimeFormatOptions {
  const era: Intl.DateTimeFormatOptions = bce ? { era: 'short' } : {};
  switch (date.precision) {
    case 'year':
      return { year: 'numeric', ...era };
    case 'month':
      return { year: 'numeric', month: 'long', ...era };
    case 'day':
      return { year: 'numeric', month: 'long', day: 'numeric', ...era };
    case 'minute':
      return { year: 'numeric', month: 'long', day: 'numeric', hour: 'numeric', minute: '2-digit', timeZoneName: 'short', ...era };
  }
}

/** The instant whose fields, read in `labelTimeZone(date)`, are the date as written. */
function labelInstant(date: EventDate): number {
  return date.precision === 'minute' ? periodStartMs(date) : utcMs(date.year, date.month ?? 1, date.day ?? 1);
}

/** Formatters by what decides them (locale, precision, era, zone): one short key per label. */
const labelFormatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(date: EventDate, locale: string, bce: boolean): Intl.DateTimeFormat {
  const timeZone = labelTimeZone(date);
  const key = `${locale}|${date.precision}|${bce ? 'bce' : 'ce'}|${timeZone}`;
  let formatter = labelFormatters.get(key);
  if (formatter) return formatter;
  const options = precisionOptions(date, bce);
  try {
    formatter = dateTimeFormat(locale, { ...options, timeZone });
  } catch {
    // Engines without offset time zones: show the same instant in UTC instead.
    formatter = dateTimeFormat(locale, { ...options, timeZone: 'UTC' });
  }
  labelFormatters.set(key, formatter);
  return formatter;
}

/** One date at its own precision: "2011", "August 2014", "2 December 2015", "15 March 44 BC". */
export function formatCalendarDate(date: EventDate, locale: string): string {
  const bce = date.year < 1;
  return normalizeSpaces(formatterFor(date, locale, bce).format(labelInstant(date)));
}

const APPROXIMATE: Record<string, (label: string) => string> = {
  en: (label) => `c. ${label}`,
  de: (label) => `ca. ${label}`,
  nl: (label) => `ca. ${label}`,
  fr: (label) => `vers ${label}`,
  es: (label) => `hacia ${label}`,
  it: (label) => `circa ${label}`,
  pt: (label) => `c. ${label}`,
  ja: (label) => `${label}頃`,
  zh: (label) => `${label}左右`,
  ar: (label) => `حوالي ${label}`,
  he: (label) => `בערך ${label}`,
  fa: (label) => `حدود ${label}`,
};

/** Marks a label as approximate in the locale's way ("c. 2011", "ca. 2011", "2011年頃"). */
export function formatApproximate(label: string, locale: string): string {
  const language = locale.split('-')[0]?.toLowerCase() ?? 'en';
  return (APPROXIMATE[language] ?? APPROXIMATE.en)(label);
}

function sameFields(a: EventDate, b: EventDate): boolean {
  return (
    a.precision === b.precision && a.year === b.year && a.month === b.month && a.day === b.day &&
    a.hour === b.hour && a.minute === b.minute && a.offsetMinutes === b.offsetMinutes
  );
}

/**
 * The label of a date or span at the precision it was written: "2 December 2015",
 * "August 2014 – December 2015", "c. 2011". Identical in every reader's time zone.
 */
export function formatEventDate(
  event: Pick<TimelineEvent, 'date' | 'end' | 'approximate'>,
  locale: string,
): string {
  const { date, end } = event;
  let label: string;
  if (!end || sameFields(date, end)) {
    label = formatCalendarDate(date, locale);
  } else if (date.precision === end.precision && labelTimeZone(date) === labelTimeZone(end)) {
    // Same shape at both ends: let the locale collapse shared parts ("2–3 December 2015").
    const bce = date.year < 1 || end.year < 1;
    const formatter = formatterFor(date, locale, bce);
    // ICU versions disagree on the spacing around the range dash ("2–3", "2 – 3"): one form
    // keeps labels the same in every engine.
    label = normalizeSpaces(formatter.formatRange(labelInstant(date), labelInstant(end))).replace(/\s*–\s*/g, ' – ');
  } else {
    label = `${formatCalendarDate(date, locale)} – ${formatCalendarDate(end, locale)}`;
  }
  return event.approximate ? formatApproximate(label, locale) : label;
}

/**
 * ICU puts thin and narrow no-break spaces into ranges and times; plain spaces keep labels
 * the same across engines and ICU versions, and searchable.
 */
export function normalizeSpaces(text: string): string {
  return text.replace(/[\u2009\u202f]/g, ' ');
}

const RIGHT_TO_LEFT = new Set(['ar', 'arc', 'ckb', 'dv', 'fa', 'he', 'iw', 'ks', 'ku', 'ps', 'sd', 'ug', 'ur', 'yi']);

/** Whether a locale's script runs right to left (ar, he, fa…), so the axis mirrors. */
export function isRightToLeft(locale: string): boolean {
  const [language = '', ...rest] = locale.toLowerCase().split('-');
  // A script subtag decides where one is given (e.g. ku-Arab is RTL, az-Arab too).
  if (rest.includes('arab') || rest.includes('hebr') || rest.includes('thaa')) return true;
  if (rest.includes('latn') || rest.includes('cyrl')) return false;
  return RIGHT_TO_LEFT.has(language);
}
