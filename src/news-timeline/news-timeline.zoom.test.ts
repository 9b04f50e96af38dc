import { expect, html } from '@open-wc/testing';
import { sendKeys, sendMouse, resetMouse } from '@web/test-runner-commands';
import { ARTICLE_URL, eventButtons, renderSettled, shadow } from '../../test/helpers/timeline.js';
import {
  controlButton, frames, liveRegion, nextViewChange, plot, pointer, setReducedMotion, span, timeAtClientX, wheel,
} from '../../test/helpers/zoom.js';
import type { TimelineViewChangeEvent } from '../events.js';

const DAY = 86_400_000;

function tickLabels(element: HTMLElement): string[] {
  return [...element.shadowRoot!.querySelectorAll('.tick-label')].map((tick) => tick.textContent ?? '');
}

describe('<news-timeline> zoom and pan', () => {
  // Tests that measure spans in ms use a proportional axis: news-timeline.breaks.test.ts zooms through breaks.
  afterEach(async () => {
    await setReducedMotion(false);
    await resetMouse();
  });

  it('shows the whole document at first and fires no viewchange on first render', async () => {
    let fired = 0;
    document.addEventListener('timeline-viewchange', () => (fired += 1));
    const element = await renderSettled(html`<news-timeline src=${ARTICLE_URL}></news-timeline>`);
    await frames(3);
    expect(element.view!.start.getTime()).to.be.below(Date.UTC(2011, 0, 1));
    expect(element.view!.end.getTime()).to.be.above(Date.UTC(2015, 11, 2));
    expect(fired).to.equal(0);
    expect(controlButton(element, 'zoom-out').getAttribute('aria-disabled')).to.equal('true');
    expect(controlButton(element, 'reset').getAttribute('aria-disabled')).to.equal('true');
    expect(controlButton(element, 'pan-back').getAttribute('aria-disabled')).to.equal('true');
    expect(controlButton(element, 'zoom-in').getAttribute('aria-disabled')).to.equal('false');
  });

  it('the zoom-in button halves the span, animates, then fires viewchange from "button" and announces once', async () => {
    const element = await renderSettled(html`<news-timeline proportional src=${ARTICLE_URL}></news-timeline>`);
    const before = span(element);
    const changed = nextViewChange(element);
    controlButton(element, 'zoom-in').click();
    await element.updateComplete;
    expect(span(element)).to.equal(before); // the animation starts on the next frame
    await frames(2);
    expect(liveRegion(element).textContent).to.equal(''); // nothing is said mid-animation
    const event = await changed;
    expect(event.detail.source).to.equal('button');
    expect(span(element)).to.be.closeTo(before / 2, 1000);
    expect(event.detail.end.getTime() - event.detail.start.getTime()).to.be.closeTo(before / 2, 1000);
    await element.updateComplete;
    expect(liveRegion(element).textContent).to.match(/^Showing .+ to .+, \d+ of 9 events$/);
    expect(controlButton(element, 'zoom-out').getAttribute('aria-disabled')).to.equal('false');
  });

  it('under prefers-reduced-motion, button zoom happens at once, with no animation frames', async () => {
    await setReducedMotion(true);
    const element = await renderSettled(html`<news-timeline proportional src=${ARTICLE_URL}></news-timeline>`);
    const before = span(element);
    const events: TimelineViewChangeEvent[] = [];
    element.addEventListener('timeline-viewchange', (event) => events.push(event));
    controlButton(element, 'zoom-in').click();
    expect(span(element)).to.be.closeTo(before / 2, 1000);
    expect(events).to.have.length(1);
    await element.updateComplete;
    expect(liveRegion(element).textContent).to.match(/^Showing /);
  });

  it('zooming in stops at the finest precision: a day-precision document at about a day', async () => {
    await setReducedMotion(true);
    const element = await renderSettled(html`<news-timeline src=${ARTICLE_URL}></news-timeline>`);
    for (let i = 0; i < 20; i += 1) controlButton(element, 'zoom-in').click();
    await element.updateComplete;
    expect(span(element)).to.be.closeTo(DAY, 1000);
    expect(controlButton(element, 'zoom-in').getAttribute('aria-disabled')).to.equal('true');
    const atLimit = element.view!;
    controlButton(element, 'zoom-in').click();
    expect(element.view).to.deep.equal(atLimit);
    expect(tickLabels(element).some((label) => /\d\d:\d\d/.test(label))).to.be.true;
  });

  it('a year-only document stops at about a year filling the view', async () => {
    const data = { version: 1, events: [{ date: '1990', title: 'A' }, { date: '2020', title: 'B' }] };
    const element = await renderSettled(html`<news-timeline .data=${data}></news-timeline>`);
    element.zoomBy(1000);
    expect(span(element)).to.be.closeTo(365.25 * DAY, DAY);
  });

  it('ctrl+wheel zooms around the pointer and does not let the page zoom', async () => {
    const element = await renderSettled(html`<news-timeline proportional src=${ARTICLE_URL}></news-timeline>`);
    const box = plot(element).getBoundingClientRect();
    const x = box.left + box.width * 0.8;
    const timeUnderPointer = timeAtClientX(element, x);
    const before = span(element);
    const changed = nextViewChange(element);
    const event = wheel(element, { ctrlKey: true, deltaY: -100, share: 0.8 });
    expect(event.defaultPrevented).to.be.true;
    expect(span(element)).to.be.closeTo(before / Math.SQRT2, 1000);
    expect(timeAtClientX(element, x)).to.be.closeTo(timeUnderPointer, DAY);
    expect((await changed).detail.source).to.equal('wheel');
  });

  it('a trackpad pinch (ctrl+wheel with small deltas) zooms smoothly; line-mode deltas are normalised', async () => {
    const element = await renderSettled(html`<news-timeline proportional src=${ARTICLE_URL}></news-timeline>`);
    const before = span(element);
    for (let i = 0; i < 10; i += 1) wheel(element, { ctrlKey: true, deltaY: -4 });
    expect(span(element)).to.be.closeTo(before * 2 ** (-0.4), 1000);
    element.resetZoom();
    wheel(element, { ctrlKey: true, deltaY: -3, deltaMode: WheelEvent.DOM_DELTA_LINE });
    expect(span(element)).to.be.closeTo(before * 2 ** (-0.48), 1000);
  });

  it('a plain vertical wheel neither zooms nor stops the page scrolling', async () => {
    const element = await renderSettled(html`<news-timeline src=${ARTICLE_URL}></news-timeline>`);
    const before = element.view;
    const event = wheel(element, { deltaY: 120 });
    expect(event.defaultPrevented).to.be.false;
    expect(element.view).to.deep.equal(before);
  });

  it('a horizontal swipe pans', async () => {
    const element = await renderSettled(html`<news-timeline proportional src=${ARTICLE_URL}></news-timeline>`);
    element.zoomBy(4);
    const start = element.view!.start.getTime();
    const event = wheel(element, { deltaX: 100, deltaY: 5 });
    expect(event.defaultPrevented).to.be.true;
    const width = plot(element).getBoundingClientRect().width;
    expect(element.view!.start.getTime() - start).to.be.closeTo((100 / width) * span(element), DAY);
  });

  it('dragging with the mouse pans by the distance moved and does not open the event under it', async () => {
    const element = await renderSettled(html`<news-timeline proportional src=${ARTICLE_URL}></news-timeline>`);
    element.zoomBy(4);
    await element.updateComplete;
    const box = plot(element).getBoundingClientRect();
    const y = Math.round(box.bottom - 10);
    const startX = Math.round(box.left + box.width / 2);
    const before = element.view!.start.getTime();
    const changed = nextViewChange(element);
    await sendMouse({ type: 'move', position: [startX, y] });
    await sendMouse({ type: 'down' });
    await sendMouse({ type: 'move', position: [startX - 60, y] });
    await sendMouse({ type: 'move', position: [startX - 120, y] });
    await sendMouse({ type: 'up' });
    expect((await changed).detail.source).to.equal('drag');
    expect(element.view!.start.getTime() - before).to.be.closeTo((120 / box.width) * span(element), DAY * 2);
    expect(element.selected).to.equal(null);
  });

  it('a touch pinch zooms around the fingers\' midpoint', async () => {
    const element = await renderSettled(html`<news-timeline proportional src=${ARTICLE_URL}></news-timeline>`);
    const box = plot(element).getBoundingClientRect();
    const mid = box.left + box.width * 0.6;
    const timeAtMid = timeAtClientX(element, mid);
    const before = span(element);
    const changed = nextViewChange(element);
    pointer(element, 'pointerdown', 1, mid - 50);
    pointer(element, 'pointerdown', 2, mid + 50);
    pointer(element, 'pointermove', 1, mid - 100);
    pointer(element, 'pointermove', 2, mid + 100);
    pointer(element, 'pointerup', 1, mid - 100);
    pointer(element, 'pointerup', 2, mid + 100);
    expect((await changed).detail.source).to.equal('pinch');
    expect(span(element)).to.be.closeTo(before / 2, DAY);
    expect(timeAtClientX(element, mid)).to.be.closeTo(timeAtMid, DAY * 2);
  });

  it('a double-click on empty plot zooms in around the pointer', async () => {
    const element = await renderSettled(html`<news-timeline proportional src=${ARTICLE_URL}></news-timeline>`);
    const box = plot(element).getBoundingClientRect();
    const before = span(element);
    const changed = nextViewChange(element);
    // Two clicks from the mouse command carry no click count, so the double-click is dispatched.
    plot(element).dispatchEvent(new MouseEvent('dblclick', {
      bubbles: true, composed: true, cancelable: true, detail: 2, clientX: box.left + box.width * 0.3, clientY: box.bottom - 4,
    }));
    expect((await changed).detail.source).to.equal('dblclick');
    expect(span(element)).to.be.closeTo(before / 2, DAY);
  });

  it('keys + - 0 PageUp PageDown zoom and pan from an event, firing viewchange from "keyboard"', async () => {
    await setReducedMotion(true);
    const element = await renderSettled(html`<news-timeline proportional src=${ARTICLE_URL}></news-timeline>`);
    const full = span(element);
    eventButtons(element)[0].focus();
    const sources: string[] = [];
    element.addEventListener('timeline-viewchange', (event) => sources.push(event.detail.source));
    await sendKeys({ press: '+' });
    expect(span(element)).to.be.closeTo(full / 2, 1000);
    await sendKeys({ press: '+' });
    expect(span(element)).to.be.closeTo(full / 4, 1000);
    const start = element.view!.start.getTime();
    await sendKeys({ press: 'PageDown' });
    expect(element.view!.start.getTime() - start).to.be.closeTo(span(element) / 2, 1000);
    await sendKeys({ press: 'PageUp' });
    expect(element.view!.start.getTime()).to.be.closeTo(start, 1000);
    await sendKeys({ press: '-' });
    expect(span(element)).to.be.closeTo(full / 2, 1000);
    await sendKeys({ press: '0' });
    expect(span(element)).to.be.closeTo(full, 1000);
    expect(sources).to.deep.equal(['keyboard', 'keyboard', 'keyboard', 'keyboard', 'keyboard', 'keyboard']);
  });

  it('moving focus to an event outside the view pans to it, and the selected event stays selected', async () => {
    await setReducedMotion(true);
    const element = await renderSettled(html`<news-timeline src=${ARTICLE_URL}></news-timeline>`);
    element.select('gaddafi-overthrown');
    element.zoomTo('2011-01', '2011-12');
    await element.updateComplete;
    const last = eventButtons(element).at(-1)!;
    expect(last.closest('li')!.classList.contains('hidden')).to.be.true;
    eventButtons(element)[0].focus();
    const changed = nextViewChange(element);
    await sendKeys({ press: 'End' });
    expect((await changed).detail.source).to.equal('keyboard');
    await element.updateComplete;
    expect(element.view!.end.getTime()).to.be.above(Date.UTC(2015, 11, 2));
    expect(shadow(element).activeElement).to.equal(eventButtons(element).at(-1));
    expect(eventButtons(element).at(-1)!.closest('li')!.classList.contains('hidden')).to.be.false;
    expect(element.selected).to.equal('gaddafi-overthrown');
  });

  it('ticks change granularity and format with zoom, in the timeline\'s locale', async () => {
    const element = await renderSettled(html`<news-timeline locale="de" src=${ARTICLE_URL}></news-timeline>`);
    element.zoomTo('2015-06', '2015-12');
    await element.updateComplete;
    expect(tickLabels(element)).to.include.members(['Juni 2015', 'Okt', 'Jan. 2016']);
    element.zoomTo('2015-11-29', '2015-12-05');
    await element.updateComplete;
    expect(tickLabels(element)).to.include('2. Dez.');
    element.zoomTo('2015-12-02', '2015-12-02');
    await element.updateComplete;
    expect(tickLabels(element).some((label) => /^\d\d:00$/.test(label))).to.be.true;
  });

  it('the API moves the view within the limits and fires nothing', async () => {
    const element = await renderSettled(html`<news-timeline src=${ARTICLE_URL}></news-timeline>`);
    let fired = 0;
    element.addEventListener('timeline-viewchange', () => (fired += 1));
    element.zoomTo(new Date(Date.UTC(2015, 10, 29)), '2015-12-05');
    expect(element.view!.start.toISOString()).to.equal('2015-11-29T00:00:00.000Z');
    expect(element.view!.end.toISOString()).to.equal('2015-12-06T00:00:00.000Z');
    element.panBy(-1);
    expect(element.view!.start.toISOString()).to.equal('2015-11-22T00:00:00.000Z');
    element.zoomBy(0.5, '2015-11-22');
    expect(span(element)).to.equal(14 * DAY);
    element.zoomTo('1900', '2100');
    element.resetZoom();
    const full = element.view!;
    expect(full.start.getTime()).to.be.below(Date.UTC(2011, 0, 1));
    await frames(3);
    expect(fired).to.equal(0);
    expect(() => element.zoomTo('12/02/2015', '2016')).to.throw(RangeError, /12\/02\/2015/);
  });

  it('start and end attributes set the first window', async () => {
    const element = await renderSettled(
      html`<news-timeline start="2015-11-29" end="2015-12-05" src=${ARTICLE_URL}></news-timeline>`,
    );
    expect(element.view!.start.toISOString()).to.equal('2015-11-29T00:00:00.000Z');
    expect(element.view!.end.toISOString()).to.equal('2015-12-06T00:00:00.000Z');
    element.setAttribute('start', '2015-09');
    await element.updateComplete;
    expect(element.view!.start.toISOString()).to.equal('2015-09-01T00:00:00.000Z');
  });

  it('two timelines on one page never steer each other', async () => {
    await setReducedMotion(true);
    const first = await renderSettled(html`<news-timeline src=${ARTICLE_URL}></news-timeline>`);
    const second = await renderSettled(html`<news-timeline src=${ARTICLE_URL}></news-timeline>`);
    const secondView = second.view;
    eventButtons(first)[0].focus();
    await sendKeys({ press: '+' });
    wheel(first, { ctrlKey: true, deltaY: -100 });
    expect(span(first)).to.be.below(span(second));
    expect(second.view).to.deep.equal(secondView);
  });

  it('a disconnected timeline stops listening', async () => {
    const element = await renderSettled(html`<news-timeline src=${ARTICLE_URL}></news-timeline>`);
    const target = plot(element);
    const before = element.view;
    element.remove();
    target.dispatchEvent(new WheelEvent('wheel', { ctrlKey: true, deltaY: -100, bubbles: true, composed: true, cancelable: true }));
    expect(element.view).to.deep.equal(before);
  });
});
