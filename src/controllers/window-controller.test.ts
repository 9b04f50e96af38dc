import { expect } from '@open-wc/testing';
import { parseTimelineDocument } from '../core/document/parse.js';
import { attach, defineTestHost } from '../../test/helpers/controller-host.js';
import { WindowController, type ViewSettled } from './window-controller.js';

const DAY = 86_400_000;
const { events } = parseTimelineDocument({
  version: 1,
  events: [{ date: '2015-01-01', title: 'First' }, { date: '2015-12-31', title: 'Last' }],
}).document!;

async function setUp() {
  const host = await attach(new (defineTestHost())());
  const settled: ViewSettled[] = [];
  const views = new WindowController(host, (move) => settled.push(move));
  views.reset(events, undefined, undefined);
  return { host, views, settled };
}

const span = (views: WindowController) => views.domain![1] - views.domain![0];

/** Resolves once `settled` holds `count` moves (an animation settles on a later frame). */
function settledTimes(settled: readonly ViewSettled[], count: number): Promise<void> {
  return new Promise((resolve) => {
    const poll = () => (settled.length >= count ? resolve() : requestAnimationFrame(poll));
    poll();
  });
}

describe('WindowController', () => {
  it('reset(events, start, end) opens on the whole document, or on start/end where given', async () => {
    const { views } = await setUp();
    expect(views.domain).to.deep.equal(views.limits!.outer);
    views.reset(events, '2015-03', '2015-04');
    expect(views.domain).to.deep.equal([Date.UTC(2015, 2, 1), Date.UTC(2015, 4, 1)]);
    expect(views.view).to.deep.equal({ start: new Date(Date.UTC(2015, 2, 1)), end: new Date(Date.UTC(2015, 4, 1)) });
    views.clear();
    expect(views.view).to.equal(null);
  });

  it('rescale(events, compress) keeps a window the reader chose, and a whole-document view whole', async () => {
    const { views } = await setUp();
    // Two events in 2011 and two in 2015: 2012–2014 is a break when compressed.
    const gapped = parseTimelineDocument({
      version: 1,
      events: ['2011-01-01', '2011-03-01', '2015-01-01', '2015-03-01'].map((date, i) => ({ date, title: `E${i}` })),
    }).document!.events;
    views.reset(gapped, undefined, undefined, true);
    const compressed = views.limits!.outer;
    views.rescale(gapped, false);
    expect(views.limits!.outer).to.not.deep.equal(compressed);
    expect(views.domain).to.deep.equal(views.limits!.outer);
    const chosen: [number, number] = [Date.UTC(2015, 0, 1), Date.UTC(2015, 1, 1)];
    views.request(chosen, 'wheel', 'direct');
    views.rescale(gapped, true);
    expect(views.domain).to.deep.equal(chosen);
    views.rescale(gapped, false);
    expect(views.domain).to.deep.equal(chosen);
  });

  it('request(domain, source, "direct") moves at once and updates the host; settle(source) reports a move once', async () => {
    const { host, views, settled } = await setUp();
    const before = host.updates;
    const outer = views.limits!.outer;
    views.request([outer[0] + 30 * DAY, outer[0] + 60 * DAY], 'wheel', 'direct');
    expect(views.domain).to.deep.equal([outer[0] + 30 * DAY, outer[0] + 60 * DAY]);
    await host.updateComplete;
    expect(host.updates).to.equal(before + 1);
    views.settle('wheel');
    views.settle('wheel');
    expect(settled).to.deep.equal([{ domain: views.domain, source: 'wheel' }]);
  });

  it('step("zoom-in") halves the window around the anchor, animated, and reports once it has settled', async () => {
    const { views, settled } = await setUp();
    const outer = views.limits!.outer;
    const at = outer[0];
    views.step('zoom-in', 'button', at);
    await settledTimes(settled, 1);
    expect(span(views)).to.be.closeTo((outer[1] - outer[0]) / 2, 1);
    expect(views.domain![0]).to.equal(at);
    expect(settled.map((move) => move.source)).to.deep.equal(['button']);
  });

  it('setFromCode(domain) clamps to the limits and reports nothing; zoomBy checks its factor', async () => {
    const { views, settled } = await setUp();
    const outer = views.limits!.outer;
    views.setFromCode([outer[0] - 1000 * DAY, outer[1] + 1000 * DAY]);
    expect(views.domain).to.deep.equal(outer);
    views.zoomBy(4);
    expect(span(views)).to.be.closeTo((outer[1] - outer[0]) / 4, 1);
    expect(() => views.zoomBy(0)).to.throw(RangeError, /zoomBy's factor/);
    expect(settled).to.deep.equal([]);
  });

  it('reveal(event) pans an event outside the window into it, and leaves one inside alone', async () => {
    const { views, settled } = await setUp();
    const outer = views.limits!.outer;
    views.setFromCode([outer[0], outer[0] + 30 * DAY]);
    const inside = views.domain;
    views.reveal(events[0]);
    expect(views.domain).to.equal(inside);
    views.reveal(events[1]);
    await settledTimes(settled, 1);
    expect(views.domain![1]).to.be.at.least(events[1].startMs);
    expect(settled[0].source).to.equal('keyboard');
  });
});
