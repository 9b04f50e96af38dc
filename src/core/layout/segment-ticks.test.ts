import { expect } from '@open-wc/testing';
import { ARTICLE_URL, loadJson } from '../../../test/helpers/timeline.js';
import type { TimelineDocument } from '../document/types.js';
import { zoomDomain, zoomLimits } from '../window/zoom.js';
import { drawingBreaks } from './drawing-breaks.js';
import { timeColumns } from './columns.js';
import { halfLabel, segmentTicks } from './segment-ticks.js';
import { IDENTITY_WARP, timeWarpOf } from './time-warp.js';
import type { TimeDomain } from '../time/scale.js';
import { parse } from '../../../test/helpers/parse.js';

describe('segmentTicks', () => {
  let article: TimelineDocument;
  before(async () => {
    article = parse(await loadJson(ARTICLE_URL));
  });

  const ticksOf = (domain: TimeDomain, compress = true, length = 1248) => {
    const warp = timeWarpOf(article.events, compress);
    const axis: TimeDomain = [warp.toAxis(domain[0]), warp.toAxis(domain[1])];
    const breaks = drawingBreaks(warp, axis, length, timeColumns(article.events).starts, 'en-GB');
    return { warp, breaks, ...segmentTicks({ domain, warp, length, textScale: 1, locale: 'en-GB', horizontal: true, breaks }) };
  };

  it('puts no tick inside a break, nor under its label', () => {
    const whole = zoomLimits(article.events, { compress: true }).outer;
    const { warp, breaks, ticks } = ticksOf(whole);
    const [gap] = warp.breaks;
    const [mark] = breaks;
    expect(ticks.length).to.be.above(4);
    for (const tick of ticks) {
      expect(tick.position <= mark.position || tick.position >= mark.position + mark.size, `tick ${tick.label}`).to.equal(true);
      const room = halfLabel(tick.label, true) + halfLabel(mark.label, true);
      expect(Math.abs(tick.position - (mark.position + mark.size / 2)), `tick ${tick.label} clear of "${mark.label}"`).to.be.above(room);
    }
    expect(ticks.map((tick) => tick.label)).to.include('Jan 2011');
    // Both segments are ticked: one before the break, some after it.
    const middle = (gap.start + gap.end) / 2;
    const at = (ms: number) => (warp.toAxis(ms) - warp.toAxis(whole[0])) * (1248 / (warp.toAxis(whole[1]) - warp.toAxis(whole[0])));
    expect(ticks.some((tick) => tick.position < at(middle))).to.equal(true);
    expect(ticks.some((tick) => tick.position > at(middle))).to.equal(true);
  });

  it('is what computeTicks gives on a proportional axis (one segment)', () => {
    const whole = zoomLimits(article.events, { compress: false }).outer;
    const { ticks, breaks, warp } = ticksOf(whole, false);
    expect(warp).to.equal(IDENTITY_WARP);
    expect(breaks).to.deep.equal([]);
    const positions = ticks.map((tick) => tick.position);
    expect(positions).to.deep.equal([...positions].sort((a, b) => a - b));
    expect(positions[0]).to.be.at.least(0);
    expect(positions.at(-1)).to.be.at.most(1248);
  });

  it('keeps its ticks through a small zoom: most dates stay ticked, in the same order', () => {
    const limits = zoomLimits(article.events, { compress: true });
    const before = ticksOf(limits.outer).ticks.map((tick) => tick.label);
    const zoomed = zoomDomain(limits.outer, 1.05, limits);
    const after = ticksOf(zoomed).ticks.map((tick) => tick.label);
    const kept = before.filter((label) => after.includes(label));
    expect(kept.length, `${before.join(", ")} then ${after.join(", ")}`).to.be.at.least(before.length - 2);
    expect(after.filter((label) => kept.includes(label))).to.deep.equal(kept);
  });
});
