import { expect } from '@open-wc/testing';
import { utcMs } from '../time/dates.js';
import { initialEventId } from './initial-event.js';

// Date order, as the parser leaves them; `index` is the place in the document as written.
const events = [
  { id: 'war', index: 2, startMs: utcMs(2011), endMs: utcMs(2012) },
  { id: 'strikes', index: 0, startMs: utcMs(2014, 8, 8), endMs: utcMs(2014, 8, 9) },
  { id: 'month', index: 3, startMs: utcMs(2015, 11), endMs: utcMs(2015, 12) },
  { id: 'vote', index: 1, startMs: utcMs(2015, 12, 2), endMs: utcMs(2015, 12, 3) },
];

describe('initialEventId', () => {
  it('initialEventId(events, "first" | "last") is the earliest or the latest event', () => {
    expect(initialEventId(events, 'first', 0)).to.equal('war');
    expect(initialEventId(events, 'last', 0)).to.equal('vote');
  });

  it('initialEventId(events, id) is that event; an unknown id, or none, is undefined', () => {
    expect(initialEventId(events, 'month', 0)).to.equal('month');
    expect(initialEventId(events, 'nope', 0)).to.be.undefined;
    expect(initialEventId(events, undefined, 0)).to.be.undefined;
    expect(initialEventId(events, '', 0)).to.be.undefined;
  });

  it('initialEventId(events, "today") is the event closest to now: inside a period counts as no distance', () => {
    expect(initialEventId(events, 'today', utcMs(2030))).to.equal('vote');
    expect(initialEventId(events, 'today', utcMs(1990))).to.equal('war');
    expect(initialEventId(events, 'today', utcMs(2011, 6, 1))).to.equal('war');
    expect(initialEventId(events, 'today', utcMs(2015, 11, 20))).to.equal('month');
    expect(initialEventId(events, 'today', utcMs(2014, 8, 10))).to.equal('strikes');
  });

  it('initialEventId(events, "today") breaks a tie by document order, not date order', () => {
    // 2 December 2015 lies in both "vote" (index 1) and, here, a later-written span (index 0).
    const tied = [
      { id: 'vote', index: 1, startMs: utcMs(2015, 12, 2), endMs: utcMs(2015, 12, 3) },
      { id: 'span', index: 0, startMs: utcMs(2015, 12, 2), endMs: utcMs(2015, 12, 9) },
    ];
    expect(initialEventId(tied, 'today', utcMs(2015, 12, 2, 12))).to.equal('span');
    // Equally far before and after: the one written first.
    const around = [
      { id: 'before', index: 1, startMs: utcMs(2015, 1, 1), endMs: utcMs(2015, 1, 2) },
      { id: 'after', index: 0, startMs: utcMs(2015, 1, 4), endMs: utcMs(2015, 1, 5) },
    ];
    expect(initialEventId(around, 'today', utcMs(2015, 1, 3))).to.equal('after');
  });

  it('initialEventId keywords win over an event of the same id; no events give undefined', () => {
    const named = [
      { id: 'last', index: 0, startMs: 0, endMs: 1 },
      { id: 'first', index: 1, startMs: 2, endMs: 3 },
    ];
    expect(initialEventId(named, 'first', 0)).to.equal('last');
    expect(initialEventId([], 'first', 0)).to.be.undefined;
    expect(initialEventId([], 'last', 0)).to.be.undefined;
    expect(initialEventId([], 'today', 0)).to.be.undefined;
  });
});
