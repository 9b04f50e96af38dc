import { expect } from '@open-wc/testing';
import { utcMs } from './dates.js';
import { chooseTickSpec, computeTicks, maxTickCount } from './ticks.js';
import type { TimeDomain } from './scale.js';

/** A small seeded generator, so the property tests see the same cases every run. */
function mulberry32(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const HOUR = 3_600_000;

describe('computeTicks', () => {
  it('computeTicks over five years at 960 px steps in years or months', () => {
    const domain: TimeDomain = [utcMs(2011), utcMs(2016)];
    const { spec, ticks } = computeTicks(domain, 960, 'en-GB');
    expect(['year', 'month']).to.include(spec.unit);
    expect(ticks.map((tick) => tick.label)).to.include('Jan 2012');
  });

  it('computeTicks changes granularity with the zoom: decades → years → months → days → hours', () => {
    const units = [
      [utcMs(1900), utcMs(2020)],
      [utcMs(2005), utcMs(2016)],
      [utcMs(2015, 6), utcMs(2015, 12)],
      [utcMs(2015, 11, 25), utcMs(2015, 12, 5)],
      [utcMs(2015, 12, 2, 6), utcMs(2015, 12, 2, 18)],
    ].map((domain) => chooseTickSpec(domain as unknown as TimeDomain, 800));
    expect(units.map((spec) => spec.unit)).to.deep.equal(['year', 'year', 'month', 'day', 'hour']);
    expect(units[0].step).to.be.at.least(10);
  });

  it('computeTicks labels months by name and marks the new year', () => {
    const { ticks } = computeTicks([utcMs(2014, 11), utcMs(2015, 3)], 800, 'en-GB');
    expect(ticks.map((tick) => tick.label)).to.deep.equal(['Nov 2014', 'Dec', 'Jan 2015', 'Feb', 'Mar']);
  });

  it('computeTicks labels days and hours in the locale', () => {
    const days = computeTicks([utcMs(2015, 11, 28), utcMs(2015, 12, 6)], 800, 'de');
    expect(days.spec.unit).to.equal('day');
    const labels = days.ticks.map((tick) => tick.label);
    expect(labels[0]).to.equal('28. Nov. 2015');
    expect(labels).to.include('2. Dez.');
    const hours = computeTicks([utcMs(2015, 12, 2, 20), utcMs(2015, 12, 3, 2)], 600, 'en-GB').ticks;
    expect(hours[0].label).to.match(/^2 Dec.*21:00$/);
    expect(hours.some((tick) => /^3 Dec.*00:00$/.test(tick.label))).to.be.true;
  });

  it('computeTicks names BC years', () => {
    const { ticks } = computeTicks([utcMs(-60), utcMs(30)], 800, 'en-GB');
    const labels = ticks.map((tick) => tick.label);
    expect(labels.some((text) => text.endsWith('BC'))).to.be.true;
    expect(labels).to.include('1 BC');
  });

  it('computeTicks never crowds: tick count stays within the width bound for random domains', () => {
    const random = mulberry32(20151202);
    for (let i = 0; i < 300; i += 1) {
      const start = utcMs(1800) + random() * (utcMs(2100) - utcMs(1800));
      const span = HOUR * Math.exp(random() * Math.log(24 * 365 * 400));
      const width = 200 + Math.floor(random() * 1800);
      const domain: TimeDomain = [start, start + span];
      const { spec, ticks } = computeTicks(domain, width, 'en-GB');
      expect(ticks.length, `${new Date(start).toISOString()} +${span}ms at ${width}px`).to.be.at.most(
        maxTickCount(width, spec),
      );
      expect(ticks.length).to.be.at.least(1);
      for (const tick of ticks) expect(tick.ms).to.be.within(domain[0], domain[1]);
    }
  });
});
