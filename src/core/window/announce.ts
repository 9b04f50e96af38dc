import type { DatePrecision, EventDate, TimelineEvent } from '../document/types.js';
import type { TimeDomain } from '../time/scale.js';
import { utcFields } from '../time/dates.js';
import { formatCalendarDate } from '../time/format.js';
import { knownColumns, searchSorted } from '../layout/columns.js';
import { localize, type Strings } from '../../localize/localize.js';

const DAY = 86_400_000;

/** The precision a window's ends are read at: years for long views, down to minutes for hours. */
export function rangePrecision(span: number): DatePrecision {
  if (span > 3 * 365 * DAY) return 'year';
  if (span > 62 * DAY) return 'month';
  if (span > 2 * DAY) return 'day';
  return 'minute';
}

function dateAt(ms: number, precision: DatePrecision): EventDate {
  const { year, month, day, hour, minute } = utcFields(ms);
  switch (precision) {
    case 'year':
      return { precision, year, text: '' };
    case 'month':
      return { precision, year, month, text: '' };
    case 'day':
      return { precision, year, month, day, text: '' };
    case 'minute':
      return { precision, year, month, day, hour, minute, offsetMinutes: 0, text: '' };
  }
}

/** Events whose period overlaps the window. */
export function countVisibleEvents(domain: TimeDomain, events: ReadonlyArray<Pick<TimelineEvent, 'startMs' | 'endMs'>>): number {
  let count = 0;
  const columns = knownColumns(events);
  if (!columns) {
    for (const event of events) if (event.endMs > domain[0] && event.startMs < domain[1]) count += 1;
    return count;
  }
  // Sorted columns: only events from the first that can end in the window to the last
  // that starts in it are looked at.
  const { starts, ends, reach } = columns;
  const last = searchSorted(starts, domain[1], true);
  for (let i = searchSorted(reach, domain[0], false); i < last; i += 1) if (ends[i] > domain[0]) count += 1;
  return count;
}

/** What the live region says after a zoom or pan: "Showing August 2014 to December 2015, 5 of 8 events". */
export function describeVisibleRange(
  domain: TimeDomain,
  events: ReadonlyArray<Pick<TimelineEvent, 'startMs' | 'endMs'>>,
  locale: string,
  strings: Strings,
): string {
  const precision = rangePrecision(domain[1] - domain[0]);
  const from = formatCalendarDate(dateAt(domain[0], precision), locale);
  // The end is exclusive: the last moment shown belongs to the period before it.
  const to = formatCalendarDate(dateAt(domain[1] - 1, precision), locale);
  return localize(strings, 'showing', { from, to, visible: countVisibleEvents(domain, events), total: events.length });
}
