import { expect } from '@open-wc/testing';
import { parseEventDate } from './dates.js';
import { formatCalendarDate, formatEventDate, formatSpan, resolveLocale } from './format.js';
import type { EventDate } from '../document/types.js';

function date(text: string): EventDate {
  const parsed = parseEventDate(text);
  if ('error' in parsed) throw new Error(parsed.error);
  return parsed.date;
}

function label(text: string, locale = 'en-GB', extra: { end?: string; approximate?: boolean } = {}): string {
  return formatEventDate(
    { date: date(text), end: extra.end ? date(extra.end) : undefined, approximate: extra.approximate ?? false },
    locale,
  );
}

describe('formatEventDate', () => {
  it('formatEventDate("2011") shows the year alone', () => {
    expect(label('2011')).to.equal('2011');
  });

  it('formatEventDate("2014-08") shows month and year', () => {
    expect(label('2014-08')).to.equal('August 2014');
  });

  it('formatEventDate("2015-12-02") shows day, month and year in every time zone', () => {
    expect(label('2015-12-02')).to.equal('2 December 2015');
    expect(label('2015-01-01')).to.equal('1 January 2015');
    expect(label('2015-12-31')).to.equal('31 December 2015');
  });

  it('formatEventDate("-0043-03-15") is 15 March 44 BC (astronomical year -43)', () => {
    expect(label('-0043-03-15')).to.equal('15 March 44 BC');
    expect(label('0000')).to.equal('1 BC');
  });

  it('formatEventDate keeps years 0–99 as written, not 1900–1999', () => {
    expect(label('0043')).to.equal('43');
    expect(label('0099-07')).to.equal('July 99');
  });

  it('formatEventDate with approximate prefixes "c."', () => {
    expect(label('2011', 'en-GB', { approximate: true })).to.equal('c. 2011');
    expect(label('2011', 'de', { approximate: true })).to.equal('ca. 2011');
  });

  it('formatEventDate of a span reads "August 2014 – December 2015"', () => {
    expect(label('2014-08', 'en-GB', { end: '2015-12' })).to.equal('August 2014 – December 2015');
  });

  it('formatEventDate of a span within one month shares the month', () => {
    expect(label('2015-12-02', 'en-GB', { end: '2015-12-03' })).to.match(/^2 ?– ?3 December 2015$/);
  });

  it('formatEventDate of a span with mixed precision shows each end at its own precision', () => {
    expect(label('2011', 'en-GB', { end: '2015-12-02' })).to.equal('2011 – 2 December 2015');
  });

  it('formatEventDate of a span whose ends are equal shows one date', () => {
    expect(label('2015-12', 'en-GB', { end: '2015-12' })).to.equal('December 2015');
  });

  it('formatEventDate at minute precision shows the time as written with its zone', () => {
    const utc = label('2015-12-02T22:30Z');
    expect(utc).to.contain('2 December 2015');
    expect(utc).to.contain('22:30');
    expect(utc).to.contain('UTC');
    const plusOne = label('2015-12-02T22:30+01:00');
    expect(plusOne).to.contain('2 December 2015');
    expect(plusOne).to.contain('22:30');
    expect(plusOne).to.match(/GMT\+1|UTC\+1|\+01:00/);
  });

  it('formatEventDate at minute precision keeps the written date even when UTC is the day before', () => {
    expect(label('2015-12-02T00:30+05:00')).to.contain('2 December 2015');
  });

  it('formatEventDate follows the locale', () => {
    expect(label('2015-12-02', 'en-US')).to.equal('December 2, 2015');
    expect(label('2015-12-02', 'de')).to.equal('2. Dezember 2015');
    expect(label('2015-12-02', 'ja')).to.equal('2015年12月2日');
    expect(label('2014-08', 'ar')).to.contain('أغسطس');
  });
});

describe('formatCalendarDate', () => {
  it('formatCalendarDate of a February 29 in a leap year keeps the day', () => {
    expect(formatCalendarDate(date('2000-02-29'), 'en-GB')).to.equal('29 February 2000');
    expect(formatCalendarDate(date('1500-03-01'), 'en-GB')).to.equal('1 March 1500');
  });
});

describe('resolveLocale', () => {
  it('resolveLocale takes the first well-formed tag', () => {
    expect(resolveLocale(undefined, 'not a locale!', 'de-DE', 'fr')).to.equal('de-DE');
  });

  it('resolveLocale falls back to en-GB when nothing is usable', () => {
    expect(resolveLocale(undefined, '', null, '%%')).to.equal('en-GB');
  });

  it('resolveLocale canonicalises case', () => {
    expect(resolveLocale('EN-gb')).to.equal('en-GB');
  });
});

describe('formatSpan', () => {
  const DAY = 86_400_000;

  it('tells a stretch in its largest whole unit, rounded, in the locale', () => {
    expect(formatSpan(2.58 * 365.25 * DAY, 'en-GB')).to.equal('3 years');
    expect(formatSpan(150 * DAY, 'en-GB')).to.equal('5 months');
    expect(formatSpan(15 * DAY, 'en-GB')).to.equal('2 weeks');
    expect(formatSpan(DAY, 'en-GB')).to.equal('1 day');
    expect(formatSpan(2 * 365.25 * DAY, 'fr')).to.equal('2 ans');
    expect(formatSpan(2 * 365.25 * DAY, 'fr'), 'the cached formatter').to.equal('2 ans');
  });
});
