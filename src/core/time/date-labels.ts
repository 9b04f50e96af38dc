import type { TimelineEvent } from '../document/types.js';
import type { EventColumns } from '../layout/columns.js';
import { dateTimeFormat, formatEventDate } from './format.js';

// Every event's date label in one locale. Laying a window out needs only each label's
// length (its width is estimated from it), and only the few labels drawn need their text:
// formatting all 5,000 distinct dates of a 10,000-event document up front took some 20 ms
// of its first render. A year, month or day is as long as any other with the same month
// and number of digits in the day and the year (and a span as any other whose ends are so
// alike and share the same fields), so one formatted date per such shape gives the length
// of all; the text of each is formatted the first time it is read.

/** Lengths of every event's label at once; each text when first asked for. */
export interface DateLabelList {
  /** How many events. */
  readonly size: number;
  /** Each event's label length, in UTF-16 code units (what `String#length` gives). */
  readonly lengths: Uint16Array;
  /** Event `i`'s label, e.g. "2 December 2015". */
  at(i: number): string;
}

type LabelColumns = Pick<EventColumns, 'dateKeys' | 'dateKeyEvents'>;

/** The labels of `events` (read through their columns' date keys) in `locale`. */
export function dateLabelList(events: readonly TimelineEvent[], columns: LabelColumns, locale: string): DateLabelList {
  return new LazyDateLabels(events, columns, locale);
}

class LazyDateLabels implements DateLabelList {
  readonly size: number;
  readonly lengths: Uint16Array;
  readonly #events: readonly TimelineEvent[];
  readonly #columns: LabelColumns;
  readonly #locale: string;
  /** Text by date key, once formatted. */
  readonly #byKey: Array<string | undefined>;
  /** Text of events without a date key (dates built by hand), once formatted. */
  readonly #unkeyed = new Map<number, string>();

  constructor(events: readonly TimelineEvent[], columns: LabelColumns, locale: string) {
    this.#events = events;
    this.#columns = columns;
    this.#locale = locale;
    this.size = events.length;
    const { dateKeys, dateKeyEvents } = columns;
    this.#byKey = new Array<string | undefined>(dateKeyEvents.length);
    const keyLengths = new Uint16Array(dateKeyEvents.length);
    const byShape = new Map<number, number>();
    const shapes = sameShapeSameLength(locale);
    for (let key = 0; key < dateKeyEvents.length; key += 1) {
      const shape = shapes ? labelShape(events[dateKeyEvents[key]]) : -1;
      let length = shape === -1 ? undefined : byShape.get(shape);
      if (length === undefined) {
        length = this.#keyText(key).length;
        if (shape !== -1) byShape.set(shape, length);
      }
      keyLengths[key] = length;
    }
    this.lengths = new Uint16Array(events.length);
    for (let i = 0; i < events.length; i += 1) {
      const key = dateKeys[i];
      this.lengths[i] = key === -1 ? this.at(i).length : keyLengths[key];
    }
  }

  at(i: number): string {
    const key = this.#columns.dateKeys[i];
    if (key !== -1) return this.#keyText(key);
    let text = this.#unkeyed.get(i);
    if (text === undefined) this.#unkeyed.set(i, (text = formatEventDate(this.#events[i], this.#locale)));
    return text;
  }

  #keyText(key: number): string {
    return (this.#byKey[key] ??= formatEventDate(this.#events[this.#columns.dateKeyEvents[key]], this.#locale));
  }
}

/**
 * What decides the length of a date's label, as one number (-1: it must be formatted):
 * for each end, its precision, month and how many digits its day and displayed year have
 * (BC years count back from 1); for a span, which fields its ends share (the locale then
 * collapses them: "2–3 December 2015"); and whether it is approximate. Minute precision
 * carries a time zone and is always formatted.
 */
function labelShape(event: TimelineEvent): number {
  const { date, end, approximate } = event;
  const start = dateShape(date);
  if (start === -1) return -1;
  let shape = start;
  if (end) {
    const finish = dateShape(end);
    if (finish === -1) return -1;
    const sameYear = date.year === end.year;
    const sameMonth = sameYear && date.month === end.month;
    const sameDay = sameMonth && date.day === end.day && date.precision === end.precision;
    shape = DATE_SHAPES + ((start * DATE_SHAPES + finish) * 2 + (sameYear ? 1 : 0)) * 4 + (sameMonth ? 1 : 0) * 2 + (sameDay ? 1 : 0);
  }
  return shape * 2 + (approximate ? 1 : 0);
}

/** How many values `dateShape` takes. */
const DATE_SHAPES = 9 * 2 * 13 * 3;

/** A year, month or day's precision, month, day digits and year digits and era, as one number below DATE_SHAPES. */
function dateShape(date: TimelineEvent['date']): number {
  if (date.precision === 'minute') return -1;
  const bce = date.year < 1;
  const yearDigits = Math.min(8, String(bce ? 1 - date.year : date.year).length);
  const month = date.precision === 'year' ? 0 : (date.month ?? 1);
  const dayDigits = date.precision === 'day' ? ((date.day ?? 1) < 10 ? 1 : 2) : 0;
  return ((yearDigits * 2 + (bce ? 1 : 0)) * 13 + month) * 3 + dayDigits;
}

/**
 * Whether dates of one shape share a length in `locale`: in the Gregorian calendar month
 * names and digit counts are all a label is made of. Other calendars (Persian, Buddhist,
 * Japanese eras…) name other months and years for the same dates, so each is formatted.
 */
function sameShapeSameLength(locale: string): boolean {
  const { calendar } = dateTimeFormat(locale, { year: 'numeric', timeZone: 'UTC' }).resolvedOptions();
  return calendar === 'gregory' || calendar === 'iso8601';
}
