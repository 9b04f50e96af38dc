import { quoteText } from '../document/quote-text.js';
import type { DatePrecision, EventDate } from '../document/types.js';

// Dates are calendar facts. Nothing here passes a date string to `new Date()`, and years
// go through setUTCFullYear because Date.UTC maps years 0–99 to 1900–1999.

const MONTH_NAMES = [
  'January', 'February', 'March', 'April', 'May', 'June',
  'July', 'August', 'September', 'October', 'November', 'December',
];

const DATE_SHAPE =
  /^(-?\d{4})(?:-(\d{2})(?:-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2}))?(Z|[+-]\d{2}:\d{2})?)?)?)?$/;

const EXAMPLE_FORMS = 'YYYY, YYYY-MM, YYYY-MM-DD or YYYY-MM-DDThh:mmZ (for example "2015-12-02")';

export type DateParse = { readonly date: EventDate } | { readonly error: string };

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** Days in `month` (1–12) of astronomical `year`, proleptic Gregorian. */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  // Compared one by one: an array literal here would be a new array on every call.
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** Epoch milliseconds of a UTC wall-clock time; `month` is 1–12. Safe for years 0–99 and BC. */
export function utcMs(year: number, month = 1, day = 1, hour = 0, minute = 0): number {
  // Date.UTC reads years 0–99 as 1900–1999; every other year it takes as given (and fast).
  if (year >= 100 || year < 0) return Date.UTC(year, month - 1, day, hour, minute);
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  date.setUTCHours(hour, minute, 0, 0);
  return date.getTime();
}

/** The calendar fields of an epoch-millisecond instant, read on the UTC scale. */
export function utcFields(ms: number): { year: number; month: number; day: number; hour: number; minute: number } {
  const date = new Date(ms);
  return {
    year: date.getUTCFullYear(),
    month: date.getUTCMonth() + 1,
    day: date.getUTCDate(),
    hour: date.getUTCHours(),
    minute: date.getUTCMinutes(),
  };
}

/** Reads a document date (`2011`, `2014-08`, `2015-12-02`, `2015-12-02T22:30Z`, `-0043-03-15`). */
export function parseEventDate(text: unknown): DateParse {
  if (typeof text !== 'string') {
    return { error: `must be a date written as text in the form ${EXAMPLE_FORMS}` };
  }
  const plain = plainDate(text);
  if (plain !== undefined) return { date: plain };
  const match = DATE_SHAPE.exec(text);
  if (!match) {
    return { error: `${quoteText(text)} is not a date this timeline understands: write it as ${EXAMPLE_FORMS}` };
  }
  const [, yearText, monthText, dayText, hourText, minuteText, , zoneText] = match;
  if (yearText === '-0000') {
    return { error: `${quoteText(text)} has year -0000: write year 0 (1 BC) as 0000` };
  }
  const year = Number(yearText);
  if (monthText === undefined) return { date: { precision: 'year', year, text } };

  const month = Number(monthText);
  if (month < 1 || month > 12) {
    return { error: `${quoteText(text)} has month ${monthText}: months run from 01 to 12` };
  }
  if (dayText === undefined) return { date: { precision: 'month', year, month, text } };

  const day = Number(dayText);
  const lastDay = daysInMonth(year, month);
  if (day < 1 || day > lastDay) {
    return {
      error: `${quoteText(text)} is not a real date: ${MONTH_NAMES[month - 1]} ${yearLabel(year)} has ${lastDay} days`,
    };
  }
  if (hourText === undefined) return { date: { precision: 'day', year, month, day, text } };

  const hour = Number(hourText);
  const minute = Number(minuteText);
  if (hour > 23) return { error: `${quoteText(text)} has hour ${hourText}: hours run from 00 to 23` };
  if (minute > 59) return { error: `${quoteText(text)} has minute ${minuteText}: minutes run from 00 to 59` };
  const seconds = match[6];
  if (seconds !== undefined && Number(seconds) > 59) {
    return { error: `${quoteText(text)} has second ${seconds}: seconds run from 00 to 59` };
  }
  if (zoneText === undefined) {
    return {
      error: `${quoteText(text)} has a time but no time zone: add Z for UTC or an offset such as +01:00`,
    };
  }
  const offsetMinutes = parseOffset(zoneText);
  if (offsetMinutes === undefined) {
    return { error: `${quoteText(text)} has the offset ${zoneText}: offsets run from -12:00 to +14:00` };
  }
  return { date: { precision: 'minute', year, month, day, hour, minute, offsetMinutes, text } };
}

/**
 * The date `text` stands for, or undefined when it is not a valid document date
 * (`parseEventDate` says what is wrong): the parser's quick path, which needs no message,
 * and reads the common plain dates without a result object around each.
 */
export function validEventDate(text: unknown): EventDate | undefined {
  if (typeof text !== 'string') return undefined;
  const plain = plainDate(text);
  if (plain !== undefined) return plain;
  const parsed = parseEventDate(text);
  return 'date' in parsed ? parsed.date : undefined;
}

/** Digits at `from`..`from + count` of `text` as a number, or -1 where one is not a digit. */
function digits(text: string, from: number, count: number): number {
  let value = 0;
  for (let i = from; i < from + count; i += 1) {
    const digit = text.charCodeAt(i) - 48;
    if (digit < 0 || digit > 9) return -1;
    value = value * 10 + digit;
  }
  return value;
}

/**
 * The commonest valid forms, `YYYY`, `YYYY-MM` and `YYYY-MM-DD` with a year from 0000 on,
 * read without the regular expression; undefined for anything else (the full reading then
 * accepts it or says what is wrong). Same result as that reading.
 */
function plainDate(text: string): EventDate | undefined {
  const { length } = text;
  if (length !== 4 && length !== 7 && length !== 10) return undefined;
  const year = digits(text, 0, 4);
  if (year < 0) return undefined;
  if (length === 4) return { precision: 'year', year, text };
  const month = text.charCodeAt(4) === 45 ? digits(text, 5, 2) : -1;
  if (month < 1 || month > 12) return undefined;
  if (length === 7) return { precision: 'month', year, month, text };
  const day = text.charCodeAt(7) === 45 ? digits(text, 8, 2) : -1;
  if (day < 1 || day > daysInMonth(year, month)) return undefined;
  return { precision: 'day', year, month, day, text };
}

function parseOffset(zone: string): number | undefined {
  if (zone === 'Z') return 0;
  const sign = zone.startsWith('-') ? -1 : 1;
  const hours = Number(zone.slice(1, 3));
  const minutes = Number(zone.slice(4, 6));
  const total = sign * (hours * 60 + minutes);
  if (minutes > 59 || total < -12 * 60 || total > 14 * 60) return undefined;
  return total;
}

/** "2015", "44 BC": for messages, which are plain English. */
function yearLabel(year: number): string {
  return year > 0 ? String(year) : `${1 - year} BC`;
}

/** Start of the period a date stands for, in epoch ms on the UTC scale (inclusive). */
export function periodStartMs(date: EventDate): number {
  switch (date.precision) {
    case 'year':
      return utcMs(date.year);
    case 'month':
      return utcMs(date.year, date.month);
    case 'day':
      return utcMs(date.year, date.month, date.day);
    case 'minute':
      // The wall-clock time written at an offset is this instant in UTC.
      return utcMs(date.year, date.month, date.day, date.hour, date.minute) - (date.offsetMinutes ?? 0) * 60_000;
  }
}

/** End of the period a date stands for, in epoch ms (exclusive): the next year, month, day or minute. */
export function periodEndMs(date: EventDate): number {
  switch (date.precision) {
    case 'year':
      return utcMs(date.year + 1);
    case 'month':
      return utcMs(date.year, (date.month ?? 1) + 1);
    case 'day':
      return utcMs(date.year, date.month, (date.day ?? 1) + 1);
    case 'minute':
      return periodStartMs(date) + 60_000;
  }
}

const PRECISION_RANK: Record<DatePrecision, number> = { year: 0, month: 1, day: 2, minute: 3 };

/** The finer of two precisions. */
export function finerPrecision(a: DatePrecision, b: DatePrecision): DatePrecision {
  return PRECISION_RANK[a] >= PRECISION_RANK[b] ? a : b;
}

/**
 * The date as an HTML `datetime` value, or undefined where HTML has none (years before 1).
 */
export function htmlDatetime(date: EventDate): string | undefined {
  if (date.year < 1) return undefined;
  const year = String(date.year).padStart(4, '0');
  const two = (n: number | undefined) => String(n ?? 0).padStart(2, '0');
  switch (date.precision) {
    case 'year':
      return year;
    case 'month':
      return `${year}-${two(date.month)}`;
    case 'day':
      return `${year}-${two(date.month)}-${two(date.day)}`;
    case 'minute': {
      const offset = date.offsetMinutes ?? 0;
      const zone =
        offset === 0
          ? 'Z'
          : `${offset < 0 ? '-' : '+'}${two(Math.floor(Math.abs(offset) / 60))}:${two(Math.abs(offset) % 60)}`;
      return `${year}-${two(date.month)}-${two(date.day)}T${two(date.hour)}:${two(date.minute)}${zone}`;
    }
  }
}
