import { expect, html, oneEvent } from '@open-wc/testing';
import type { Clock } from '@sinonjs/fake-timers';
import { expectNoAxeViolations } from '../../test/helpers/axe.js';
import { fakeTimeouts, untilFrame } from '../../test/helpers/autoplay.js';
import {
  announced, failNext, liveDoc, liveKey, liveTimeline, markedNew, publish, refreshOnce, requests, statusLine, untilRequests,
} from '../../test/helpers/live.js';
import { eventButtons, renderSettled, shadow } from '../../test/helpers/timeline.js';
import type { TimelineLoadEvent, TimelineUpdateEvent } from '../events.js';

// Refreshes run on sinon's fake clock (setTimeout only): a read happens when the test ticks.
// Fetches are real, against the test server's live document (test/helpers/server-routes.mjs).
const YEARS = [2001, 2003, 2005, 2007, 2009];

describe('news-timeline live updates', () => {
  let clock: Clock;

  beforeEach(() => {
    clock = fakeTimeouts();
  });

  afterEach(() => {
    clock.uninstall();
    delete (document as { visibilityState?: unknown }).visibilityState;
  });

  /** Ids of the events a `timeline-update` reports. */
  const ids = (events: readonly { id: string }[]) => events.map((event) => event.id);

  it('applies a changed document in place: view, open card, marks, announcement, detail', async () => {
    const key = liveKey();
    const element = await liveTimeline(key);
    element.zoomTo('2002', '2008');
    element.select('e2005');
    await element.updateComplete;
    const view = element.view;
    const loads: TimelineLoadEvent[] = [];
    element.addEventListener('timeline-load', (event) => loads.push(event));
    await publish(key, liveDoc([...YEARS.filter((year) => year !== 2003), 2004, 2006], { 2005: 'Event of 2005, corrected' }));
    const updated = oneEvent<TimelineUpdateEvent>(element, 'timeline-update');
    await refreshOnce(clock, key, 10);
    const { detail } = await updated;
    await element.updateComplete;

    expect(ids(detail.added)).to.deep.equal(['e2004', 'e2006']);
    expect(detail.changed.map((change) => [change.before.title, change.after.title])).to.deep.equal([['Event of 2005', 'Event of 2005, corrected']]);
    expect(ids(detail.removed)).to.deep.equal(['e2003']);
    expect(detail.document).to.equal(element.timelineDocument);
    expect(loads).to.deep.equal([]);
    expect(element.view).to.deep.equal(view);
    expect(element.selected).to.equal('e2005');
    expect(shadow(element).querySelector('.card')?.textContent).to.contain('Event of 2005, corrected');
    expect(markedNew(element)).to.deep.equal(['e2004', 'e2006']);
    const mark = getComputedStyle(eventButtons(element).find((button) => button.dataset.id === 'e2004')!, '::before');
    expect(mark.content).to.equal('"New"');
    expect(announced(element)).to.equal('2 new events');
    expect(statusLine(element)).to.equal('');
    expect(shadow(element).querySelector('[role="alert"], .status')).to.equal(null);

    // The marks go after a minute.
    clock.tick(60_000);
    await element.updateComplete;
    expect(markedNew(element)).to.deep.equal([]);
  });

  it('says "1 event updated" when events only changed, and a changed title shows at once', async () => {
    const key = liveKey();
    const element = await liveTimeline(key);
    await publish(key, liveDoc(YEARS, { 2009: 'Event of 2009, now confirmed' }));
    const updated = oneEvent<TimelineUpdateEvent>(element, 'timeline-update');
    await refreshOnce(clock, key, 10);
    await updated;
    await element.updateComplete;
    expect(announced(element)).to.equal('1 event updated');
    expect(markedNew(element)).to.deep.equal([]);
    expect(eventButtons(element).map((button) => button.textContent)).to.satisfy((texts: string[]) => texts.some((text) => text.includes('Event of 2009, now confirmed')));
  });

  it('closes the card of an open event that was removed, and says so in the status line', async () => {
    const key = liveKey();
    const element = await liveTimeline(key);
    element.select('e2003');
    await element.updateComplete;
    await publish(key, liveDoc(YEARS.filter((year) => year !== 2003)));
    const updated = oneEvent<TimelineUpdateEvent>(element, 'timeline-update');
    await refreshOnce(clock, key, 10);
    await updated;
    await element.updateComplete;
    expect(element.selected).to.equal(null);
    expect(shadow(element).querySelector('.card')).to.equal(null);
    expect(statusLine(element)).to.equal('The open event was removed from the timeline.');
    expect(announced(element)).to.equal('The open event was removed from the timeline.');
    clock.tick(60_000);
    expect(statusLine(element)).to.equal('');
  });

  it('asks with the last ETag; a 304 applies nothing and fires nothing', async () => {
    const key = liveKey();
    const element = await liveTimeline(key);
    const updates: Event[] = [];
    element.addEventListener('timeline-update', (event) => updates.push(event));
    // The first read already sends the validators of the element's own first load.
    const first = await refreshOnce(clock, key, 10);
    expect(first).to.deep.equal({ status: 304, ifNoneMatch: '"v1"', ifModifiedSince: new Date(Date.UTC(2024, 0, 1) + 1000).toUTCString() });
    const doc = element.timelineDocument;
    const buttons = eventButtons(element);
    const second = await refreshOnce(clock, key, 10);
    expect(second.status).to.equal(304);
    expect(second.ifNoneMatch).to.equal('"v1"');
    expect(second.ifModifiedSince).to.equal(new Date(Date.UTC(2024, 0, 1) + 1000).toUTCString());
    await element.updateComplete;
    expect(element.timelineDocument).to.equal(doc);
    expect(eventButtons(element)).to.deep.equal(buttons);
    expect(updates).to.deep.equal([]);
    expect(statusLine(element)).to.equal('');
  });

  it('a failing refresh keeps the timeline, says so quietly, backs off, and recovers', async () => {
    const key = liveKey();
    const element = await liveTimeline(key);
    await failNext(key, 1, 500);
    await failNext(key, 1, 'text');
    expect((await refreshOnce(clock, key, 10)).status).to.equal(500);
    expect(statusLine(element)).to.equal('Could not update. Trying again in 20 seconds.');
    expect(eventButtons(element)).to.have.length(YEARS.length);
    expect(shadow(element).querySelector('[role="alert"]')).to.equal(null);
    // Not after the interval: after twice it.
    clock.tick(10_000);
    await new Promise((resolve) => requestAnimationFrame(resolve));
    expect(await requests(key)).to.have.length(2);
    expect((await refreshOnce(clock, key, 10)).status).to.equal(200);
    expect(statusLine(element)).to.equal('Could not update. Trying again in 40 seconds.');
    expect(eventButtons(element)).to.have.length(YEARS.length);

    await publish(key, liveDoc([...YEARS, 2011]));
    const updated = oneEvent<TimelineUpdateEvent>(element, 'timeline-update');
    await refreshOnce(clock, key, 40);
    await updated;
    await element.updateComplete;
    expect(statusLine(element)).to.equal('');
    expect(eventButtons(element)).to.have.length(YEARS.length + 1);
    // Back to the interval.
    await refreshOnce(clock, key, 10);
  });

  it('waits while the page is hidden, and reads at once when it is visible again', async () => {
    const key = liveKey();
    await liveTimeline(key);
    Object.defineProperty(document, 'visibilityState', { value: 'hidden', configurable: true });
    document.dispatchEvent(new Event('visibilitychange'));
    clock.tick(60_000);
    await new Promise((resolve) => requestAnimationFrame(resolve));
    // Only the element's own first load.
    expect(await requests(key)).to.have.length(1);
    delete (document as { visibilityState?: unknown }).visibilityState;
    document.dispatchEvent(new Event('visibilitychange'));
    await untilRequests(key, 2);
  });

  it('stops when the attribute goes or the element is disconnected', async () => {
    const key = liveKey();
    const element = await liveTimeline(key);
    element.removeAttribute('refresh');
    await element.updateComplete;
    clock.tick(60_000);
    element.setAttribute('refresh', '10');
    await element.updateComplete;
    const parent = element.parentElement!;
    element.remove();
    clock.tick(60_000);
    await new Promise((resolve) => requestAnimationFrame(resolve));
    // Only the element's own first load.
    expect(await requests(key)).to.have.length(1);
    parent.append(element);
    await element.updateComplete;
    await refreshOnce(clock, key, 10);
  });

  it('aborts a read under way when the attribute goes', async () => {
    const key = liveKey();
    const element = await liveTimeline(key);
    await failNext(key, 1, 'hang');
    clock.tick(10_000);
    await untilRequests(key, 2);
    element.removeAttribute('refresh');
    await element.updateComplete;
    for (let i = 0; i < 300 && !(await requests(key))[1].closed; i += 1) await new Promise((resolve) => requestAnimationFrame(resolve));
    expect((await requests(key))[1]).to.include({ status: 'hang', closed: true });
    expect(statusLine(element)).to.equal('');
  });

  it('a later data document that cannot be used keeps the last good one, with a quiet line', async () => {
    const element = await renderSettled(html`<news-timeline .data=${liveDoc(YEARS)}></news-timeline>`);
    element.data = { version: 1, events: [{ date: 'soon', title: 'No date' }] };
    await element.updateComplete;
    await untilFrame(() => statusLine(element) !== '', 'the status line');
    expect(statusLine(element)).to.equal('Could not update: the new timeline document could not be used.');
    expect(eventButtons(element)).to.have.length(YEARS.length);
    expect(shadow(element).querySelector('[role="alert"]')).to.equal(null);
    const updated = oneEvent<TimelineUpdateEvent>(element, 'timeline-update');
    element.data = liveDoc([...YEARS, 2011]);
    expect(ids((await updated).detail.added)).to.deep.equal(['e2011']);
    expect(statusLine(element)).to.equal('');
  });

  it('a changed inline JSON child is an update too', async () => {
    const element = await renderSettled(html`<news-timeline><script type="application/json">${JSON.stringify(liveDoc(YEARS))}</script></news-timeline>`);
    const updated = oneEvent<TimelineUpdateEvent>(element, 'timeline-update');
    element.querySelector('script')!.textContent = JSON.stringify(liveDoc([2000, ...YEARS]));
    expect(ids((await updated).detail.added)).to.deep.equal(['e2000']);
    await element.updateComplete;
    expect(markedNew(element)).to.deep.equal(['e2000']);
    expect(announced(element)).to.equal('1 new event');
  });

  it('says the same words again when the next update is alike', async () => {
    const element = await renderSettled(html`<news-timeline .data=${liveDoc(YEARS)}></news-timeline>`);
    const region = () => shadow(element).querySelector('[aria-live="polite"]')!.textContent;
    const said: string[] = [];
    for (const years of [[2011], [2011, 2013]]) {
      const updated = oneEvent<TimelineUpdateEvent>(element, 'timeline-update');
      element.data = liveDoc([...YEARS, ...years]);
      await updated;
      await element.updateComplete;
      said.push(region());
    }
    expect(said.map((text) => text.trim())).to.deep.equal(['1 new event', '1 new event']);
    expect(said[0]).to.not.equal(said[1]);
  });

  it('marks and announces in the language of the timeline', async () => {
    const element = await renderSettled(html`<news-timeline locale="de" .data=${liveDoc(YEARS)}></news-timeline>`);
    await untilFrame(() => shadow(element).querySelector('[part~="control-zoom-out"]')?.getAttribute('aria-label') === 'Verkleinern', 'German');
    const updated = oneEvent<TimelineUpdateEvent>(element, 'timeline-update');
    element.data = liveDoc([...YEARS, 2011, 2013]);
    await updated;
    await element.updateComplete;
    expect(announced(element)).to.equal('2 neue Ereignisse');
    const mark = getComputedStyle(eventButtons(element).find((button) => button.dataset.id === 'e2011')!, '::before');
    expect(mark.content).to.equal('"Neu"');
  });

  it('has no axe violations with a status line and a new mark', async () => {
    const key = liveKey();
    const element = await liveTimeline(key);
    element.select('e2001');
    await element.updateComplete;
    await publish(key, liveDoc([...YEARS.filter((year) => year !== 2001), 2011]));
    const updated = oneEvent<TimelineUpdateEvent>(element, 'timeline-update');
    await refreshOnce(clock, key, 10);
    await updated;
    await element.updateComplete;
    expect(markedNew(element)).to.deep.equal(['e2011']);
    expect(statusLine(element)).to.not.equal('');
    clock.uninstall();
    try {
      await expectNoAxeViolations(element);
    } finally {
      clock = fakeTimeouts();
    }
  });
});
