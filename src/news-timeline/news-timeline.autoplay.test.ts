import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys, sendMouse } from '@web/test-runner-commands';
import type { Clock } from '@sinonjs/fake-timers';
import { expectNoAxeViolations } from '../../test/helpers/axe.js';
import { autoplayButton, fakeTimeouts, recordSteps, SHUFFLED, untilFrame, untilIntersection } from '../../test/helpers/autoplay.js';
import { eventButtons, renderSettled } from '../../test/helpers/timeline.js';
import { plot, setReducedMotion } from '../../test/helpers/zoom.js';
import { stepSeconds } from '../autoplay/autoplay.js';
import { loadBeside } from '../load-beside.js';
import type { NewsTimeline } from './news-timeline.js';

// Time is sinon's fake clock (setTimeout only): a step happens when the test ticks, never by waiting.
describe('news-timeline autoplay', () => {
  let clock: Clock;

  beforeEach(() => {
    clock = fakeTimeouts();
  });

  afterEach(async () => {
    clock.uninstall();
    await setReducedMotion(false);
    for (const added of document.querySelectorAll('.autoplay-test')) added.remove();
    window.scrollTo(0, 0);
  });

  /** axe waits on timers of its own: run it on the real ones. */
  async function axeWithRealTimers(element: NewsTimeline): Promise<void> {
    clock.uninstall();
    try {
      await expectNoAxeViolations(element);
    } finally {
      clock = fakeTimeouts();
    }
  }

  /** Something focusable outside the timeline, removed after the test. */
  function outsideButton(): HTMLButtonElement {
    const button = document.createElement('button');
    button.className = 'autoplay-test';
    button.textContent = 'outside';
    return button;
  }

  /** A playing timeline: the engine has arrived and opened the first event at once. */
  async function playing(seconds = '5', data: unknown = SHUFFLED): Promise<NewsTimeline> {
    const element = await renderSettled(html`<news-timeline autoplay=${seconds} .data=${data}></news-timeline>`);
    await untilFrame(() => element.selected !== null, 'the first step');
    await element.updateComplete;
    return element;
  }

  it('stepSeconds: alone is 8, below 3 is 3, not a number is 8', () => {
    expect(stepSeconds('')).to.equal(8);
    expect(stepSeconds(' ')).to.equal(8);
    expect(stepSeconds('soon')).to.equal(8);
    expect(stepSeconds('1')).to.equal(3);
    expect(stepSeconds('-4')).to.equal(3);
    expect(stepSeconds('12.5')).to.equal(12.5);
  });

  it('opens the first event at once, then steps in date order every step and loops after the last', async () => {
    const outside = outsideButton();
    document.body.prepend(outside);
    outside.focus();
    const element = await playing('5');
    expect(element.selected).to.equal('a');
    const steps = recordSteps(element);
    clock.tick(4999);
    expect(steps).to.deep.equal([]);
    clock.tick(1);
    expect(steps).to.deep.equal(['b']);
    clock.tick(5000 * 3);
    expect(steps).to.deep.equal(['b', 'c', 'a', 'b']);
    await element.updateComplete;
    expect(element.selected).to.equal('b');
    expect(document.activeElement).to.equal(outside); // never moves focus
  });

  it('a document that arrives while it plays opens its first event at once', async () => {
    const element = await fixture<NewsTimeline>(html`<news-timeline autoplay="5"></news-timeline>`);
    await loadBeside('autoplay'); // the element's engine started when this resolved, before us
    await untilIntersection(element, true);
    element.data = SHUFFLED;
    await element.updateComplete;
    expect(element.selected).to.equal('a');
  });

  it('`autoplay` alone steps every 8 seconds; a value below 3 every 3', async () => {
    const alone = await playing('');
    const steps = recordSteps(alone);
    clock.tick(7999);
    expect(steps).to.have.length(0);
    clock.tick(1);
    expect(steps).to.have.length(1);
    alone.removeAttribute('autoplay');
    const quick = await playing('1');
    const quickSteps = recordSteps(quick);
    clock.tick(3000);
    expect(quickSteps).to.have.length(1);
  });

  it('draws a named Pause button in the toolbar, reachable by Tab, with no axe violations', async () => {
    const element = await playing();
    const button = autoplayButton(element)!;
    expect(button.closest('.toolbar')).to.exist;
    expect(button.getAttribute('aria-label')).to.equal('Pause the story');
    expect(button.tabIndex).to.equal(0);
    await axeWithRealTimers(element);
    button.click();
    await element.updateComplete;
    expect(button.getAttribute('aria-label')).to.equal('Play the story');
    await axeWithRealTimers(element);
  });

  it('Play and Pause by keyboard: Tab reaches the button, Space plays, Enter pauses, focus stays', async () => {
    const before = outsideButton();
    const element = await playing();
    element.before(before);
    before.focus();
    const steps = recordSteps(element);
    // Start the story comes first: Tab pressed on it is a key in the timeline, which pauses it.
    for (let i = 0; i < 10 && element.shadowRoot!.activeElement !== autoplayButton(element); i += 1) await sendKeys({ press: 'Tab' });
    const button = autoplayButton(element)!;
    expect(element.shadowRoot!.activeElement).to.equal(button);
    expect(button.getAttribute('aria-label')).to.equal('Play the story');
    await sendKeys({ press: ' ' });
    await element.updateComplete;
    expect(button.getAttribute('aria-label')).to.equal('Pause the story');
    clock.tick(5000);
    expect(steps).to.deep.equal(['b']);
    await sendKeys({ press: 'Enter' });
    await element.updateComplete;
    expect(button.getAttribute('aria-label')).to.equal('Play the story');
    clock.tick(60_000);
    expect(steps).to.deep.equal(['b']);
    await sendKeys({ press: ' ' });
    await element.updateComplete;
    clock.tick(5000);
    expect(steps).to.deep.equal(['b', 'c']);
    expect(element.shadowRoot!.activeElement).to.equal(button);
  });

  const inputs: Record<string, (element: NewsTimeline) => Promise<void> | void> = {
    'a key': async (element) => {
      eventButtons(element)[0]?.focus();
      await sendKeys({ press: 'ArrowRight' });
    },
    'a click in the plot': async (element) => {
      const box = plot(element).getBoundingClientRect();
      await sendMouse({ type: 'click', position: [Math.round(box.left + 4), Math.round(box.bottom - 4)] });
    },
    'a wheel': (element) => {
      plot(element).dispatchEvent(new WheelEvent('wheel', { bubbles: true, composed: true, deltaY: 40 }));
    },
    'a touch': (element) => {
      // TouchEvent cannot be constructed in every engine; the listener hears the type.
      plot(element).dispatchEvent(new Event('touchstart', { bubbles: true, composed: true }));
    },
  };
  for (const [name, input] of Object.entries(inputs)) {
    it(`${name} in the timeline pauses it until Play`, async () => {
      const element = await playing();
      await input(element);
      await element.updateComplete;
      const steps = recordSteps(element);
      expect(autoplayButton(element)!.getAttribute('aria-label')).to.equal('Play the story');
      clock.tick(60_000);
      expect(steps).to.deep.equal([]);
      autoplayButton(element)!.click();
      await element.updateComplete;
      clock.tick(5000);
      expect(steps).to.have.length(1);
    });
  }

  it('holds while the page is hidden and resumes when it is shown, unless the reader paused', async () => {
    const element = await playing();
    const steps = recordSteps(element);
    const setHidden = (hidden: boolean) => {
      if (hidden) Object.defineProperty(document, 'visibilityState', { value: 'hidden', configurable: true });
      else delete (document as { visibilityState?: unknown }).visibilityState; // the prototype's getter again
      document.dispatchEvent(new Event('visibilitychange'));
    };
    setHidden(true);
    clock.tick(60_000);
    expect(steps).to.deep.equal([]);
    setHidden(false);
    clock.tick(5000);
    expect(steps).to.deep.equal(['b']);
    autoplayButton(element)!.click();
    await element.updateComplete;
    setHidden(true);
    setHidden(false);
    clock.tick(60_000);
    expect(steps).to.deep.equal(['b']);
  });

  it('holds while scrolled off screen and resumes when back', async () => {
    const element = await playing();
    const spacer = document.createElement('div');
    spacer.className = 'autoplay-test';
    spacer.style.height = `${window.innerHeight * 3}px`;
    document.body.append(spacer);
    const steps = recordSteps(element);
    window.scrollTo(0, element.getBoundingClientRect().bottom + window.scrollY + window.innerHeight);
    await untilIntersection(element, false);
    clock.tick(60_000);
    expect(steps).to.deep.equal([]);
    window.scrollTo(0, 0);
    await untilIntersection(element, true);
    clock.tick(5000);
    expect(steps).to.deep.equal(['b']);
  });

  for (const reduced of [true, false]) {
    it(`${reduced ? 'under' : 'without'} prefers-reduced-motion, a step brings the event into view ${reduced ? 'at once, with no animation frame' : 'over animation frames'}`, async () => {
      await setReducedMotion(reduced);
      const element = await playing('5');
      element.zoomTo('2014-12-20', '2015-01-10'); // only A in view
      const realFrame = window.requestAnimationFrame.bind(window);
      let frameRequests = 0;
      window.requestAnimationFrame = (callback) => {
        frameRequests += 1;
        return realFrame(callback);
      };
      try {
        clock.tick(5000);
      } finally {
        window.requestAnimationFrame = realFrame;
      }
      expect(element.selected).to.equal('b');
      const inView = element.view!.end.getTime() >= Date.UTC(2015, 1, 1);
      expect({ frameRequests: frameRequests > 0, inView }).to.deep.equal({ frameRequests: !reduced, inView: reduced });
    });
  }

  it('removing the attribute stops it and takes the button away; removing the element stops it until it is back', async () => {
    const element = await playing();
    const steps = recordSteps(element);
    element.removeAttribute('autoplay');
    await element.updateComplete;
    expect(autoplayButton(element)).to.equal(null);
    clock.tick(60_000);
    expect(steps).to.deep.equal([]);
    const other = await playing();
    const otherSteps = recordSteps(other);
    other.remove();
    await Promise.resolve(); // the engine stops in the microtask after the disconnect
    clock.tick(60_000);
    expect(otherSteps).to.deep.equal([]);
    document.body.append(other); // connected again: it plays again
    other.classList.add('autoplay-test');
    await loadBeside('autoplay');
    await untilIntersection(other, true);
    clock.tick(5000);
    expect(otherSteps).to.deep.equal(['b']);
  });

  it('without the attribute, draws no button and never steps', async () => {
    const element = await renderSettled(html`<news-timeline .data=${SHUFFLED}></news-timeline>`);
    expect(autoplayButton(element)).to.equal(null);
    clock.tick(60_000);
    expect(element.selected).to.equal(null);
  });
});
