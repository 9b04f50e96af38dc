// Large documents: what the element builds is bounded by what is on screen, not by the
// document, and what it leaves out stays reachable by keyboard and correctly counted.
// (Speed is measured by `npm run bench`, never asserted here.)
import { expect, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { randomDocument } from './helpers/random-documents.js';
import { eventButtons, focusedInside, renderSettled, shadow } from './helpers/timeline.js';
import { liveRegion, setReducedMotion, wheel } from './helpers/zoom.js';
import { expectNoAxeViolations } from './helpers/axe.js';
import { countVisibleEvents } from '../src/core/window/announce.js';
import type { NewsTimeline } from '../src/news-timeline/news-timeline.js';

/** Every node in the element's shadow tree. */
function countNodes(element: NewsTimeline): number {
  let count = 0;
  const walker = document.createTreeWalker(shadow(element), NodeFilter.SHOW_ALL);
  while (walker.nextNode()) count += 1;
  return count;
}

/** Generous for a 960 px plot (labels, clusters, one marker per pixel), and far below one node per event. */
const NODE_BOUND = 4000;

describe('<news-timeline> with large documents', () => {
  before(() => setReducedMotion(true));
  after(() => setReducedMotion(false));

  it('keeps its DOM bounded by the window at 100,000 events, zoomed out and in', async () => {
    const doc = randomDocument({ events: 100_000, seed: 8, groups: 2 });
    const element = await renderSettled(html`<news-timeline .data=${doc}></news-timeline>`);
    expect(element.timelineDocument!.events).to.have.length(100_000);
    expect(countNodes(element), 'whole document in view').to.be.below(NODE_BOUND);
    expect(shadow(element).querySelector('.print-list'), 'the print list waits for printing').to.equal(null);
    const badges = [...shadow(element).querySelectorAll('.cluster')];
    const labelled = eventButtons(element).length;
    // "+1,234": the count as the reader's language writes numbers (English here).
    const merged = badges.reduce((sum, badge) => sum + Number(badge.textContent.replace(/\D/g, '')), 0);
    // Every event is in view: each has a label or is counted in a badge (badges may also
    // count neighbours just outside the edge that share them).
    expect(labelled + merged).to.be.at.least(100_000);
    for (let i = 0; i < 6; i += 1) {
      wheel(element, { ctrlKey: true, deltaY: -50 });
      await element.updateComplete;
    }
    expect(countNodes(element), 'zoomed in').to.be.below(NODE_BOUND);
  });

  it('lists what is drawn with its place in the whole, and the keyboard still reaches every event', async () => {
    const doc = randomDocument({ events: 10_000, seed: 3 });
    const element = await renderSettled(html`<news-timeline .data=${doc}></news-timeline>`);
    const events = element.timelineDocument!.events;
    const buttons = eventButtons(element);
    expect(buttons.length).to.be.below(400);
    const items = [...shadow(element).querySelectorAll('ol.events > li')];
    for (const item of items) expect(item.getAttribute('aria-setsize')).to.equal('10000');
    const first = buttons[0];
    expect(first.dataset.id).to.equal(events[0].id);
    expect(first.parentElement!.getAttribute('aria-posinset')).to.equal('1');

    first.focus();
    await sendKeys({ press: 'End' });
    await element.updateComplete;
    const last = focusedInside(element) as HTMLElement;
    expect(last.dataset.id, 'End reaches the last event, wherever it was').to.equal(events[9_999].id);
    expect(last.parentElement!.getAttribute('aria-posinset')).to.equal('10000');

    await sendKeys({ press: 'ArrowLeft' });
    await element.updateComplete;
    expect((focusedInside(element) as HTMLElement).dataset.id).to.equal(events[9_998].id);
    await sendKeys({ press: 'Home' });
    await element.updateComplete;
    const back = focusedInside(element) as HTMLElement;
    expect(back.dataset.id).to.equal(events[0].id);
    expect(back.getAttribute('tabindex'), 'still the one tab stop').to.equal('0');
    expect(shadow(element).querySelectorAll('ol.events button[tabindex="0"]')).to.have.length(1);
  });

  it('keeps the focused label the same node while zooming culls its neighbours', async () => {
    const doc = randomDocument({ events: 10_000, seed: 4 });
    const element = await renderSettled(html`<news-timeline .data=${doc}></news-timeline>`);
    const button = eventButtons(element)[0];
    button.focus();
    for (let i = 0; i < 4; i += 1) {
      wheel(element, { ctrlKey: true, deltaY: i < 2 ? -50 : 50 });
      await element.updateComplete;
    }
    expect(focusedInside(element)).to.equal(button);
    expect(button.isConnected).to.be.true;
  });

  it('announces the count of events in view out of the whole document', async () => {
    const doc = randomDocument({ events: 10_000, seed: 6 });
    const element = await renderSettled(html`<news-timeline .data=${doc}></news-timeline>`);
    element.focus();
    shadow(element).querySelector<HTMLButtonElement>('.control-zoom-in, [part~="control-zoom-in"]')!.click();
    await element.updateComplete;
    await new Promise((resolve) => setTimeout(resolve, 50));
    await element.updateComplete;
    const view = element.view!;
    const expected = countVisibleEvents([view.start.getTime(), view.end.getTime()], element.timelineDocument!.events);
    expect(expected).to.be.within(1, 9_999);
    expect(liveRegion(element).textContent).to.match(new RegExp(`, ${new Intl.NumberFormat('en').format(expected)} of 10,000 events$`));
  });

  it('builds the print list when the page prints, and drops it after', async () => {
    const doc = randomDocument({ events: 5_000, seed: 7 });
    const element = await renderSettled(html`<news-timeline .data=${doc}></news-timeline>`);
    expect(shadow(element).querySelector('.print-list')).to.equal(null);
    window.dispatchEvent(new Event('beforeprint'));
    // At once: the browser lays out the printed pages right after beforeprint.
    expect(shadow(element).querySelectorAll('.print-list > li')).to.have.length(5_000);
    window.dispatchEvent(new Event('afterprint'));
    await element.updateComplete;
    expect(shadow(element).querySelector('.print-list')).to.equal(null);
  });

  it('has no axe violations with 10,000 events', async () => {
    const doc = randomDocument({ events: 10_000, seed: 5, groups: 3 });
    const element = await renderSettled(html`<news-timeline .data=${doc}></news-timeline>`);
    await expectNoAxeViolations(element);
  });
});
