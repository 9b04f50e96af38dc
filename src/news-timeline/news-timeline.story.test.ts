import { expect, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { expectNoAxeViolations } from '../../test/helpers/axe.js';
import { ARTICLE_URL, eventButtons, focusedInside, renderSettled, shadow } from '../../test/helpers/timeline.js';
import { frames, liveRegion } from '../../test/helpers/zoom.js';
import { eventAnchorMs } from '../core/time/scale.js';
import type { NewsTimeline } from './news-timeline.js';

/** Written out of date order, with two events on one day: the story reads them by date, ties as written. */
const SHUFFLED = {
  version: 1,
  title: 'Shuffled story',
  events: [
    { id: 'vote', date: '2015-12-02', title: 'MPs back air strikes' },
    { id: 'war', date: '2011', title: 'Civil war' },
    { id: 'tie-a', date: '2015-06-01', title: 'Talks open' },
    { id: 'strikes', date: '2014-08-08', title: 'US air strikes begin' },
    { id: 'tie-b', date: '2015-06-01', title: 'Talks stall' },
    { id: 'month', date: '2013-04', title: 'Group renamed' },
    { id: 'last', date: '2016-01-15', title: 'Last word' },
  ],
};
const READING_ORDER = ['war', 'month', 'strikes', 'tie-a', 'tie-b', 'vote', 'last'];

const part = (element: NewsTimeline, name: string): HTMLElement => shadow(element).querySelector<HTMLElement>(`[part~="${name}"]`)!;

/** Collects `timeline-select` details until the test reads them. */
function selections(element: NewsTimeline): (string | null)[] {
  const ids: (string | null)[] = [];
  element.addEventListener('timeline-select', (event) => ids.push((event).detail.id));
  return ids;
}

/** Presses Enter on the focused button and lets the card and any glide finish. */
async function press(element: NewsTimeline): Promise<void> {
  await sendKeys({ press: 'Enter' });
  await element.updateComplete;
  await frames(20);
  await element.updateComplete;
}

function expectInView(element: NewsTimeline, id: string): void {
  const event = element.timelineDocument!.events.find((each) => each.id === id)!;
  const view = element.view!;
  const marker = eventAnchorMs(event);
  expect(view.start.getTime() <= marker && marker <= view.end.getTime(), `${id}'s marker in view`).to.be.true;
}

describe('<news-timeline> read as a story', () => {
  it('Next visits every event of a shuffled document in date order (ties as written): card, view, focus, selected, events, words', async () => {
    const element = await renderSettled(html`<news-timeline start="2011-01" end="2011-03" .data=${SHUFFLED}></news-timeline>`);
    const ids = selections(element);
    const changes: Event[] = [];
    element.addEventListener('timeline-viewchange', (event) => changes.push(event));
    part(element, 'control-story').focus();
    await press(element);
    for (const [i, id] of READING_ORDER.entries()) {
      if (i > 0) await press(element);
      const event = element.timelineDocument!.events[i];
      expect(element.selected).to.equal(id);
      expect(shadow(element).querySelector('.card h3')!.textContent).to.equal(event.title);
      expect(part(element, 'story-position').textContent).to.equal(`${i + 1} of 7`);
      expect(focusedInside(element)).to.equal(part(element, 'story-next'));
      expect(eventButtons(element).find((button) => button.tabIndex === 0)?.dataset.id).to.equal(id);
      expectInView(element, id);
      const date = shadow(element).querySelector('.card time')!.textContent;
      expect(liveRegion(element).textContent).to.equal(`${i + 1} of 7: ${date}, ${event.title}`);
    }
    expect(ids).to.deep.equal(READING_ORDER);
    // A step's own words are heard: the window's glide is quiet.
    expect(changes).to.have.length(0);
  });

  it('at the first and the last event the buttons say so with aria-disabled, stay focusable, and a press does nothing', async () => {
    const element = await renderSettled(html`<news-timeline .data=${SHUFFLED}></news-timeline>`);
    element.select('war');
    await element.updateComplete;
    const ids = selections(element);
    const previous = part(element, 'story-previous');
    expect(previous.getAttribute('aria-disabled')).to.equal('true');
    expect(part(element, 'story-next').getAttribute('aria-disabled')).to.equal('false');
    previous.focus();
    await press(element);
    expect(element.selected).to.equal('war');
    expect(focusedInside(element)).to.equal(previous);
    element.select('last');
    await element.updateComplete;
    const next = part(element, 'story-next');
    expect(next.getAttribute('aria-disabled')).to.equal('true');
    expect(part(element, 'story-previous').getAttribute('aria-disabled')).to.equal('false');
    next.focus();
    await press(element);
    expect(element.selected).to.equal('last');
    expect(focusedInside(element)).to.equal(next);
    expect(ids).to.deep.equal([]);
    // Previous from the end goes back one, and focus stays on it.
    const back = part(element, 'story-previous');
    back.focus();
    await press(element);
    expect(element.selected).to.equal('vote');
    expect(focusedInside(element)).to.equal(back);
    expect(ids).to.deep.equal(['vote']);
  });

  it('Start the story opens the first event from nothing, and keeps an open one; focus goes to Next either way', async () => {
    const element = await renderSettled(html`<news-timeline .data=${SHUFFLED}></news-timeline>`);
    const ids = selections(element);
    part(element, 'control-story').click();
    await element.updateComplete;
    expect(element.selected).to.equal('war');
    expect(ids).to.deep.equal(['war']);
    expect(focusedInside(element)).to.equal(part(element, 'story-next'));
    eventButtons(element)[4].click();
    await element.updateComplete;
    expect(element.selected).to.equal('tie-b');
    part(element, 'control-story').click();
    await element.updateComplete;
    expect(element.selected).to.equal('tie-b');
    expect(ids).to.deep.equal(['war', 'tie-b']);
    expect(focusedInside(element)).to.equal(part(element, 'story-next'));
    expect(liveRegion(element).textContent).to.equal('5 of 7: 1 June 2015, Talks stall');
  });

  it('a large document steps through neighbours that were not drawn as labels', async () => {
    // 2,000 events, ten to a day: most are culled or clustered at the whole document's view.
    const events = Array.from({ length: 2000 }, (_, i) => ({
      id: `e${i}`,
      date: new Date(Date.UTC(2015, 0, 1) + Math.floor(i / 10) * 86_400_000).toISOString().slice(0, 10),
      title: `Event ${i}`,
    }));
    const element = await renderSettled(html`<news-timeline .data=${{ version: 1, events }}></news-timeline>`);
    const labelled = (id: string) => shadow(element).querySelector(`li:not(.hidden) > button[data-id="${id}"]`) !== null;
    const steps = events.slice(0, 25).map((event) => event.id);
    expect(steps.filter((id) => !labelled(id)).length, 'neighbours not drawn').to.be.greaterThan(10);
    part(element, 'control-story').click();
    await element.updateComplete;
    for (const [i, id] of steps.entries()) {
      if (i > 0) {
        part(element, 'story-next').click();
        await element.updateComplete;
      }
      expect(element.selected).to.equal(id);
      expect(shadow(element).querySelector('.card h3')!.textContent).to.equal(`Event ${i}`);
      expect(part(element, 'story-position').textContent).to.equal(`${i + 1} of 2,000`);
    }
  });

  it('the card\'s buttons stay put from one press to the next, horizontal and vertical, whatever the text length', async () => {
    for (const width of [960, 390]) {
      const element = await renderSettled(html`<news-timeline src=${ARTICLE_URL}></news-timeline>`);
      element.parentElement!.style.width = `${width}px`;
      await frames(3);
      part(element, 'control-story').click();
      await element.updateComplete;
      await frames(20);
      const next = part(element, 'story-next');
      const at = next.getBoundingClientRect();
      for (let i = 0; i < 4; i += 1) {
        next.click();
        await element.updateComplete;
        await frames(20);
        const now = part(element, 'story-next').getBoundingClientRect();
        expect([now.left, now.top], `${width} px, step ${i + 1}`).to.deep.equal([at.left, at.top]);
      }
      expect(element.scrollWidth, `${width} px: no sideways scrolling`).to.be.at.most(element.clientWidth + 1);
    }
  });

  it('fits a 320 px phone with the card open: nothing scrolls sideways', async () => {
    const element = await renderSettled(html`<news-timeline src=${ARTICLE_URL} initial-event="first"></news-timeline>`);
    element.parentElement!.style.width = '320px';
    await frames(3);
    await element.updateComplete;
    const card = shadow(element).querySelector('.card')!;
    expect(card.scrollWidth, 'card').to.be.at.most(card.clientWidth + 1);
    expect(element.scrollWidth, 'element').to.be.at.most(element.clientWidth + 1);
    const box = part(element, 'story-next').getBoundingClientRect();
    expect(box.right).to.be.at.most(element.getBoundingClientRect().right);
  });

  it('passes axe with a card and its story buttons open', async () => {
    const element = await renderSettled(html`<news-timeline src=${ARTICLE_URL} initial-event="last"></news-timeline>`);
    expect(part(element, 'story-next')).to.exist;
    await expectNoAxeViolations(element);
  });

  it('keyboard only: Tab to Start the story, Enter, then Next by keyboard', async () => {
    const before = document.createElement('button');
    before.textContent = 'Before';
    document.body.prepend(before);
    const element = await renderSettled(html`<news-timeline .data=${SHUFFLED}></news-timeline>`);
    before.focus();
    await sendKeys({ press: 'Tab' });
    expect(focusedInside(element)).to.equal(part(element, 'control-story'));
    await press(element);
    expect(element.selected).to.equal('war');
    expect(focusedInside(element)).to.equal(part(element, 'story-next'));
    await press(element);
    expect(element.selected).to.equal('month');
    await sendKeys({ press: ' ' });
    await element.updateComplete;
    expect(element.selected).to.equal('strikes');
    expect(focusedInside(element)).to.equal(part(element, 'story-next'));
    before.remove();
  });
});

describe('<news-timeline initial-event>', () => {
  const FAR = {
    version: 1,
    events: [
      { id: 'old', date: '1990', title: 'Long ago' },
      { id: 'near', date: '2000', title: 'Nearest to now for centuries' },
      { id: 'future', date: '3000', title: 'Far ahead' },
    ],
  };

  for (const [value, id] of [['first', 'war'], ['last', 'last'], ['strikes', 'strikes']] as const) {
    it(`initial-event="${value}" opens ${id}'s card as code: no timeline-select, no focus move`, async () => {
      const fired: Event[] = [];
      const listen = (event: Event) => fired.push(event);
      document.body.addEventListener('timeline-select', listen);
      const element = await renderSettled(html`<news-timeline initial-event=${value} .data=${SHUFFLED}></news-timeline>`);
      document.body.removeEventListener('timeline-select', listen);
      expect(element.selected).to.equal(id);
      expect(shadow(element).querySelector('.card h3')!.textContent).to.equal(SHUFFLED.events.find((each) => each.id === id)!.title);
      expect(eventButtons(element).find((button) => button.tabIndex === 0)?.dataset.id).to.equal(id);
      expect(fired).to.have.length(0);
      expect(focusedInside(element)).to.equal(null);
    });
  }

  it('initial-event="today" opens the event closest to now', async () => {
    const element = await renderSettled(html`<news-timeline initial-event="today" .data=${FAR}></news-timeline>`);
    expect(element.selected).to.equal('near');
  });

  it('an unknown id, or today in no events, opens nothing', async () => {
    const element = await renderSettled(html`<news-timeline initial-event="nope" .data=${SHUFFLED}></news-timeline>`);
    expect(element.selected).to.equal(null);
    expect(shadow(element).querySelector('.card')).to.equal(null);
  });

  it('start/end keep their window; the card still opens', async () => {
    const element = await renderSettled(
      html`<news-timeline initial-event="last" start="2011" end="2012-06" .data=${SHUFFLED}></news-timeline>`,
    );
    expect(element.selected).to.equal('last');
    expect(shadow(element).querySelector('.card h3')!.textContent).to.equal('Last word');
    expect(element.view!.end.getTime()).to.be.below(Date.UTC(2013, 0, 1));
    const only = await renderSettled(html`<news-timeline initial-event="war" end="2016" .data=${SHUFFLED}></news-timeline>`);
    expect(only.selected).to.equal('war');
  });

  it('an event opened with selected wins over initial-event', async () => {
    const element = await renderSettled(html`<news-timeline selected="strikes" initial-event="last" .data=${SHUFFLED}></news-timeline>`);
    expect(element.selected).to.equal('strikes');
    expect(shadow(element).querySelector('.card h3')!.textContent).to.equal(SHUFFLED.events.find((each) => each.id === 'strikes')!.title);
  });

  it('without initial-event nothing opens', async () => {
    const element = await renderSettled(html`<news-timeline .data=${SHUFFLED}></news-timeline>`);
    await waitUntil(() => element.view !== null);
    expect(element.selected).to.equal(null);
  });
});
