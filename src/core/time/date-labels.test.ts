import { expect } from '@open-wc/testing';
import { seededRandom } from '../../../test/helpers/random-documents.js';
import { eventColumns } from '../layout/columns.js';
import { formatEventDate } from './format.js';
import { dateLabelList } from './date-labels.js';
import { parse } from '../../../test/helpers/parse.js';

describe('dateLabelList', () => {
  // Years from 151 BC (astronomical -150) to AD 2050: one to four digits, both eras, every
  // month, days 1–28, some spans and approximate dates.
  const random = seededRandom(31);
  const pick = (n: number) => Math.floor(random() * n);
  const year = (y: number) => `${y < 0 ? '-' : ''}${String(Math.abs(y)).padStart(4, '0')}`;
  const two = (n: number) => String(n).padStart(2, '0');
  const document = parse({
    version: 1,
    events: Array.from({ length: 3000 }, (_, i) => {
      const y = -150 + pick(2200);
      const roll = random();
      const date = roll < 0.2 ? year(y) : roll < 0.45 ? `${year(y)}-${two(1 + pick(12))}` : `${year(y)}-${two(1 + pick(12))}-${two(1 + pick(28))}`;
      // Spans of every kind: to a later year, and within a year, a month or a week, where
      // the locale collapses what both ends share ("2–9 December 2015").
      const month = 1 + pick(11);
      const day = 1 + pick(20);
      const ends = [
        { date, end: year(y + 1 + pick(3)) },
        { date: `${year(y)}-${two(month)}`, end: `${year(y)}-${two(month + 1)}` },
        { date: `${year(y)}-${two(month)}-${two(day)}`, end: `${year(y)}-${two(month)}-${two(day + 1 + pick(8))}` },
        { date: `${year(y)}-${two(month)}-${two(day)}`, end: `${year(y)}-${two(month + 1)}-${two(1 + pick(9))}` },
        // The same months and day digits as the one above, a year apart: nothing collapses.
        { date: `${year(y)}-${two(month)}-${two(day)}`, end: `${year(y + 1)}-${two(month + 1)}-${two(1 + pick(9))}` },
      ];
      const dates = i % 7 === 0 ? ends[pick(ends.length)] : { date };
      return { ...dates, title: `Event ${i}`, ...(i % 23 === 0 ? { approximate: true } : {}) };
    }),
  });
  const columns = eventColumns(document.events, document.groups);

  it('the fixture holds every era and length of year', () => {
    expect(document.events).to.have.length(3000);
    expect(document.events.some((event) => event.date.year < 1)).to.be.true;
    expect(document.events.some((event) => event.date.year > 0 && event.date.year < 100)).to.be.true;
    expect(document.events.some((event) => event.date.year >= 1000)).to.be.true;
  });

  for (const locale of ['en-GB', 'en-US', 'de-DE', 'fr-FR', 'pl-PL', 'ru-RU', 'ja-JP', 'zh-CN', 'ko-KR', 'ar', 'ar-EG', 'he', 'hi-IN', 'fa-IR', 'th-TH', 'ja-JP-u-ca-japanese']) {
    it(`lengths(${locale}) are the lengths of the labels, and at(i) is formatEventDate`, () => {
      const labels = dateLabelList(document.events, columns, locale);
      expect(labels.size).to.equal(document.events.length);
      document.events.forEach((event, i) => {
        const label = formatEventDate(event, locale);
        expect(labels.at(i), `${event.date.text} text`).to.equal(label);
        expect(labels.lengths[i], `${event.date.text} → ${label}`).to.equal(label.length);
      });
    });
  }

  it('reads dates built by hand, without a date key, as well', () => {
    const events = document.events.slice(0, 5);
    const labels = dateLabelList(events, { dateKeys: new Int32Array(5).fill(-1), dateKeyEvents: [] }, 'en-GB');
    expect(Array.from({ length: 5 }, (_, i) => labels.at(i))).to.deep.equal(events.map((event) => formatEventDate(event, 'en-GB')));
    expect([...labels.lengths]).to.deep.equal(events.map((event) => formatEventDate(event, 'en-GB').length));
  });
});
