import { expect } from '@open-wc/testing';
import {
  daysInMonth,
  finerPrecision,
  htmlDatetime,
  isLeapYear,
  parseEventDate,
  periodEndMs,
  periodStartMs,
  utcFields,
  utcMs,
  validEventDate,
  type DateParse,
} from './dates.js';
import type { EventDate } from '../document/types.js';

// The suite runs in a non-UTC zone (TZ=America/Los_Angeles in CI), so any slip into local
// time shows up as a wrong day. Instants are compared as ISO strings, which read in UTC
// and print years 0–99 and BC without Date.UTC's 1900 shift.

function dateOf(text: string): EventDate {
  const parsed = parseEventDate(text);
  if ('error' in parsed) throw new Error(`expected "${text}" to parse, got: ${parsed.error}`);
  return parsed.date;
}

function errorOf(parsed: DateParse): string {
  expect(parsed, 'expected an error').to.have.property('error');
  return (parsed as { error: string }).error;
}

const iso = (ms: number) => new Date(ms).toISOString();

describe('parseEventDate', () => {
  it('parseEventDate("2011") has year precision', () => {
    expect(parseEventDate('2011')).to.deep.equal({ date: { precision: 'year', year: 2011, text: '2011' } });
  });

  it('parseEventDate("2014-08") has month precision', () => {
    expect(parseEventDate('2014-08')).to.deep.equal({ date: { precision: 'month', year: 2014, month: 8, text: '2014-08' } });
  });

  it('parseEventDate("2015-12-02") has day precision', () => {
    expect(parseEventDate('2015-12-02')).to.deep.equal({
      date: { precision: 'day', year: 2015, month: 12, day: 2, text: '2015-12-02' },
    });
  });

  it('parseEventDate("2015-12-02T22:30Z") has minute precision at offset 0', () => {
    expect(parseEventDate('2015-12-02T22:30Z')).to.deep.equal({
      date: { precision: 'minute', year: 2015, month: 12, day: 2, hour: 22, minute: 30, offsetMinutes: 0, text: '2015-12-02T22:30Z' },
    });
  });

  it('parseEventDate("2015-12-02T22:30+01:00") keeps the wall-clock time and the offset', () => {
    const date = dateOf('2015-12-02T22:30+01:00');
    expect([date.hour, date.minute, date.offsetMinutes]).to.deep.equal([22, 30, 60]);
  });

  it('parseEventDate("2015-12-02T04:15-05:45") reads a negative offset with minutes', () => {
    expect(dateOf('2015-12-02T04:15-05:45').offsetMinutes).to.equal(-345);
  });

  it('parseEventDate("2015-12-02T22:30:59Z") accepts seconds and keeps minute precision', () => {
    const date = dateOf('2015-12-02T22:30:59Z');
    expect(date.precision).to.equal('minute');
    expect(date.text).to.equal('2015-12-02T22:30:59Z');
  });

  it('parseEventDate("-0043-03-15") reads astronomical year -43 (44 BC)', () => {
    expect(dateOf('-0043-03-15')).to.include({ year: -43, month: 3, day: 15 });
  });

  it('parseEventDate("0000") is year 0 (1 BC) and "0043" is year 43', () => {
    expect(dateOf('0000').year).to.equal(0);
    expect(dateOf('0043').year).to.equal(43);
  });

  it('parseEventDate("-0000-06") is an error: 1 BC is written 0000', () => {
    expect(errorOf(parseEventDate('-0000-06'))).to.include('-0000');
  });

  for (const text of ['2000-02-29', '1600-02-29', '2016-02-29', '0000-02-29', '-0004-02-29', '-0400-02-29']) {
    it(`parseEventDate("${text}") is a real leap day`, () => {
      expect(dateOf(text).day).to.equal(29);
    });
  }

  for (const [text, reason] of [
    ['1900-02-29', '1900 is not a leap year'],
    ['2015-02-29', '2015 is not a leap year'],
    ['-0100-02-29', '101 BC (year -100) is not a leap year'],
  ]) {
    it(`parseEventDate("${text}") is an error: ${reason}`, () => {
      expect(errorOf(parseEventDate(text))).to.include('has 28 days');
    });
  }

  it('parseEventDate("2015-02-30") is an error that says how many days February has', () => {
    expect(errorOf(parseEventDate('2015-02-30'))).to.equal('"2015-02-30" is not a real date: February 2015 has 28 days');
  });

  it('parseEventDate("-0043-02-30") names the year in BC in its error', () => {
    expect(errorOf(parseEventDate('-0043-02-30'))).to.include('February 44 BC');
  });

  it('parseEventDate accepts day 31 only in 31-day months', () => {
    expect(parseEventDate('2015-01-31')).to.have.property('date');
    expect(parseEventDate('2015-12-31')).to.have.property('date');
    for (const month of ['04', '06', '09', '11']) expect(parseEventDate(`2015-${month}-31`)).to.have.property('error');
    expect(parseEventDate('2015-04-30')).to.have.property('date');
  });

  it('parseEventDate("2015-13-01") and ("2015-00") are errors: months run from 01 to 12', () => {
    expect(errorOf(parseEventDate('2015-13-01'))).to.include('months run from 01 to 12');
    expect(errorOf(parseEventDate('2015-00'))).to.include('months run from 01 to 12');
  });

  it('parseEventDate("2015-12-00") and ("2015-12-32") are errors', () => {
    expect(parseEventDate('2015-12-00')).to.have.property('error');
    expect(parseEventDate('2015-12-32')).to.have.property('error');
  });

  it('parseEventDate rejects hour 24, minute 60 and second 60', () => {
    expect(errorOf(parseEventDate('2015-12-02T24:00Z'))).to.include('hours run from 00 to 23');
    expect(errorOf(parseEventDate('2015-12-02T23:60Z'))).to.include('minutes run from 00 to 59');
    expect(errorOf(parseEventDate('2015-12-02T23:59:60Z'))).to.include('seconds run from 00 to 59');
    expect(parseEventDate('2015-12-02T23:59:59Z')).to.have.property('date');
  });

  it('parseEventDate("2015-12-02T22:30") is an error: a time needs a zone', () => {
    expect(errorOf(parseEventDate('2015-12-02T22:30'))).to.include('no time zone');
  });

  it('parseEventDate accepts offsets from -12:00 to +14:00 and no further', () => {
    for (const zone of ['-12:00', '+14:00', '+13:59', '-11:59', '+00:00', '-00:00']) {
      expect(parseEventDate(`2015-12-02T12:00${zone}`), zone).to.have.property('date');
    }
    for (const zone of ['-12:01', '+14:01', '+15:00', '+01:60']) {
      expect(parseEventDate(`2015-12-02T12:00${zone}`), zone).to.have.property('error');
    }
  });

  it('parseEventDate rejects other ways of writing dates', () => {
    for (const text of ['12/02/2015', '2 December 2015', '20151202', '2015-1-2', '+2015', '02015', ' 2015', '2015-12-02T22Z', '2015-12-02 22:30Z', '2015-12-02T22:30:00.5Z']) {
      expect(errorOf(parseEventDate(text)), text).to.include('write it as');
    }
  });

  it('parseEventDate(2015) is an error: a date must be text', () => {
    expect(errorOf(parseEventDate(2015))).to.include('written as text');
    expect(errorOf(parseEventDate(undefined))).to.include('written as text');
  });
});

describe('isLeapYear and daysInMonth', () => {
  it('isLeapYear follows the proleptic Gregorian rule, negative years included', () => {
    expect([2000, 2016, 0, -4, -400, 1600].map(isLeapYear)).to.deep.equal([true, true, true, true, true, true]);
    expect([1900, 2015, -1, -100, 1700].map(isLeapYear)).to.deep.equal([false, false, false, false, false]);
  });

  it('daysInMonth(2016, 2) is 29 and daysInMonth(2015, 9) is 30', () => {
    expect(daysInMonth(2016, 2)).to.equal(29);
    expect(daysInMonth(2015, 2)).to.equal(28);
    expect(daysInMonth(2015, 9)).to.equal(30);
    expect(daysInMonth(2015, 12)).to.equal(31);
    const months = Array.from({ length: 12 }, (_, i) => daysInMonth(2015, i + 1));
    expect(months).to.deep.equal([31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]);
  });
});

describe('validEventDate', () => {
  it('validEventDate(text) is the date parseEventDate reads, or undefined where it reports an error', () => {
    const inputs: unknown[] = [
      '2011', '2014-08', '2015-12-02', '2015-12-02T22:30Z', '2015-12-02T22:30+01:00', '-0043-03-15', '0000', '0099-02-28',
      '2016-02-29', '2015-02-29', '2015-13', '2015-00-10', '12/02/2015', '2015-12-02T22:30', '-0000', '', ' 2015', 2015, null, undefined,
    ];
    for (const input of inputs) {
      const parsed = parseEventDate(input);
      expect(validEventDate(input), String(input)).to.deep.equal('date' in parsed ? parsed.date : undefined);
    }
  });
});

describe('periodStartMs and periodEndMs', () => {
  const period = (text: string) => [iso(periodStartMs(dateOf(text))), iso(periodEndMs(dateOf(text)))];

  it('periodStartMs/periodEndMs("2011") cover the whole year', () => {
    expect(period('2011')).to.deep.equal(['2011-01-01T00:00:00.000Z', '2012-01-01T00:00:00.000Z']);
  });

  it('periodStartMs/periodEndMs("2015-12") cover December and end at the new year', () => {
    expect(period('2015-12')).to.deep.equal(['2015-12-01T00:00:00.000Z', '2016-01-01T00:00:00.000Z']);
  });

  it('periodStartMs/periodEndMs("2015-12-02") cover the UTC day, whatever the reader\'s zone', () => {
    expect(period('2015-12-02')).to.deep.equal(['2015-12-02T00:00:00.000Z', '2015-12-03T00:00:00.000Z']);
  });

  it('periodStartMs/periodEndMs("2016-02-29") end on 1 March', () => {
    expect(period('2016-02-29')).to.deep.equal(['2016-02-29T00:00:00.000Z', '2016-03-01T00:00:00.000Z']);
  });

  it('periodStartMs("2015-12-02T22:30+01:00") is 21:30 UTC and the period lasts a minute', () => {
    expect(period('2015-12-02T22:30+01:00')).to.deep.equal(['2015-12-02T21:30:00.000Z', '2015-12-02T21:31:00.000Z']);
  });

  it('periodStartMs("2015-12-02T22:30-12:00") crosses into the next UTC day', () => {
    expect(iso(periodStartMs(dateOf('2015-12-02T22:30-12:00')))).to.equal('2015-12-03T10:30:00.000Z');
  });

  it('periodStartMs("2015-12-02T22:30:45Z") drops the seconds', () => {
    expect(iso(periodStartMs(dateOf('2015-12-02T22:30:45Z')))).to.equal('2015-12-02T22:30:00.000Z');
  });

  it('periodStartMs("0043") is AD 43, not 1943', () => {
    expect(period('0043')).to.deep.equal(['0043-01-01T00:00:00.000Z', '0044-01-01T00:00:00.000Z']);
  });

  it('periodStartMs/periodEndMs("0099-12") stay in the first century across the year end', () => {
    expect(period('0099-12')).to.deep.equal(['0099-12-01T00:00:00.000Z', '0100-01-01T00:00:00.000Z']);
  });

  it('periodStartMs/periodEndMs("0000-02-29") handle year 0 (1 BC), a leap year', () => {
    expect(period('0000-02-29')).to.deep.equal(['0000-02-29T00:00:00.000Z', '0000-03-01T00:00:00.000Z']);
  });

  it('periodStartMs/periodEndMs("-0043-03-15") place 15 March 44 BC', () => {
    expect(period('-0043-03-15')).to.deep.equal(['-000043-03-15T00:00:00.000Z', '-000043-03-16T00:00:00.000Z']);
  });

  it('periodEndMs("-0001") is the start of year 0', () => {
    expect(period('-0001')).to.deep.equal(['-000001-01-01T00:00:00.000Z', '0000-01-01T00:00:00.000Z']);
  });

  it('periodStartMs orders BC, years 0-99 and modern dates chronologically', () => {
    const texts = ['-0043-03-15', '0000', '0043', '0099-12-31', '1900', '2015-12-02T22:30Z'];
    const starts = texts.map((text) => periodStartMs(dateOf(text)));
    expect([...starts].sort((a, b) => a - b)).to.deep.equal(starts);
  });
});

describe('utcMs and utcFields', () => {
  it('utcMs(43, 3, 15) is AD 43 where Date.UTC would give 1943', () => {
    expect(iso(utcMs(43, 3, 15))).to.equal('0043-03-15T00:00:00.000Z');
    expect(new Date(Date.UTC(43, 2, 15)).getUTCFullYear()).to.equal(1943);
  });

  it('utcFields(utcMs(-43, 3, 15, 12, 5)) reads the same fields back', () => {
    expect(utcFields(utcMs(-43, 3, 15, 12, 5))).to.deep.equal({ year: -43, month: 3, day: 15, hour: 12, minute: 5 });
  });
});

describe('finerPrecision', () => {
  it('finerPrecision("year", "day") is "day", and is symmetric', () => {
    expect(finerPrecision('year', 'day')).to.equal('day');
    expect(finerPrecision('minute', 'month')).to.equal('minute');
    expect(finerPrecision('month', 'month')).to.equal('month');
  });
});

describe('htmlDatetime', () => {
  it('htmlDatetime writes each precision as HTML expects', () => {
    expect(['2011', '2014-08', '2015-12-02'].map((text) => htmlDatetime(dateOf(text)))).to.deep.equal(['2011', '2014-08', '2015-12-02']);
  });

  it('htmlDatetime("2015-12-02T22:30:15Z") drops the seconds and writes Z', () => {
    expect(htmlDatetime(dateOf('2015-12-02T22:30:15Z'))).to.equal('2015-12-02T22:30Z');
  });

  it('htmlDatetime keeps the written offset, including minutes and negative ones', () => {
    expect(htmlDatetime(dateOf('2015-12-02T22:30+01:00'))).to.equal('2015-12-02T22:30+01:00');
    expect(htmlDatetime(dateOf('2015-12-02T04:15-05:45'))).to.equal('2015-12-02T04:15-05:45');
    expect(htmlDatetime(dateOf('2015-12-02T04:15-00:30'))).to.equal('2015-12-02T04:15-00:30');
  });

  it('htmlDatetime("0043-03-15") pads the year to four digits', () => {
    expect(htmlDatetime(dateOf('0043-03-15'))).to.equal('0043-03-15');
  });

  it('htmlDatetime is undefined for year 0 and BC, which HTML cannot express', () => {
    expect(htmlDatetime(dateOf('0000'))).to.equal(undefined);
    expect(htmlDatetime(dateOf('-0043-03-15'))).to.equal(undefined);
  });
});
