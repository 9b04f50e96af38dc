import { expect } from '@open-wc/testing';
import { ARTICLE_URL, loadJson } from '../../../test/helpers/timeline.js';
import type { TimelineDocument } from '../document/types.js';
import { zoomDomain, zoomLimits } from '../window/zoom.js';
import { deriveDrawing } from './drawing.js';
import { halfLabel } from './segment-ticks.js';
import { parse } from '../../../test/helpers/parse.js';

describe('drawing breaks', () => {
  let article: TimelineDocument;
  before(async () => {
    article = parse(await loadJson(ARTICLE_URL));
  });

  it('the article: one break of "3 years" before its second event; none when proportional', () => {
    const limits = zoomLimits(article.events);
    const drawing = deriveDrawing(article, { domain: limits.outer, length: 1280, locale: 'en-GB' });
    expect(drawing.breaks.map(({ label, before }) => ({ label, before }))).to.deep.equal([{ label: '3 years', before: 1 }]);
    const [gap] = drawing.breaks;
    expect(gap.size).to.be.within(4, 200);
    // The events either side sit either side of it, and the stretch after the break gets most of the axis.
    const [first, second] = drawing.items;
    expect(first.anchor).to.be.below(gap.position);
    expect(second.anchor).to.be.at.least(gap.position + gap.size - 1);
    expect(second.anchor).to.be.below(1280 / 2);
    const plain = zoomLimits(article.events, { compress: false });
    const proportional = deriveDrawing(article, { domain: plain.outer, length: 1280, locale: 'en-GB', compress: false });
    expect(proportional.breaks).to.deep.equal([]);
    expect(proportional.items[1].anchor).to.be.above(1280 / 2);
  });

  it('ticks never fall in a break nor under its label, in both orientations and at several zooms', () => {
    const limits = zoomLimits(article.events);
    for (const orientation of ['horizontal', 'vertical'] as const) {
      for (const length of [320, 740, 1280]) {
        for (const zoom of [1, 1.1, 1.3]) {
          const domain = zoomDomain(limits.outer, zoom, limits, limits.warp.breaks[0].start);
          const drawing = deriveDrawing(article, { domain, length, locale: 'en-GB', orientation });
          const what = `${orientation} ${length}px zoom ${zoom}`;
          expect(drawing.breaks, what).to.have.length(1);
          const [gap] = drawing.breaks;
          const middle = gap.position + gap.size / 2;
          for (const tick of drawing.ticks) {
            const room = halfLabel(tick.label, orientation === 'horizontal') + halfLabel(gap.label, orientation === 'horizontal');
            expect(Math.abs(tick.position - middle), `${what}: ${tick.label}`).to.be.at.least(room);
          }
          expect(drawing.ticks.length, what).to.be.above(0);
        }
      }
    }
  });

  it('cluster domains stay in ms through the warp', () => {
    const limits = zoomLimits(article.events);
    const drawing = deriveDrawing(article, { domain: limits.outer, length: 320, locale: 'en-GB', maxRows: 1 });
    expect(drawing.clusters.length).to.be.above(0);
    for (const cluster of drawing.clusters) {
      const members = cluster.members.map((i) => article.events[i]);
      expect(cluster.domain[0]).to.be.closeTo(Math.min(...members.map((e) => e.startMs)), 1);
      expect(cluster.domain[1]).to.be.closeTo(Math.max(...members.map((e) => e.endMs)), 1);
    }
  });
});
