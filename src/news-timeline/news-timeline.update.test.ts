import { expect, html } from '@open-wc/testing';
import { eventButtons, focusedInside, renderSettled, shadow } from '../../test/helpers/timeline.js';

// A later document of a drawn timeline (a new `data`; refreshes and filters take the same path)
// is an update in place: the reader's view, open card and tab stop stay where they were.
const YEARS = ['2001', '2003', '2005', '2007', '2009', '2011'];
const doc = (years: readonly string[]) => ({
  version: 1,
  events: years.map((year) => ({ id: `e${year}`, date: `${year}-06-01`, title: `Event of ${year}` })),
});

describe('<news-timeline> given a later document', () => {
  it('keeps a zoomed view, the open card and focus, and draws the new event', async () => {
    const element = await renderSettled(html`<news-timeline proportional .data=${doc(YEARS)}></news-timeline>`);
    element.zoomTo('2004', '2008');
    element.select('e2005');
    await element.updateComplete;
    eventButtons(element).find((button) => button.dataset.id === 'e2007')!.focus();
    const view = element.view;
    element.data = doc([...YEARS, '2006']);
    await element.updateComplete;
    expect(element.view).to.deep.equal(view);
    expect(element.selected).to.equal('e2005');
    expect(shadow(element).querySelector('.card')?.textContent).to.contain('Event of 2005');
    expect(focusedInside(element)?.getAttribute('data-id')).to.equal('e2007');
    expect(eventButtons(element).map((button) => button.dataset.id)).to.include('e2006');
    expect(shadow(element).querySelector('.status')).to.equal(null);
  });

  it('a view of the whole document follows the new whole', async () => {
    const element = await renderSettled(html`<news-timeline proportional .data=${doc(YEARS)}></news-timeline>`);
    const before = element.view!.end.getTime();
    element.data = doc([...YEARS, '2019']);
    await element.updateComplete;
    expect(element.view!.end.getTime()).to.be.above(Date.UTC(2019, 5, 1));
    expect(before).to.be.below(Date.UTC(2012, 0, 1));
  });

  it('closes the card of an event that is gone', async () => {
    const element = await renderSettled(html`<news-timeline .data=${doc(YEARS)} selected="e2003"></news-timeline>`);
    element.data = doc(YEARS.filter((year) => year !== '2003'));
    await element.updateComplete;
    expect(element.selected).to.equal(null);
    expect(shadow(element).querySelector('.card')).to.equal(null);
  });
});
