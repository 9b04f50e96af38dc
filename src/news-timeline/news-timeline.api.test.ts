// The view methods' contract for invalid arguments: a RangeError that names the argument
// and its value, and a view left as it was.
import { expect, fixture, html } from '@open-wc/testing';
import { ARTICLE_URL, renderSettled } from '../../test/helpers/timeline.js';
import type { NewsTimeline } from './news-timeline.js';

type Call = readonly [label: string, call: (element: NewsTimeline) => void, names: RegExp];

const INVALID_CALLS: readonly Call[] = [
  ['zoomTo with a start in another date format', (e) => e.zoomTo('12/02/2015', '2016'), /zoomTo's start.*"12\/02\/2015"/],
  ['zoomTo with an end that is no real day', (e) => e.zoomTo('2015', '2015-02-30'), /zoomTo's end.*"2015-02-30"/],
  ['zoomTo with a NaN start', (e) => e.zoomTo(Number.NaN, '2016'), /zoomTo's start.*not NaN/],
  ['zoomTo with an infinite end', (e) => e.zoomTo('2015', Infinity), /zoomTo's end.*not Infinity/],
  ['zoomTo with an invalid Date', (e) => e.zoomTo(new Date(Number.NaN), '2016'), /zoomTo's start.*not Invalid Date/],
  ['zoomTo with null', (e) => e.zoomTo(null as unknown as string, '2016'), /zoomTo's start.*not null/],
  ['zoomBy with a factor of 0', (e) => e.zoomBy(0), /zoomBy's factor.*not 0$/],
  ['zoomBy with a negative factor', (e) => e.zoomBy(-2), /zoomBy's factor.*not -2$/],
  ['zoomBy with a NaN factor', (e) => e.zoomBy(Number.NaN), /zoomBy's factor.*not NaN$/],
  ['zoomBy with an infinite factor', (e) => e.zoomBy(Infinity), /zoomBy's factor.*not Infinity$/],
  ['zoomBy with a factor given as text', (e) => e.zoomBy('2' as unknown as number), /zoomBy's factor.*not "2"$/],
  ['zoomBy with an invalid anchor', (e) => e.zoomBy(2, '2015-13'), /zoomBy's anchor.*"2015-13"/],
  ['panBy with a NaN fraction', (e) => e.panBy(Number.NaN), /panBy's fraction.*not NaN$/],
  ['panBy with an infinite fraction', (e) => e.panBy(-Infinity), /panBy's fraction.*not -Infinity$/],
];

describe('<news-timeline> zoomTo, zoomBy and panBy with invalid arguments', () => {
  it('each throws a RangeError naming the argument and its value, and leaves the view as it was', async () => {
    const element = await renderSettled(html`<news-timeline src=${ARTICLE_URL}></news-timeline>`);
    element.zoomTo('2015-06', '2015-12');
    const before = element.view;
    for (const [label, call, names] of INVALID_CALLS) {
      expect(() => call(element), label).to.throw(RangeError, names);
      expect(element.view, label).to.deep.equal(before);
    }
  });

  it('throws before a document has arrived too: the arguments are checked first', async () => {
    const element = await fixture<NewsTimeline>(html`<news-timeline></news-timeline>`);
    for (const [label, call, names] of INVALID_CALLS) expect(() => call(element), label).to.throw(RangeError, names);
    expect(element.view).to.equal(null);
  });

  it('quotes a long value cut short', async () => {
    const element = await fixture<NewsTimeline>(html`<news-timeline></news-timeline>`);
    const long = '2'.repeat(100_000);
    expect(() => element.zoomBy(long as unknown as number)).to.throw(RangeError).with.property('message').that.has.length.below(200);
    const list = Array.from({ length: 100_000 }, (_, i) => i);
    expect(() => element.panBy(list as unknown as number)).to.throw(RangeError).with.property('message').that.has.length.below(200);
  });

  it('valid arguments still move the view', async () => {
    const element = await renderSettled(html`<news-timeline src=${ARTICLE_URL}></news-timeline>`);
    element.zoomTo(Date.UTC(2015, 5, 1), new Date(Date.UTC(2015, 11, 1)));
    const span = () => element.view!.end.getTime() - element.view!.start.getTime();
    const wide = span();
    element.zoomBy(2, '2015-09');
    expect(span()).to.be.closeTo(wide / 2, 1000);
    const start = element.view!.start.getTime();
    element.panBy(0.25);
    expect(element.view!.start.getTime()).to.be.above(start);
  });
});
