import { expect } from '@open-wc/testing';
import { scaleUtc } from 'd3-scale';
import fc from 'fast-check';
import { randomDocument } from '../../../test/helpers/random-documents.js';
import { ARTICLE_URL, loadJson } from '../../../test/helpers/timeline.js';
import type { TimelineDocument, TimelineEvent } from '../document/types.js';
import { timeColumns } from './columns.js';
import { IDENTITY_WARP, timeWarpOf } from './time-warp.js';
import { parse } from '../../../test/helpers/parse.js';

const utc = (day: string) => Date.parse(`${day}T00:00:00Z`);
const YEAR = 365.25 * 86_400_000;

describe('timeWarpOf', () => {
  let article: TimelineDocument;
  before(async () => {
    article = parse(await loadJson(ARTICLE_URL));
  });

  it('finds one break in the article: from the end of 2011 to August 2014, kept short', () => {
    const warp = timeWarpOf(article.events, true);
    expect(warp.breaks).to.have.length(1);
    const [gap] = warp.breaks;
    expect([gap.start, gap.end]).to.deep.equal([utc('2012-01-01'), utc('2014-08-01')]);
    // Before the break one axis unit per ms; the break keeps a few weeks of axis.
    expect(gap.axisStart).to.equal(gap.start);
    expect(gap.axisEnd - gap.axisStart).to.be.within(0.05 * YEAR, 0.2 * YEAR);
    expect(warp.toAxis(gap.end)).to.be.closeTo(gap.axisEnd, 1);
    // After it, slope 1 again.
    expect(warp.toAxis(utc('2015-12-02')) - warp.toAxis(utc('2015-01-01'))).to.be.closeTo(utc('2015-12-02') - utc('2015-01-01'), 1);
  });

  it('memoises per list of events, and is the identity when compress is false', () => {
    expect(timeWarpOf(article.events, true)).to.equal(timeWarpOf(article.events, true));
    expect(timeWarpOf(article.events, false)).to.equal(IDENTITY_WARP);
    expect(IDENTITY_WARP.toAxis(utc('2013-05-05'))).to.equal(utc('2013-05-05'));
    expect(IDENTITY_WARP.toTime(12345)).to.equal(12345);
  });

  it('finds no break in evenly spread documents: random ones, and an event every two years', () => {
    for (const [events, seed] of [[40, 1], [60, 2], [200, 3], [1000, 4]]) {
      const document = parse(randomDocument({ events, seed, spans: 0.1 }));
      expect(timeWarpOf(document.events, true).breaks, `seed ${seed}`).to.deep.equal([]);
    }
    const everyTwoYears = parse({ version: 1, events: Array.from({ length: 12 }, (_, i) => ({ date: `${1990 + 2 * i}`, title: `E${i}` })) });
    expect(timeWarpOf(everyTwoYears.events, true)).to.equal(IDENTITY_WARP);
  });

  it('round-trips, and keeps order, for any time', () => {
    const warp = timeWarpOf(article.events, true);
    // Whole milliseconds, as every time the element handles: below a microsecond, floating
    // point may order two times differently (seen with 0.0004 and 0.001 ms apart).
    const range = fc.integer({ min: utc('2000-01-01'), max: utc('2030-01-01') });
    fc.assert(fc.property(range, range, (a, b) => {
      expect(warp.toTime(warp.toAxis(a))).to.be.closeTo(a, 1);
      if (a < b) expect(warp.toAxis(a)).to.be.at.most(warp.toAxis(b));
    }), { seed: 1612, numRuns: 2000 });
  });

  it('maps as d3 scaleUtc through the same corners does, either way, beyond the ends too', () => {
    const twoBreaks = parse({ version: 1, events: ['1900', '1901', '1902', '1950', '1951', '2000', '2001', '2002'].map((date) => ({ date, title: date })) });
    for (const events of [article.events, twoBreaks.events]) {
      const warp = timeWarpOf(events, true);
      const { breaks } = warp;
      expect(breaks.length).to.be.above(0);
      const reach = breaks[breaks.length - 1].end - breaks[0].start;
      const domain = [breaks[0].start - reach, ...breaks.flatMap((b) => [b.start, b.end]), breaks[breaks.length - 1].end + reach];
      const range = [breaks[0].axisStart - reach, ...breaks.flatMap((b) => [b.axisStart, b.axisEnd]), breaks[breaks.length - 1].axisEnd + reach];
      const scale = scaleUtc<number>().domain(domain).range(range);
      const times = fc.integer({ min: domain[0] - 3 * reach, max: domain[domain.length - 1] + 3 * reach });
      fc.assert(fc.property(times, (ms) => {
        expect(warp.toAxis(ms)).to.equal(scale(ms));
        expect(warp.toTime(ms)).to.equal(+scale.invert(ms));
      }), { seed: 19, numRuns: 2000 });
      for (const corner of [...domain, ...range]) {
        expect(warp.toAxis(corner)).to.equal(scale(corner));
        expect(warp.toTime(corner)).to.equal(+scale.invert(corner));
      }
    }
  });

  it('warps a 100,000-event document from its columns alone, reading no event again', () => {
    let reads = 0;
    const events = <TimelineEvent[]>(<unknown>Array.from({ length: 100_000 }, (_, i) => {
      // Two crowded years ten years apart.
      const startMs = utc('2000-01-01') + (i < 50_000 ? i : i + 8_000_000) * 3_600_000 * 0.35;
      return { startMs, endMs: startMs + 60_000, date: { precision: 'minute' as const }, end: undefined };
    }));
    timeColumns(events);
    // From here on, count every read of an event of the same (memoised) list.
    const original = [...events];
    events.forEach((_, i) => Object.defineProperty(events, i, { get: () => ((reads += 1), original[i]) }));
    const warp = timeWarpOf(events, true);
    expect(reads).to.equal(0);
    expect(warp.breaks).to.have.length(1);
    expect(warp.breaks[0].end - warp.breaks[0].start).to.be.above(YEAR);
  });
});
