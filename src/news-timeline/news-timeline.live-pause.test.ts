import { expect, html, oneEvent } from '@open-wc/testing';
import type { Clock } from '@sinonjs/fake-timers';
import { sendKeys } from '@web/test-runner-commands';
import { fakeTimeouts } from '../../test/helpers/autoplay.js';
import { liveDoc, liveKey, liveTimeline, requests, untilRequests } from '../../test/helpers/live.js';
import { renderSettled, shadow } from '../../test/helpers/timeline.js';

// WCAG 2.2.2 (Pause, Stop, Hide): a reader can stop the updates of a refreshing timeline.
const YEARS = [2001, 2003, 2005, 2007, 2009];

describe('news-timeline live updates, paused by the reader', () => {
  let clock: Clock;

  beforeEach(() => {
    clock = fakeTimeouts();
  });

  afterEach(() => {
    clock.uninstall();
  });

  it('Pause updates stops reading until Resume updates, which reads at once, by keyboard', async () => {
    const key = liveKey();
    const element = await liveTimeline(key);
    const button = shadow(element).querySelector<HTMLButtonElement>('.toolbar [part~="live-pause"]')!;
    expect(button.hidden).to.equal(false);
    expect(button.textContent).to.equal('Pause updates');
    button.focus();
    await sendKeys({ press: 'Enter' });
    expect(button.textContent).to.equal('Resume updates');
    clock.tick(60_000);
    await new Promise((resolve) => requestAnimationFrame(resolve));
    // Only the element's own first load.
    expect(await requests(key)).to.have.length(1);
    await sendKeys({ press: ' ' });
    expect(button.textContent).to.equal('Pause updates');
    expect(shadow(element).activeElement).to.equal(button);
    clock.tick(0);
    await untilRequests(key, 2);
  });

  it('has no Pause button without refresh', async () => {
    const element = await renderSettled(html`<news-timeline .data=${liveDoc(YEARS)}></news-timeline>`);
    const updated = oneEvent(element, 'timeline-update');
    element.data = liveDoc([...YEARS, 2011]);
    await updated;
    const button = shadow(element).querySelector<HTMLButtonElement>('[part~="live-pause"]');
    expect(button).to.not.equal(null);
    expect(button!.getClientRects().length, 'drawn').to.equal(0);
  });
});
