import type { TimelineProblem } from '../document/types.js';
import { isRecord, own } from '../document/json-values.js';
import { describeValue } from '../document/quote-text.js';

// A TimelineJS date object ({year, month, day, hour, minute}, numbers or text) as our date
// text at the precision it was given. Only whole numbers count: `Number("  ")` is 0 and
// `Number(true)` is 1, which once made such years 0000 and 0001 without a word.

type Problems = TimelineProblem[];

/** Absent (undefined, null or ""), a whole number, or `false` for anything else. */
export function wholeNumber(value: unknown): number | undefined | false {
  if (value === undefined || value === null || value === '') return undefined;
  if (typeof value === 'number') return Number.isSafeInteger(value) ? value : false;
  if (typeof value !== 'string' || !/^\s*[+-]?\d+\s*$/.test(value)) return false;
  const number = Number(value);
  return Number.isSafeInteger(number) ? number : false;
}

const two = (n: number) => String(n).padStart(2, '0');

/** The parts below the year, finest last, with what a bad one costs the date. */
const PARTS = [
  ['month', 'the date keeps only its year'],
  ['day', 'the date keeps only its year and month'],
  ['hour', 'the date keeps no time'],
  ['minute', 'the time is taken as the full hour'],
] as const;

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
  const year = wholeNumber(own(record, 'year'));
  if (year === false) {
    const message = `${path}.year must be a whole number such as 2015 or "-43", but it is ${describeValue(own(record, 'year'))}, ${consequence}.`;
    problems.push({ path: `${path}.year`, severity, message });
    return undefined;
  }
  if (year === undefined) {
    if (required) problems.push({ path, severity, message: `${path} has no usable year, so the event is left out.` });
    return undefined;
  }
  const values: number[] = [];
  for (const [name, loss] of PARTS) {
    const value = wholeNumber(own(record, name));
    if (value === undefined) break;
    if (value === false || value < 0) {
      const message = `${path}.${name} must be a whole number (0 or more), but it is ${describeValue(own(record, name))}, so ${loss}.`;
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
  return `${text}T${two(hour)}:${two(minute ?? 0)}Z`;
}
