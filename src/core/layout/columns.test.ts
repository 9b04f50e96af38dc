import { expect } from '@open-wc/testing';
import { randomDocument } from '../../../test/helpers/random-documents.js';
import { eventById, eventColumns, eventIndexOf, indexOfId, knownColumns, timeColumns } from './columns.js';
import { countVisibleEvents } from '../window/announce.js';
import { parseEventDate } from '../time/dates.js';
import { formatEventDate } from '../time/format.js';
import { zoomLimits } from '../window/zoom.js';
import type { TimelineDocument } from '../document/types.js';
import { parse } from '../../../test/helpers/parse.js';

/** A shuffled document with groups, spans, approximate and minute dates, and repeated ids. */
function mixedDocument(): TimelineDocument {
  const raw = randomDocument({ events: 400, seed: 7, groups: 3, spans: 0.2 }) as {
    events: Array<Record<string, unknown>>;
  };
  raw.events.forEach((event, i) => {
    if (i % 17 === 0) event.approximate = true;
    if (i % 23 === 0) event.date = `20${String(10 + (i % 9))}-03-0${1 + (i % 9)}T1${i % 10}:30+01:00`;
    if (i % 29 === 0) delete event.group;
    if (i % 31 === 0) event.id = 'repeated';
    if (i % 37 === 0) delete event.id;
  });
  return parse(raw);
}

describe('eventColumns', () => {
  const doc = mixedDocument();
  const columns = eventColumns(doc.events, doc.groups);
  // The same events in a fresh array: no columns until something derives them.
  const copy = [...doc.events];

  it('derives the columns of a list of events once, and knownColumns gives its time columns back after', () => {
    const fresh = mixedDocument();
    expect(knownColumns(fresh.events)).to.equal(undefined);
    const derived = eventColumns(fresh.events, fresh.groups);
    expect(eventColumns(fresh.events, fresh.groups)).to.equal(derived);
    expect(knownColumns(fresh.events)).to.equal(timeColumns(fresh.events));
    expect(knownColumns(fresh.events)!.starts).to.equal(derived.starts);
    expect(knownColumns(copy)).to.equal(undefined);
  });

  it('derives the label columns with the time columns, in one pass, before any group is known', () => {
    const fresh = mixedDocument();
    const times = timeColumns(fresh.events);
    expect([...times.titleLengths]).to.deep.equal(fresh.events.map((event) => event.title.length));
    const all = eventColumns(fresh.events, fresh.groups);
    expect([all.titleLengths, all.dateKeys, all.starts]).to.deep.equal([times.titleLengths, times.dateKeys, times.starts]);
    expect(all.titleLengths).to.equal(times.titleLengths);
  });

  it('reads a list of bare periods (no titles): title lengths 0; no groups: every groupOf -1', () => {
    const periods = doc.events.slice(0, 5).map(({ startMs, endMs, date, end }) => ({ startMs, endMs, date, end }));
    expect([...timeColumns(periods).titleLengths]).to.deep.equal([0, 0, 0, 0, 0]);
    const ungrouped = parse({ version: 1, events: [{ date: '2015', title: 'A', group: 'x' }, { date: '2016', title: 'B' }] });
    expect([...eventColumns(ungrouped.events, ungrouped.groups).groupOf]).to.deep.equal([-1, -1]);
  });

  it('reads events whose indices are not a document\'s (repeated) as they are, to the same columns', () => {
    const repeated = doc.events.map((event) => ({ ...event, index: 3 }));
    const read = eventColumns(repeated, doc.groups);
    expect([...read.starts]).to.deep.equal([...columns.starts]);
    // Keys are numbered in reading order: compare the first event of each event's key.
    const firstOfKey = ({ dateKeys, dateKeyEvents }: typeof columns) => [...dateKeys].map((key) => dateKeyEvents[key]);
    expect(firstOfKey(read)).to.deep.equal(firstOfKey(columns));
    expect(indexOfId(repeated, repeated[7].id)).to.equal(7);
  });

  it('indexOfId finds every id, the last found first, and -1 for none', () => {
    const fresh = mixedDocument();
    const order = [0, 5, 5, fresh.events.length - 1, 0];
    for (const i of order) expect(indexOfId(fresh.events, fresh.events[i].id)).to.equal(i);
    expect(indexOfId(fresh.events, 'no-such-id')).to.equal(-1);
    expect(indexOfId([], 'x')).to.equal(-1);
  });

  it('eventIndexOf and eventById find a document\'s event by id, and nothing for none', () => {
    const document = mixedDocument();
    expect(eventIndexOf(document, document.events[3].id)).to.equal(3);
    expect(eventById(document, document.events[3].id)).to.equal(document.events[3]);
    for (const id of [null, undefined, 'no-such-id']) {
      expect(eventIndexOf(document, id)).to.equal(-1);
      expect(eventById(document, id)).to.equal(undefined);
    }
    expect(eventById(undefined, document.events[3].id)).to.equal(undefined);
  });

  it('holds what each event says, in document.events order', () => {
    const { events, groups } = doc;
    expect([...columns.starts]).to.deep.equal(events.map((event) => event.startMs));
    expect([...columns.ends]).to.deep.equal(events.map((event) => event.endMs));
    expect([...columns.spans]).to.deep.equal(events.map((event) => (event.end ? 1 : 0)));
    expect([...columns.titleLengths]).to.deep.equal(events.map((event) => event.title.length));
    expect([...columns.groupOf]).to.deep.equal(events.map((event) => groups.findIndex((group) => group.id === event.group)));
    expect([...columns.groupOf]).to.include(-1);
    expect(columns.earliest).to.equal(Math.min(...columns.starts));
    expect(columns.latest).to.equal(Math.max(...columns.ends));
    expect(columns.finest).to.equal('minute');
    expect([...columns.reach]).to.deep.equal([...columns.ends].map((_, i) => Math.max(...columns.ends.subarray(0, i + 1))));
    events.forEach((event, i) => {
      expect(indexOfId(events, event.id), event.id).to.equal(i);
    });
    expect(indexOfId(events, 'no-such-id')).to.equal(-1);
  });

  it('events share a date key exactly when their date labels are the same', () => {
    const labelOfKey = new Map<number, string>();
    doc.events.forEach((event, i) => {
      const key = columns.dateKeys[i];
      expect(key).to.be.at.least(0);
      expect(columns.dateKeyEvents[key]).to.be.at.most(i);
      const label = formatEventDate(event, 'en-GB');
      if (!labelOfKey.has(key)) labelOfKey.set(key, label);
      expect(label, event.id).to.equal(labelOfKey.get(key));
    });
    // A year, its January and its first day start at the same instant but are different dates.
    expect(new Set(labelOfKey.values()).size).to.equal(labelOfKey.size);
  });

  it('zoom limits and visible counts read from columns agree with a pass over the events', () => {
    expect(zoomLimits(doc.events)).to.deep.equal(zoomLimits(copy));
    expect(knownColumns(doc.events)).to.not.equal(undefined);
    const unread = [...doc.events];
    const { outer } = zoomLimits(doc.events);
    const span = outer[1] - outer[0];
    for (let step = 0; step < 40; step += 1) {
      const from = outer[0] + (span * step) / 40;
      for (const width of [span / 1000, span / 50, span / 3, span]) {
        expect(countVisibleEvents([from, from + width], doc.events)).to.equal(countVisibleEvents([from, from + width], unread));
      }
    }
  });
});

describe('plain dates read without the regular expression', () => {
  it('give the same dates as the full reading', () => {
    // The full reading is what a minute-precision form of the same day goes through.
    for (const year of ['0000', '0001', '0099', '1900', '2000', '2015', '9999']) {
      expect(parseEventDate(year)).to.deep.equal({ date: { precision: 'year', year: Number(year), text: year } });
      for (let month = 1; month <= 12; month += 1) {
        const monthText = `${year}-${String(month).padStart(2, '0')}`;
        expect(parseEventDate(monthText)).to.deep.equal({
          date: { precision: 'month', year: Number(year), month, text: monthText },
        });
        for (let day = 1; day <= 31; day += 1) {
          const text = `${monthText}-${String(day).padStart(2, '0')}`;
          const full = parseEventDate(`${text}T00:00Z`);
          const plain = parseEventDate(text);
          if ('error' in full) {
            expect(plain, text).to.have.property('error').that.matches(/is not a real date/);
          } else {
            const { precision, year: y, month: m, day: d } = full.date;
            expect(precision).to.equal('minute');
            expect(plain, text).to.deep.equal({ date: { precision: 'day', year: y, month: m, day: d, text } });
          }
        }
      }
    }
  });

  it('leave everything else to the full reading and its messages', () => {
    expect(parseEventDate('2015-13')).to.deep.equal({ error: '"2015-13" has month 13: months run from 01 to 12' });
    expect(parseEventDate('2015-00-10')).to.have.property('error').that.matches(/has month 00/);
    expect(parseEventDate('2015/12/02')).to.have.property('error').that.matches(/is not a date this timeline understands/);
    expect(parseEventDate('20a5')).to.have.property('error');
    expect(parseEventDate('-0043-03-15')).to.deep.equal({
      date: { precision: 'day', year: -43, month: 3, day: 15, text: '-0043-03-15' },
    });
  });
});
