import { expect } from '@open-wc/testing';
import { utcMs } from '../time/dates.js';
import { en } from '../../localize/en.js';
import { countVisibleEvents, describeVisibleRange, rangePrecision } from './announce.js';

const DAY = 86_400_000;
const events = [
  { startMs: utcMs(2011), endMs: utcMs(2012) },
  { startMs: utcMs(2014, 8), endMs: utcMs(2016) },
  { startMs: utcMs(2015, 9), endMs: utcMs(2015, 10) },
  { startMs: utcMs(2015, 12, 2), endMs: utcMs(2015, 12, 3) },
];

describe('describeVisibleRange', () => {
  it('describeVisibleRange names the window at a precision fit for its span, and counts events in it', () => {
    expect(describeVisibleRange([utcMs(2014, 8), utcMs(2016)], events, 'en-GB', en)).to.equal(
      'Showing August 2014 to December 2015, 3 of 4 events',
    );
    expect(describeVisibleRange([utcMs(2010), utcMs(2017)], events, 'en-GB', en)).to.equal(
      'Showing 2010 to 2016, 4 of 4 events',
    );
    expect(describeVisibleRange([utcMs(2015, 11, 30), utcMs(2015, 12, 7)], events, 'en-GB', en)).to.equal(
      'Showing 30 November 2015 to 6 December 2015, 2 of 4 events',
    );
  });

  it('describeVisibleRange uses the locale for dates', () => {
    expect(describeVisibleRange([utcMs(2014, 8), utcMs(2016)], events, 'de', en)).to.contain('August 2014 to Dezember 2015');
  });

  it('describeVisibleRange says "event" of a one-event document, and reads the table it is given', () => {
    expect(describeVisibleRange([utcMs(2010), utcMs(2017)], events.slice(0, 1), 'en-GB', en)).to.equal('Showing 2010 to 2016, 1 of 1 event');
    const strings = { ...en, showing: ({ visible, total }: { visible: number; total: number }) => `${visible}/${total}` };
    expect(describeVisibleRange([utcMs(2010), utcMs(2017)], events, 'de', strings)).to.equal('4/4');
  });

  it('rangePrecision steps from years to minutes as the window narrows', () => {
    expect([10 * 365 * DAY, 365 * DAY, 7 * DAY, DAY / 2].map(rangePrecision)).to.deep.equal(['year', 'month', 'day', 'minute']);
  });

  it('countVisibleEvents counts periods that overlap the window, spans included', () => {
    expect(countVisibleEvents([utcMs(2015, 1), utcMs(2015, 2)], events)).to.equal(1);
    expect(countVisibleEvents([utcMs(2012), utcMs(2014)], events)).to.equal(0);
  });
});
