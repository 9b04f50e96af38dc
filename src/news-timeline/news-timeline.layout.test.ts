import { expect, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { expectNoAxeViolations } from '../../test/helpers/axe.js';
import { ARTICLE_URL, eventButtons, focusedInside, loadJson, markerPoints, renderSettled, shadow } from '../../test/helpers/timeline.js';
import { setReducedMotion } from '../../test/helpers/zoom.js';
import type { NewsTimeline } from './news-timeline.js';

const DENSE_WEEK = '/test/fixtures/layouts/dense-week.json';
const MANY_LANES = '/test/fixtures/layouts/many-lanes.json';
const LONG_SPAN = '/test/fixtures/layouts/long-span.json';

async function renderAt(width: number, template: ReturnType<typeof html>): Promise<NewsTimeline> {
  const element = await renderSettled(template);
  element.parentElement!.style.width = `${width}px`;
  await settleSize(element);
  return element;
}

/** Waits for the resize observer's frame and the update it asks for. */
async function settleSize(element: NewsTimeline): Promise<void> {
  for (let i = 0; i < 3; i += 1) await new Promise((resolve) => requestAnimationFrame(resolve));
  await element.updateComplete;
}

/** Drawn labels: buttons of list items that are not visually hidden. */
function drawnLabels(element: NewsTimeline): HTMLButtonElement[] {
  return eventButtons(element).filter((button) => !button.closest('li')!.classList.contains('hidden'));
}

function expectNoOverlapsInside(element: NewsTimeline, what: string): void {
  const host = element.getBoundingClientRect();
  const boxes = drawnLabels(element).map((button) => ({ id: button.dataset.id, box: button.getBoundingClientRect() }));
  expect(boxes.length, `${what}: some labels are drawn`).to.be.greaterThan(0);
  for (const { id, box } of boxes) {
    expect(box.left, `${what}: ${id} left`).to.be.at.least(host.left - 0.5);
    expect(box.right, `${what}: ${id} right`).to.be.at.most(host.right + 0.5);
  }
  for (let i = 0; i < boxes.length; i += 1) {
    for (let j = i + 1; j < boxes.length; j += 1) {
      const a = boxes[i].box;
      const b = boxes[j].box;
      const apart = a.right <= b.left + 0.5 || b.right <= a.left + 0.5 || a.bottom <= b.top + 0.5 || b.bottom <= a.top + 0.5;
      expect(apart, `${what}: ${boxes[i].id} overlaps ${boxes[j].id}`).to.be.true;
    }
  }
}

function clusterBadges(element: NewsTimeline): HTMLButtonElement[] {
  return [...shadow(element).querySelectorAll<HTMLButtonElement>('.cluster')];
}

describe('<news-timeline> layouts', () => {
  afterEach(() => setReducedMotion(false));

  for (const width of [320, 768, 1280]) {
    for (const fixture of [DENSE_WEEK, MANY_LANES, LONG_SPAN, ARTICLE_URL]) {
      it(`${fixture.split('/').pop()} at ${width} px: no label overlaps another or leaves the timeline; clusters hold the rest`, async () => {
        const element = await renderAt(width, html`<news-timeline src=${fixture}></news-timeline>`);
        const what = `${fixture} at ${width}px`;
        expectNoOverlapsInside(element, what);
        const inView = eventButtons(element).length;
        const clustered = clusterBadges(element).reduce((sum, badge) => sum + Number(badge.textContent.trim().slice(1)), 0);
        expect(drawnLabels(element).length + clustered, `${what}: every event is labelled or counted`).to.equal(inView);
        expect(element.scrollWidth, `${what}: no horizontal scrolling`).to.be.at.most(element.clientWidth + 1);
        await expectNoAxeViolations(element);
      });
    }
  }

  it('orientation="auto" follows the element\'s own width, not the viewport; the attribute forces one', async () => {
    const element = await renderAt(400, html`<news-timeline src=${ARTICLE_URL}></news-timeline>`);
    const base = () => shadow(element).querySelector('.timeline')!;
    expect(base().classList.contains('vertical')).to.be.true;
    element.parentElement!.style.width = '900px';
    await settleSize(element);
    expect(base().classList.contains('vertical')).to.be.false;
    element.orientation = 'vertical';
    await element.updateComplete;
    expect(base().classList.contains('vertical')).to.be.true;
    element.parentElement!.style.width = '320px';
    element.orientation = 'horizontal';
    await settleSize(element);
    expect(base().classList.contains('vertical')).to.be.false;
  });

  it('vertical: time runs down the page, ↑/↓ move between events, and it stays zoomable', async () => {
    await setReducedMotion(true);
    const element = await renderAt(360, html`<news-timeline src=${LONG_SPAN}></news-timeline>`);
    const markers = markerPoints(element).map((point) => point.y);
    expect(markers.length).to.be.above(1);
    expect(markers).to.deep.equal([...markers].sort((a, b) => a - b));
    eventButtons(element)[0].focus();
    await sendKeys({ press: 'ArrowDown' });
    expect(focusedInside(element)).to.equal(eventButtons(element)[1]);
    await sendKeys({ press: 'ArrowUp' });
    expect(focusedInside(element)).to.equal(eventButtons(element)[0]);
    await sendKeys({ press: 'ArrowRight' });
    expect(focusedInside(element)).to.equal(eventButtons(element)[0]);
    const span = () => element.view!.end.getTime() - element.view!.start.getTime();
    const before = span();
    await sendKeys({ press: '+' });
    expect(span()).to.be.closeTo(before / 2, 1000);
    await expectNoAxeViolations(element);
  });

  it('right-to-left locales mirror the axis and the arrow keys', async () => {
    const element = await renderAt(1000, html`<news-timeline locale="ar" src=${LONG_SPAN}></news-timeline>`);
    expect(shadow(element).querySelector('.timeline')!.getAttribute('dir')).to.equal('rtl');
    const xs = markerPoints(element).map((point) => point.x);
    expect(xs[0]).to.be.greaterThan(xs[xs.length - 1]);
    eventButtons(element)[0].focus();
    await sendKeys({ press: 'ArrowLeft' });
    expect(focusedInside(element)).to.equal(eventButtons(element)[1]);
    await sendKeys({ press: 'ArrowRight' });
    expect(focusedInside(element)).to.equal(eventButtons(element)[0]);
    // Digits come from Intl for the locale: Latin or Arabic-Indic, as this engine's data has it.
    const year = new Intl.DateTimeFormat('ar', { year: 'numeric', timeZone: 'UTC' }).format(Date.UTC(2011, 6, 1));
    expect(eventButtons(element)[0].querySelector('time')!.textContent).to.equal(year);
    await expectNoAxeViolations(element);
  });

  it('labels dates in the locale: en-GB, en-US, de, ar, ja', async () => {
    const expected: Record<string, string> = {
      'en-GB': '2 December 2015',
      'en-US': 'December 2, 2015',
      de: '2. Dezember 2015',
      ja: '2015年12月2日',
    };
    for (const locale of ['en-GB', 'en-US', 'de', 'ar', 'ja']) {
      const element = await renderAt(900, html`<news-timeline locale=${locale} src=${ARTICLE_URL}></news-timeline>`);
      const vote = eventButtons(element).find((button) => button.dataset.id === 'uk-commons-vote')!;
      const label = vote.querySelector('time')!.textContent;
      if (locale === 'ar') expect(label).to.contain('ديسمبر');
      else expect(label).to.equal(expected[locale]);
    }
  });

  it('groups become lanes in document order, with their names; a lane with nothing in view keeps its name', async () => {
    const doc = (await loadJson(MANY_LANES)) as { groups: { label: string }[] };
    const element = await renderAt(1280, html`<news-timeline src=${MANY_LANES}></news-timeline>`);
    const names = () => [...shadow(element).querySelectorAll('.lane-label')].map((label) => label.textContent.trim());
    expect(names()).to.deep.equal([...doc.groups.map((group) => group.label), 'Other events']);
    element.zoomTo('2013-06', '2013-06');
    await element.updateComplete;
    expect(names()).to.deep.equal([...doc.groups.map((group) => group.label), 'Other events']);
  });

  it('a cluster badge zooms in to reveal its events, from a click or Enter', async () => {
    await setReducedMotion(true);
    // Past STORY_MAX events: a story as small as DENSE_WEEK gets the rows to label every event.
    const element = await renderAt(400, html`<news-timeline orientation="horizontal" src=${MANY_LANES}></news-timeline>`);
    const before = element.view!;
    const badge = clusterBadges(element)[0];
    expect(badge.getAttribute('aria-label')).to.match(/^\d+ more events, .+: show them$/);
    const hiddenBefore = eventButtons(element).length - drawnLabels(element).length;
    badge.focus();
    await sendKeys({ press: 'Enter' });
    await element.updateComplete;
    expect(element.view!.end.getTime() - element.view!.start.getTime()).to.be.below(before.end.getTime() - before.start.getTime());
    expect(eventButtons(element).length - drawnLabels(element).length).to.not.equal(hiddenBefore);
    expectNoOverlapsInside(element, 'after revealing');
  });

  it('a cluster that zooming cannot split lists its events, and picking one opens its card', async () => {
    // More than a story's 30 events, so they cannot all get a row.
    const events = Array.from({ length: 40 }, (_, i) => ({ id: `same-${i}`, date: '2015-12-02', title: `Same day ${i}` }));
    const element = await renderAt(700, html`<news-timeline orientation="horizontal" .data=${{ version: 1, events }}></news-timeline>`);
    element.zoomBy(1000);
    await element.updateComplete;
    const badge = clusterBadges(element)[0];
    badge.click();
    await element.updateComplete;
    const card = shadow(element).querySelector('.cluster-card')!;
    expect(card).to.exist;
    const members = [...card.querySelectorAll<HTMLButtonElement>('button.member')];
    expect(members).to.have.length(Number(badge.textContent.trim().slice(1)));
    members[0].click();
    await element.updateComplete;
    expect(element.selected).to.match(/^same-\d+$/);
    expect(shadow(element).querySelector('.card h3')!.textContent).to.match(/^Same day \d+$/);
  });

  it('an event that keyboard focus reaches inside a cluster shows its label', async () => {
    const element = await renderAt(400, html`<news-timeline orientation="horizontal" src=${MANY_LANES}></news-timeline>`);
    const hidden = eventButtons(element).findIndex((button) => button.closest('li')!.classList.contains('hidden'));
    expect(hidden).to.be.greaterThan(0);
    eventButtons(element)[0].focus();
    for (let i = 0; i < hidden; i += 1) await sendKeys({ press: 'ArrowRight' });
    await element.updateComplete;
    const focused = focusedInside(element) as HTMLButtonElement;
    expect(focused).to.equal(eventButtons(element)[hidden]);
    expect(focused.closest('li')!.classList.contains('hidden')).to.be.false;
    expectNoOverlapsInside(element, 'with a pinned event');
  });

  it('spans draw as bars; months and years show a bracket once wider than a marker', async () => {
    const element = await renderAt(1000, html`<news-timeline src=${LONG_SPAN}></news-timeline>`);
    expect(shadow(element).querySelectorAll('rect.span').length).to.equal(1);
    // Brackets are one path, a subpath each. 2011 (a year) is wide enough at this zoom; July
    // 2017 (a month) is not, until zoomed in.
    const brackets = () => shadow(element).querySelector('path.bracket')!.getAttribute('d')!.match(/M/g)?.length ?? 0;
    expect(brackets()).to.equal(1);
    element.zoomTo('2017-01', '2017-12');
    await element.updateComplete;
    expect(brackets()).to.equal(1);
    const bracket = shadow(element).querySelector<SVGPathElement>('path.bracket')!.getBBox();
    expect(markerPoints(element).some(({ x }) => x >= bracket.x && x <= bracket.x + bracket.width)).to.be.true;
  });

  it('custom properties and ::part() restyle it from the page', async () => {
    const style = document.createElement('style');
    style.textContent = `
      .themed { --news-timeline-accent: rgb(200, 0, 0); --news-timeline-font-family: monospace; --news-timeline-marker-size: 20px; }
      .themed::part(event) { background-color: rgb(1, 2, 3); }
      .themed::part(lane-label) { color: rgb(4, 5, 6); }
      .themed::part(control-zoom-in) { border-color: rgb(7, 8, 9); }`;
    document.head.append(style);
    const element = await renderAt(1000, html`<news-timeline class="themed" src=${ARTICLE_URL}></news-timeline>`);
    const root = shadow(element);
    const markers = getComputedStyle(root.querySelector('path.markers:not(.inner)')!);
    expect(markers.stroke).to.equal('rgb(200, 0, 0)');
    // 20 px across, the ring included: a round dot 22 px wide, its inside 18 px.
    expect(Number.parseFloat(markers.strokeWidth)).to.be.closeTo(22, 0.5);
    expect(Number.parseFloat(getComputedStyle(root.querySelector('path.markers.inner')!).strokeWidth)).to.be.closeTo(18, 0.5);
    expect(getComputedStyle(eventButtons(element)[0]).backgroundColor).to.equal('rgb(1, 2, 3)');
    expect(getComputedStyle(root.querySelector('.lane-label')!).color).to.equal('rgb(4, 5, 6)');
    expect(getComputedStyle(root.querySelector('[data-action="zoom-in"]')!).borderTopColor).to.equal('rgb(7, 8, 9)');
    expect(getComputedStyle(root.querySelector('.timeline')!).fontFamily).to.equal('monospace');
    style.remove();
  });

  for (const width of [320, 1280]) {
    it(`text at 200% still fits its labels at ${width} px, with nothing cut off or overlapping`, async () => {
      const element = await renderAt(width, html`<news-timeline src=${ARTICLE_URL}></news-timeline>`);
      element.style.fontSize = '32px';
      await settleSize(element);
      await settleSize(element);
      expectNoOverlapsInside(element, `200% text at ${width}px`);
      for (const button of drawnLabels(element)) {
        const box = button.getBoundingClientRect();
        const time = button.querySelector('time')!.getBoundingClientRect();
        expect(time.bottom, `${button.dataset.id}: date line inside its label`).to.be.at.most(box.bottom + 0.5);
        expect(box.height, `${button.dataset.id}: label grew with the text`).to.be.at.least(100);
      }
      expect(element.scrollWidth).to.be.at.most(element.clientWidth + 1);
      element.style.fontSize = '';
    });
  }
});
