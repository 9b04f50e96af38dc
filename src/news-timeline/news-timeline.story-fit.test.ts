import { expect, html } from '@open-wc/testing';
import { expectNoAxeViolations } from '../../test/helpers/axe.js';
import { ARTICLE_URL, eventButtons, renderSettled, shadow } from '../../test/helpers/timeline.js';
import type { NewsTimeline } from './news-timeline.js';

/** Thirty events every five and a half hours from 1 June 2015: a story of one week. */
const WEEK_STORY = {
  version: 1,
  events: Array.from({ length: 30 }, (_, i) => ({
    id: `e${i}`,
    date: `${new Date(Date.UTC(2015, 5, 1) + i * 5.5 * 3_600_000).toISOString().slice(0, 16)}Z`,
    title: `Event ${i}: ministers meet as the talks resume in Vienna`,
  })),
};

async function renderAt(width: number, element: Promise<NewsTimeline>): Promise<NewsTimeline> {
  const rendered = await element;
  rendered.parentElement!.style.width = `${width}px`;
  for (let i = 0; i < 3; i += 1) await new Promise((resolve) => requestAnimationFrame(resolve));
  await rendered.updateComplete;
  return rendered;
}

/** Labels drawn (not visually hidden), with their boxes. */
function drawnLabels(element: NewsTimeline): DOMRect[] {
  return eventButtons(element)
    .filter((button) => !button.closest('li')!.classList.contains('hidden'))
    .map((button) => button.getBoundingClientRect());
}

/** Every event labelled, at least 24 × 16 px, inside the plot, none over another; no badge. */
function expectEveryEventLabelled(element: NewsTimeline, what: string): void {
  const root = shadow(element);
  expect(root.querySelectorAll('.cluster'), `${what}: badges`).to.have.length(0);
  const boxes = drawnLabels(element);
  expect(boxes, `${what}: labels`).to.have.length(element.timelineDocument!.events.length);
  const plot = root.querySelector('.plot')!.getBoundingClientRect();
  boxes.forEach((box, i) => {
    expect(box.width >= 24 && box.height >= 16, `${what}: label ${i} is ${box.width} × ${box.height}`).to.be.true;
    expect(box.left >= plot.left - 0.5 && box.right <= plot.right + 0.5, `${what}: label ${i} inside across`).to.be.true;
    expect(box.top >= plot.top - 0.5 && box.bottom <= plot.bottom + 0.5, `${what}: label ${i} inside along`).to.be.true;
    for (const other of boxes.slice(i + 1)) {
      const apart = box.right <= other.left + 0.5 || other.right <= box.left + 0.5 || box.bottom <= other.top + 0.5 || other.bottom <= box.top + 0.5;
      expect(apart, `${what}: label ${i} overlaps another`).to.be.true;
    }
  });
}

/** The element is as tall as what it holds: the page scrolls, nothing inside it does. */
function expectNoInnerScroll(element: NewsTimeline, what: string): void {
  const timeline = shadow(element).querySelector('.timeline')!;
  expect(element.getBoundingClientRect().height, what).to.be.closeTo(timeline.getBoundingClientRect().height, 1);
  for (const box of [element, timeline, shadow(element).querySelector('.plot')!]) {
    expect(box.scrollHeight, `${what}: ${box.className || box.localName} scrolls`).to.be.at.most(box.clientHeight + 1);
  }
}

describe('<news-timeline> story-sized documents fit', () => {
  it('a 30-event story of one week at 390 px grows tall enough to label every event, and the page scrolls', async () => {
    const element = await renderAt(390, renderSettled(html`<news-timeline .data=${WEEK_STORY}></news-timeline>`));
    expect(shadow(element).querySelector('.timeline.vertical')).to.exist;
    expectEveryEventLabelled(element, 'week story at 390 px');
    expectNoInnerScroll(element, 'week story at 390 px');
    // Within the cap: four 800 px phone screens.
    expect(shadow(element).querySelector('.plot')!.getBoundingClientRect().height).to.be.within(960, 3200);
    await expectNoAxeViolations(element);
  });

  it('the article at 1280 px labels all nine events with no badge', async () => {
    const element = await renderAt(1280, renderSettled(html`<news-timeline src=${ARTICLE_URL}></news-timeline>`));
    expectEveryEventLabelled(element, 'article at 1280 px');
    expectNoInnerScroll(element, 'article at 1280 px');
  });

  it('the article at 390 px is as tall as its content, with no scroll inside', async () => {
    const element = await renderAt(390, renderSettled(html`<news-timeline src=${ARTICLE_URL}></news-timeline>`));
    expectNoInnerScroll(element, 'article at 390 px');
  });

  // Three events dated "2015" and two "December 2015" share a marker: one label column only
  // holds them all because labels move along the axis, each beside its own event.
  it('the article at 390 px labels all nine events with no badge', async () => {
    const element = await renderAt(390, renderSettled(html`<news-timeline src=${ARTICLE_URL}></news-timeline>`));
    expectEveryEventLabelled(element, 'article at 390 px');
  });

  it('in a tall vertical story, an event\'s card opens on the same screen as the event, not at the column\'s end', async () => {
    const element = await renderAt(390, renderSettled(html`<news-timeline .data=${WEEK_STORY}></news-timeline>`));
    const button = eventButtons(element)[1];
    button.scrollIntoView({ block: 'center' });
    button.click();
    await element.updateComplete;
    await new Promise((resolve) => requestAnimationFrame(resolve));
    const card = shadow(element).querySelector('.card')!;
    expect(shadow(element).activeElement).to.equal(card);
    const label = button.getBoundingClientRect();
    const box = card.getBoundingClientRect();
    expect(label.bottom > 0 && label.top < innerHeight, `label at ${label.top}`).to.be.true;
    expect(box.top >= 0 && box.bottom <= innerHeight + 1, `card from ${box.top} to ${box.bottom}`).to.be.true;
    await expectNoAxeViolations(element);
  });
});
