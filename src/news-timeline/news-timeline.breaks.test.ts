import { expect, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { expectNoAxeViolations } from '../../test/helpers/axe.js';
import { ARTICLE_URL, eventButtons, focusedInside, renderSettled, shadow } from '../../test/helpers/timeline.js';
import { plot, setReducedMotion, wheel } from '../../test/helpers/zoom.js';
import { timeWarpOf } from '../core/layout/time-warp.js';
import type { NewsTimeline } from './news-timeline.js';

const DAY = 86_400_000;

async function renderAt(width: number, template: ReturnType<typeof html>): Promise<NewsTimeline> {
  const element = await renderSettled(template);
  element.parentElement!.style.width = `${width}px`;
  for (let i = 0; i < 3; i += 1) await new Promise((resolve) => requestAnimationFrame(resolve));
  await element.updateComplete;
  return element;
}

function breakLabels(element: NewsTimeline): string[] {
  return [...shadow(element).querySelectorAll('.break-label')].map((label) => label.textContent ?? '');
}

/** The time under a share of the plot's width, through the document's warp (as the element reads it). */
function timeAtShare(element: NewsTimeline, share: number): number {
  const warp = timeWarpOf(element.timelineDocument!.events, true);
  const from = warp.toAxis(element.view!.start.getTime());
  return warp.toTime(from + share * (warp.toAxis(element.view!.end.getTime()) - from));
}

describe('<news-timeline> compressed empty stretches', () => {
  afterEach(() => setReducedMotion(false));

  for (const width of [1280, 390]) {
    it(`the article at ${width} px shows its 2012–2014 break with its label, says so to screen readers, and passes axe`, async () => {
      const element = await renderAt(width, html`<news-timeline src=${ARTICLE_URL}></news-timeline>`);
      expect(element.hasAttribute('proportional')).to.be.false;
      expect(shadow(element).querySelector('.break-mark')!.getAttribute('d')).to.match(/^M/);
      expect(breakLabels(element)).to.deep.equal(['3 years']);
      // The break label is inside the drawing.
      const box = shadow(element).querySelector('.break-label')!.getBoundingClientRect();
      const plotBox = plot(element).getBoundingClientRect();
      expect(box.left).to.be.at.least(plotBox.left - 1);
      expect(box.right).to.be.at.most(plotBox.right + 1);
      // The first event after the break is heard with it, before its date.
      const after = eventButtons(element)[1];
      expect(after.querySelector('.visually-hidden')!.textContent.trim()).to.equal('3 years later:');
      expect(eventButtons(element).filter((button) => button.querySelector('.visually-hidden'))).to.have.length(1);
      await expectNoAxeViolations(element);
    });
  }

  it('proportional draws no break, and turning it on and off re-derives the axis', async () => {
    const element = await renderAt(1280, html`<news-timeline proportional src=${ARTICLE_URL}></news-timeline>`);
    expect(shadow(element).querySelector('.break-mark')).to.equal(null);
    expect(eventButtons(element).some((button) => button.querySelector('.visually-hidden'))).to.be.false;
    const proportionalSpan = element.view!.end.getTime() - element.view!.start.getTime();
    element.proportional = false;
    await element.updateComplete;
    expect(breakLabels(element)).to.deep.equal(['3 years']);
    // The margin is taken in axis units: a shorter axis, a narrower margin in time.
    expect(element.view!.end.getTime() - element.view!.start.getTime()).to.be.below(proportionalSpan);
    element.proportional = true;
    await element.updateComplete;
    expect(element.getAttribute('proportional')).to.equal('');
    expect(breakLabels(element)).to.deep.equal([]);
  });

  it('turning proportional on and off keeps a window the reader zoomed to', async () => {
    const element = await renderAt(1280, html`<news-timeline src=${ARTICLE_URL}></news-timeline>`);
    element.zoomTo('2015-06-01', '2015-12-31');
    await element.updateComplete;
    const chosen = { ...element.view! };
    for (const proportional of [true, false]) {
      element.proportional = proportional;
      await element.updateComplete;
      expect(element.view, `proportional ${proportional}`).to.deep.equal(chosen);
    }
  });

  it('ctrl+wheel around a point inside the compressed layout keeps that point under the pointer', async () => {
    const element = await renderAt(1280, html`<news-timeline src=${ARTICLE_URL}></news-timeline>`);
    for (const share of [0.8, 0.1]) {
      const under = timeAtShare(element, share);
      const event = wheel(element, { ctrlKey: true, deltaY: -100, share });
      expect(event.defaultPrevented).to.be.true;
      await element.updateComplete;
      expect(timeAtShare(element, share), `at ${share}`).to.be.closeTo(under, DAY);
    }
  });

  it('keyboard: → (↓ when vertical) passes from the event before the break to the one after', async () => {
    await setReducedMotion(true);
    for (const [width, key] of [[1280, 'ArrowRight'], [390, 'ArrowDown']] as const) {
      const element = await renderAt(width, html`<news-timeline src=${ARTICLE_URL}></news-timeline>`);
      eventButtons(element)[0].focus();
      await sendKeys({ press: key });
      await element.updateComplete;
      expect(focusedInside(element), `${width}px`).to.equal(eventButtons(element)[1]);
      expect(focusedInside(element)!.textContent).to.contain('3 years later:');
    }
  });
});
