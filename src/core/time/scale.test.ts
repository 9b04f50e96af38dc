import { expect } from '@open-wc/testing';
import { utcMs } from './dates.js';
import { createTimeScale, documentDomain, DOMAIN_MARGIN, eventAnchorMs } from './scale.js';
import type { EventDate } from '../document/types.js';

const DAY = 86_400_000;
const yearDate: EventDate = { precision: 'year', year: 2011, text: '2011' };

describe('scale', () => {
  it('createTimeScale maps time to pixels in proportion', () => {
    const scale = createTimeScale([utcMs(2000), utcMs(2000, 1, 11)], [0, 1000]);
    expect(scale(utcMs(2000, 1, 6))).to.be.closeTo(500, 1e-9);
    expect(scale.invert(1000).getTime()).to.equal(utcMs(2000, 1, 11));
  });

  it('documentDomain covers every event period with a margin each side', () => {
    const events = [
      { startMs: utcMs(2011), endMs: utcMs(2012) },
      { startMs: utcMs(2015, 12, 2), endMs: utcMs(2015, 12, 3) },
    ];
    const [start, end] = documentDomain(events);
    const span = utcMs(2015, 12, 3) - utcMs(2011);
    expect(start).to.be.closeTo(utcMs(2011) - span * DOMAIN_MARGIN, 1);
    expect(end).to.be.closeTo(utcMs(2015, 12, 3) + span * DOMAIN_MARGIN, 1);
  });

  it('documentDomain of one minute-long event is at least a day wide', () => {
    const [start, end] = documentDomain([{ startMs: 0, endMs: 60_000 }]);
    expect(end - start).to.be.at.least(DAY);
    expect(start).to.be.below(0);
    expect(end).to.be.above(60_000);
  });

  it('documentDomain of nothing is an error, not a silent default', () => {
    expect(() => documentDomain([])).to.throw(RangeError);
  });

  it('eventAnchorMs puts a point date in the middle of its period, a span at its start', () => {
    const point = { startMs: utcMs(2011), endMs: utcMs(2012), date: yearDate, end: undefined };
    expect(eventAnchorMs(point)).to.equal(utcMs(2011) + (utcMs(2012) - utcMs(2011)) / 2);
    const span = { startMs: utcMs(2014, 8), endMs: utcMs(2016), date: yearDate, end: yearDate };
    expect(eventAnchorMs(span)).to.equal(utcMs(2014, 8));
  });
});
