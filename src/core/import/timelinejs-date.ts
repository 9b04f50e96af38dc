import type { TimelineProblem } from '../document/types.js';
import { isRecord, own } from '../document/json-values.js';
import { describeValue } from '../document/quote-text.js';
import { daysInMonth } from '../time/dates.js';

// A TimelineJS date object ({year, month, day, hour, minute, second}, numbers or text) as our
// date text at the precision it was given. Only whole numbers count: `Number("  ")` is 0 and
// `Number(true)` is 1, which once made such years 0000 and 0001 without a word.
//
// Years: TimelineJS puts its year into a JavaScript Date (setFullYear, astronomical: year 0 is
// 1 BC) but labels a negative year by its absolute value plus "BCE" (src/js/language/Language.js,
// `yyyy` and `_applyEra`, at commit 27f700ed), so "-3500" reads "3500 BCE": astronomical -3499.
// Its year 0 is labelled "0", a year BC/AD numbering does not have; it is taken where
// TimelineJS draws it, astronomical 0000 (1 BC), with a warning.

type Problems = TimelineProblem[];

/** Astronomical years our four-digit dates can hold. */
const MIN_YEAR = -9999;
const MAX_YEAR = 9999;

/** Absent (undefined, null or ""), a whole number, or `false` for anything else. */
export function wholeNumber(value: unknown): number | undefined | false {
  if (value === undefined || value === null || value === '') return undefined;
  if (typeof value === 'number') return Number.isSafeInteger(value) ? value : false;
  if (typeof value !== 'string' || !/^\s*[+-]?\d+\s*$/.test(value)) return false;
  const number = Number(value);
  return Number.isSafeInteger(number) ? number : false;
}

/** TimelineJS's year as an astronomical year: its "-3500" is labelled 3500 BCE, which is -3499. */
export function astronomicalYear(timelineJSYear: number): number {
  return timelineJSYear < 0 ? timelineJSYear + 1 : timelineJSYear;
}

const two = (n: number) => String(n).padStart(2, '0');

/** The parts below the year, finest last: their range, and what a bad one costs the date. */
const PARTS = [
  ['month', 'the date keeps only its year', 'from 1 to 12'],
  ['day', 'the date keeps only its year and month', 'from 1 to the month’s last day'],
  ['hour', 'the date keeps no time', 'from 0 to 23'],
  ['minute', 'the time is taken as the full hour', 'from 0 to 59'],
] as const;

function inRange(name: (typeof PARTS)[number][0], value: number, year: number, month: number | undefined): boolean {
  if (name === 'month') return value >= 1 && value <= 12;
  if (name === 'day') return value >= 1 && value <= daysInMonth(year, month ?? 1);
  return value >= 0 && value <= (name === 'hour' ? 23 : 59);
}

/**
 * Our date text for the TimelineJS date at `path`, or undefined when it has no usable year.
 * `required`: a start date without a year leaves its event out (an error); an end date
 * without one just leaves the event without an end.
 */
export function timelineJSDate(date: unknown, path: string, required: boolean, problems: Problems): string | undefined {
  const severity = required ? 'error' : 'warning';
  const consequence = required ? 'so the event is left out' : 'so the event has no end';
  if (date !== undefined && date !== null && !isRecord(date)) {
    const message = `${path} must be an object with a year, but it is ${describeValue(date)}, ${consequence}.`;
    problems.push({ path, severity, message });
    return undefined;
  }
  const record = date ?? {};
  const given = wholeNumber(own(record, 'year'));
  if (given === false) {
    const message = `${path}.year must be a whole number such as 2015 or "-43", but it is ${describeValue(own(record, 'year'))}, ${consequence}.`;
    problems.push({ path: `${path}.year`, severity, message });
    return undefined;
  }
  if (given === undefined) {
    if (required) problems.push({ path, severity, message: `${path} has no usable year, so the event is left out.` });
    return undefined;
  }
  const year = astronomicalYear(given);
  if (year < MIN_YEAR || year > MAX_YEAR) {
    const message = `${path}.year ${describeValue(own(record, 'year'))} is beyond the years a news-timeline document holds (10000 BCE to 9999), ${consequence}.`;
    problems.push({ path: `${path}.year`, severity, message });
    return undefined;
  }
  if (given === 0) {
    problems.push({ path: `${path}.year`, severity: 'warning', message: `${path}.year is 0, which TimelineJS labels "0" and BC/AD has not: it is taken as 1 BC (0000), where TimelineJS draws it.` });
  }
  const values: number[] = [];
  for (const [name, loss, range] of PARTS) {
    const value = wholeNumber(own(record, name));
    if (value === undefined) break;
    if (value === false || !inRange(name, value, year, values[0])) {
      // A number out of range is named as one: "13 is not a month", not "the text "13"".
      const message =
        value === false
          ? `${path}.${name} must be a whole number ${range}, but it is ${describeValue(own(record, name))}, so ${loss}.`
          : `${path}.${name}: ${value} is not ${name === 'hour' ? 'an' : 'a'} ${name} (${range}), so ${loss}.`;
      problems.push({ path: `${path}.${name}`, severity: 'warning', message });
      break;
    }
    values.push(value);
  }
  const [month, day, hour, minute] = values;
  let text = `${year < 0 ? '-' : ''}${String(Math.abs(year)).padStart(4, '0')}`;
  if (month === undefined) return text;
  text += `-${two(month)}`;
  if (day === undefined) return text;
  text += `-${two(day)}`;
  if (hour === undefined) return text;
  problems.push({ path, severity: 'warning', message: `${path} has a time with no time zone; it is taken as UTC.` });
  const second = own(record, 'second');
  if (minute !== undefined && wholeNumber(second) !== undefined) {
    problems.push({ path: `${path}.second`, severity: 'warning', message: `${path}.second: a news-timeline date stops at the minute, so the seconds (${describeValue(second)}) were dropped.` });
  }
  return `${text}T${two(hour)}:${two(minute ?? 0)}Z`;
}
