import { expect } from '@open-wc/testing';
import { utcMs } from '../time/dates.js';
import type { TimeDomain } from '../time/scale.js';
import {
  clampDomain, finestUsefulSpan, normalizeWheelDelta, panDomain, revealDomain, sameDomain, wheelZoomFactor,
  zoomAbilities, zoomDomain, zoomLimits, type ZoomLimits,
} from './zoom.js';
import type { EventDate } from '../document/types.js';
import { IDENTITY_WARP } from '../layout/time-warp.js';

const DAY = 86_400_000;
const limits: ZoomLimits = { outer: [utcMs(2010), utcMs(2020)], minSpan: DAY, warp: IDENTITY_WARP };
const day = (year: number, month: number, d: number): EventDate => ({ precision: 'day', year, month, day: d, text: '' });

describe('zoom maths', () => {
  it('zoomDomain(domain, 2) halves the span around the centre', () => {
    const next = zoomDomain([utcMs(2012), utcMs(2016)], 2, limits);
    expect(next[1] - next[0]).to.be.closeTo((utcMs(2016) - utcMs(2012)) / 2, 1);
    expect((next[0] + next[1]) / 2).to.be.closeTo((utcMs(2012) + utcMs(2016)) / 2, 1);
  });

  it('zoomDomain keeps the anchor at the same place on screen', () => {
    const domain: TimeDomain = [utcMs(2012), utcMs(2016)];
    const anchor = utcMs(2013);
    const share = (anchor - domain[0]) / (domain[1] - domain[0]);
    const next = zoomDomain(domain, 3, limits, anchor);
    expect((anchor - next[0]) / (next[1] - next[0])).to.be.closeTo(share, 1e-9);
  });

  it('zoomDomain never goes further in than minSpan nor further out than the outer window', () => {
    const tight = zoomDomain([utcMs(2015), utcMs(2015, 1, 3)], 1000, limits);
    expect(tight[1] - tight[0]).to.be.closeTo(DAY, 1);
    const wide = zoomDomain([utcMs(2012), utcMs(2016)], 0.001, limits);
    expect(sameDomain(wide, limits.outer)).to.be.true;
  });

  it('panDomain moves by a share of the span and stops at the edges', () => {
    const next = panDomain([utcMs(2012), utcMs(2014)], 0.5, limits);
    expect(next[0]).to.be.closeTo(utcMs(2013), DAY);
    const stopped = panDomain([utcMs(2017), utcMs(2019)], 5, limits);
    expect(stopped[1]).to.equal(limits.outer[1]);
    expect(stopped[1] - stopped[0]).to.be.closeTo(utcMs(2019) - utcMs(2017), 1);
    const back = panDomain([utcMs(2011), utcMs(2013)], -5, limits);
    expect(back[0]).to.equal(limits.outer[0]);
  });

  it('clampDomain repairs empty, reversed and non-finite windows', () => {
    const empty = clampDomain([utcMs(2015), utcMs(2015)], limits);
    expect(empty[1] - empty[0]).to.equal(limits.outer[1] - limits.outer[0]);
    const nan = clampDomain([Number.NaN, Number.NaN], limits);
    expect(sameDomain(nan, limits.outer)).to.be.true;
  });

  it('finestUsefulSpan: a year for year precision, an hour for minute precision', () => {
    expect(finestUsefulSpan('year')).to.be.closeTo(365.25 * DAY, 1);
    expect(finestUsefulSpan('month')).to.be.within(28 * DAY, 31 * DAY);
    expect(finestUsefulSpan('day')).to.equal(DAY);
    expect(finestUsefulSpan('minute')).to.equal(3_600_000);
  });

  it('zoomLimits takes the finest precision in the document, and its whole span with margin', () => {
    const events = [
      { startMs: utcMs(2011), endMs: utcMs(2012), date: { precision: 'year', year: 2011, text: '' } as EventDate },
      { startMs: utcMs(2015, 12, 2), endMs: utcMs(2015, 12, 3), date: day(2015, 12, 2) },
    ];
    const result = zoomLimits(events);
    expect(result.minSpan).to.equal(DAY);
    expect(result.outer[0]).to.be.below(utcMs(2011));
    expect(result.outer[1]).to.be.above(utcMs(2015, 12, 3));
    const yearsOnly = zoomLimits([events[0], { ...events[0], startMs: utcMs(1990), endMs: utcMs(1991) }]);
    expect(yearsOnly.minSpan).to.be.closeTo(365.25 * DAY, 1);
  });

  it('revealDomain leaves a window alone when the event is inside, and moves it when not', () => {
    const domain: TimeDomain = [utcMs(2012), utcMs(2014)];
    expect(revealDomain(domain, utcMs(2013), utcMs(2013), limits)).to.equal(domain);
    const moved = revealDomain(domain, utcMs(2017), utcMs(2017), limits);
    expect(moved[1] - moved[0]).to.be.closeTo(domain[1] - domain[0], 1);
    expect(utcMs(2017)).to.be.within(moved[0], moved[1]);
  });

  it('zoomAbilities says which steps are left', () => {
    expect(zoomAbilities(limits.outer, limits)).to.deep.equal({ zoomIn: true, zoomOut: false, panBack: false, panForward: false });
    const inner = zoomAbilities([utcMs(2015), utcMs(2015) + DAY], limits);
    expect(inner).to.deep.equal({ zoomIn: false, zoomOut: true, panBack: true, panForward: true });
  });

  it('normalizeWheelDelta turns lines and pages into pixels', () => {
    expect(normalizeWheelDelta(-3, 1)).to.equal(-48);
    expect(normalizeWheelDelta(1, 2)).to.equal(800);
    expect(normalizeWheelDelta(12.5, 0)).to.equal(12.5);
  });

  it('wheelZoomFactor zooms in for negative deltas, out for positive, and bounds one notch', () => {
    expect(wheelZoomFactor(-100)).to.be.closeTo(Math.SQRT2, 1e-9);
    expect(wheelZoomFactor(100)).to.be.closeTo(1 / Math.SQRT2, 1e-9);
    expect(wheelZoomFactor(-2)).to.be.within(1, 1.05);
    expect(wheelZoomFactor(0)).to.equal(1);
  });
});

describe('zoom maths through a time warp', () => {
  // Two crowded stretches a decade apart: 2000 and 2011–2012, with nothing in between.
  const year = (y: number, i: number) => ({
    startMs: utcMs(y, 1 + (i % 12), 1), endMs: utcMs(y, 1 + (i % 12), 2), date: day(y, 1 + (i % 12), 1),
  });
  const events = [...Array.from({ length: 12 }, (_, i) => year(2000, i)), ...Array.from({ length: 24 }, (_, i) => year(2011 + (i >> 4), i))];
  const limits = zoomLimits(events);
  const { warp } = limits;
  const axis = (domain: TimeDomain) => [warp.toAxis(domain[0]), warp.toAxis(domain[1])];
  const fraction = (at: number, domain: TimeDomain) => {
    const [from, to] = axis(domain);
    return (warp.toAxis(at) - from) / (to - from);
  };

  it('compresses the empty decade, and is the identity with compress false', () => {
    expect(warp.breaks).to.have.length(1);
    const plain = zoomLimits(events, { compress: false });
    expect(plain.warp.breaks).to.deep.equal([]);
    // The margin is taken in axis units: the whole document takes far less axis than time.
    const [from, to] = axis(limits.outer);
    expect(to - from).to.be.below((plain.outer[1] - plain.outer[0]) / 2);
  });

  it('zoomDomain keeps the anchor at its axis fraction', () => {
    const domain = limits.outer;
    const anchor = utcMs(2011, 6, 1);
    const share = fraction(anchor, domain);
    const next = zoomDomain(domain, 1.5, limits, anchor);
    expect(fraction(anchor, next)).to.be.closeTo(share, 1e-6);
    expect(next[1] - next[0]).to.be.below(domain[1] - domain[0]);
  });

  it('panDomain moves by a fraction of the axis span, not of the time span', () => {
    const domain: TimeDomain = [utcMs(2000, 6, 1), utcMs(2011, 6, 1)];
    const [from, to] = axis(domain);
    const next = panDomain(domain, 0.1, limits);
    expect(warp.toAxis(next[0]) - from).to.be.closeTo(0.1 * (to - from), 1000);
    expect(warp.toAxis(next[1]) - to).to.be.closeTo(0.1 * (to - from), 1000);
  });

  it('clamps, reveals and tells abilities in axis units', () => {
    expect(sameDomain(clampDomain([utcMs(1990), utcMs(2030)], limits), limits.outer)).to.be.true;
    expect(zoomAbilities(limits.outer, limits)).to.deep.equal({ zoomIn: true, zoomOut: false, panBack: false, panForward: false });
    const shown = revealDomain([utcMs(2000, 1, 1), utcMs(2000, 6, 1)], utcMs(2011, 3, 1), utcMs(2011, 3, 1), limits);
    expect(utcMs(2011, 3, 1)).to.be.within(shown[0], shown[1]);
  });
});
