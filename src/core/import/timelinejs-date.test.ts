import { expect } from '@open-wc/testing';
import { astronomicalYear, timelineJSDate, wholeNumber } from './timelinejs-date.js';
import type { TimelineProblem } from '../document/types.js';

function convert(date: unknown, required = true) {
  const problems: TimelineProblem[] = [];
  const text = timelineJSDate(date, 'events[0].start_date', required, problems);
  return { text, said: problems.map((problem) => `${problem.severity} ${problem.path}`), problems };
}

describe('timelineJSDate', () => {
  it('wholeNumber(value) reads whole numbers and their text, and nothing else', () => {
    expect([2015, '2015', ' -43 ', '+7', '0042'].map(wholeNumber)).to.deep.equal([2015, 2015, -43, 7, 42]);
    expect([undefined, null, ''].map(wholeNumber)).to.deep.equal([undefined, undefined, undefined]);
    for (const value of ['  ', true, false, [], {}, 2015.5, '2015.5', '1e3', '0x10', 'MMXV', Number.NaN, 1e300, '9'.repeat(20)]) {
      expect(wholeNumber(value), JSON.stringify(value)).to.equal(false);
    }
  });

  it('timelineJSDate(date) keeps the precision it was given', () => {
    expect(convert({ year: 2011 }).text).to.equal('2011');
    expect(convert({ year: '2014', month: '8' }).text).to.equal('2014-08');
    expect(convert({ year: -44, month: 3, day: 15 }).text).to.equal('-0043-03-15');
    const timed = convert({ year: 2015, month: 12, day: 2, hour: 22, minute: 30 });
    expect(timed.text).to.equal('2015-12-02T22:30Z');
    expect(timed.said).to.deep.equal(['warning events[0].start_date']);
  });

  it('timelineJSDate(date) with a year of "  ", true or a list is an error naming the year, not year 0000 or 0001', () => {
    for (const year of ['  ', true, [], { value: 2015 }]) {
      const { text, said, problems } = convert({ year });
      expect(text, JSON.stringify(year)).to.equal(undefined);
      expect(said).to.deep.equal(['error events[0].start_date.year']);
      expect(problems[0].message).to.match(/^events\[0\]\.start_date\.year must be a whole number .* so the event is left out\.$/);
    }
  });

  it('timelineJSDate(date) without a year is an error for a start date, and nothing for an end date', () => {
    expect(convert({ month: 5 }).said).to.deep.equal(['error events[0].start_date']);
    expect(convert(undefined).said).to.deep.equal(['error events[0].start_date']);
    expect(convert({ year: '' }, false)).to.deep.include({ text: undefined, said: [] });
    expect(convert({ year: 'soon' }, false).said).to.deep.equal(['warning events[0].start_date.year']);
  });

  it('timelineJSDate(date) of a date that is not an object says what it is', () => {
    const { text, problems } = convert('2015-12-02');
    expect(text).to.equal(undefined);
    expect(problems[0].message).to.equal('events[0].start_date must be an object with a year, but it is the text "2015-12-02", so the event is left out.');
  });

  it('timelineJSDate(date) with a bad month, day or hour warns and keeps the coarser date', () => {
    expect(convert({ year: 2015, month: 'May', day: 3 })).to.deep.include({ text: '2015', said: ['warning events[0].start_date.month'] });
    expect(convert({ year: 2015, month: 5, day: -3 })).to.deep.include({ text: '2015-05', said: ['warning events[0].start_date.day'] });
    expect(convert({ year: 2015, month: 5, day: 3, hour: [] }).text).to.equal('2015-05-03');
    expect(convert({ year: 2015, month: 5, day: 3, hour: 9, minute: true }).text).to.equal('2015-05-03T09:00Z');
    // A number out of range is named as a number, in the producer's words.
    expect(convert({ year: 2015, month: '13' }).problems[0].message).to.equal('events[0].start_date.month: 13 is not a month (from 1 to 12), so the date keeps only its year.');
    expect(convert({ year: 2015, month: 2, day: 30 }).problems[0].message).to.contain('30 is not a day (from 1 to the month’s last day)');
  });

  it('timelineJSDate(date) follows TimelineJS\'s labels: a negative year -N reads "N BCE", so it is astronomical -(N-1)', () => {
    // TimelineJS3 src/js/language/Language.js (commit 27f700ed): `yyyy` is Math.abs(year) when the
    // year is negative and the language has a negative-year label, and _applyEra adds "BCE".
    const labelled = (year: number) => (year < 0 ? `${Math.abs(year)} BCE` : String(year));
    const ours = (text: string) => (Number(text) > 0 ? text.replace(/^0+/, '') : `${1 - Number(text)} BCE`);
    for (const year of [-3500, -500, -44, -2, -1, 1, 2015]) {
      const { text } = convert({ year: String(year) });
      expect(ours(text!), String(year)).to.equal(labelled(year));
    }
    expect(convert({ year: '-3500' }).text).to.equal('-3499');
    expect(convert({ year: -44, month: 3, day: 15 }).text).to.equal('-0043-03-15');
    expect(astronomicalYear(-1)).to.equal(0);
  });

  it('timelineJSDate(date) of year 0, which TimelineJS labels "0", is 0000 (1 BC) with a warning', () => {
    const { text, said } = convert({ year: 0 });
    expect(text).to.equal('0000');
    expect(said).to.deep.equal(['warning events[0].start_date.year']);
  });

  it('timelineJSDate(date) of deep time beyond four-digit years is an error at its year, quoting it briefly', () => {
    for (const year of ['-13800000000', -10001, 10000, '9'.repeat(15)]) {
      const { text, said, problems } = convert({ year });
      expect(text, String(year)).to.equal(undefined);
      expect(said).to.deep.equal(['error events[0].start_date.year']);
      expect(problems[0].message.length).to.be.below(200);
    }
    expect(convert({ year: '-13800000000' }).problems[0].message).to.include('"-13800000000"');
    expect(convert({ year: -10000 }).text).to.equal('-9999');
    expect(convert({ year: '-13800000000' }, false).said).to.deep.equal(['warning events[0].start_date.year']);
  });

  it('timelineJSDate(date) drops seconds with a warning', () => {
    const { text, said } = convert({ year: 1900, month: 1, day: 6, hour: '6', minute: '45', second: '56' });
    expect(text).to.equal('1900-01-06T06:45Z');
    expect(said).to.deep.equal(['warning events[0].start_date', 'warning events[0].start_date.second']);
    expect(convert({ year: 1900, month: 1, day: 6, hour: 6, minute: 45, second: '' }).said).to.have.length(1);
  });

  it('timelineJSDate(date) with a month, day, hour or minute out of range keeps the coarser date', () => {
    expect(convert({ year: 2015, month: 13 })).to.deep.include({ text: '2015', said: ['warning events[0].start_date.month'] });
    expect(convert({ year: 2015, month: 0 }).text).to.equal('2015');
    expect(convert({ year: 2015, month: 2, day: 29 }).text).to.equal('2015-02');
    expect(convert({ year: 2016, month: 2, day: 29 }).text).to.equal('2016-02-29');
    expect(convert({ year: 2015, month: 2, day: 3, hour: 24 }).text).to.equal('2015-02-03');
    expect(convert({ year: 2015, month: 2, day: 3, hour: 23, minute: 60 }).text).to.equal('2015-02-03T23:00Z');
  });
});
