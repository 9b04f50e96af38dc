import { expect, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { expectNoAxeViolations } from '../../test/helpers/axe.js';
import { ARTICLE_URL, eventButtons, focusedInside, loadJson, renderSettled, shadow } from '../../test/helpers/timeline.js';
import type { NewsTimeline } from './news-timeline.js';

// The filter row and search box: news-timeline.find.js (src/find/), drawn above the plot.

/** The row, once news-timeline.find.js has drawn its buttons or box. */
async function findRow(element: NewsTimeline): Promise<ShadowRoot> {
  const row = shadow(element).querySelector<HTMLElement>('[part=find]');
  expect(row, 'the find row').to.exist;
  await waitUntil(() => row!.shadowRoot?.querySelector('button, input:not([hidden] *)'), 'news-timeline.find.js did not draw', { timeout: 5000 });
  return row!.shadowRoot!;
}

function toggles(row: ShadowRoot): HTMLButtonElement[] {
  return [...row.querySelectorAll<HTMLButtonElement>('.filters button')];
}

const status = (row: ShadowRoot) => row.querySelector('[role=status][aria-live=polite]')!;
const ids = (element: NewsTimeline) => eventButtons(element).map((button) => button.dataset.id);

/** Tabs from the element before the timeline until `done`, at most `limit` times. */
async function tabTo(done: () => boolean, limit = 20): Promise<void> {
  for (let i = 0; i < limit && !done(); i += 1) await sendKeys({ press: 'Tab' });
  expect(done(), 'Tab never reached it').to.equal(true);
}

describe('<news-timeline> filter row', () => {
  it('toggles groups by keyboard, announces the count, and hidden events leave list, keys and story', async () => {
    const element = await renderSettled(html`<news-timeline src=${ARTICLE_URL}></news-timeline>`);
    const row = await findRow(element);
    const group = row.querySelector('[role=group]')!;
    expect(group.getAttribute('aria-labelledby')).to.equal('filters-name');
    expect(row.getElementById('filters-name')!.textContent).to.equal('Show events from');
    expect(toggles(row).map((button) => button.textContent)).to.deep.equal(['Libya', 'Iraq & Syria', 'International response']);
    expect(toggles(row).map((button) => button.getAttribute('aria-pressed'))).to.deep.equal(['false', 'false', 'false']);
    const whole = element.timelineDocument!.events;
    const international = whole.filter((event) => event.group === 'international').map((event) => event.id);
    await tabTo(() => row.activeElement === toggles(row)[2]);
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => status(row).textContent === `${international.length} of 9 events shown`, `not announced: "${status(row).textContent}"`);
    expect(element.getAttribute('filter')).to.equal('international');
    expect(toggles(row)[2].getAttribute('aria-pressed')).to.equal('true');
    expect(ids(element)).to.deep.equal(international);
    // Arrow keys and the story walk the shown events only.
    eventButtons(element)[0].focus();
    await sendKeys({ press: 'End' });
    expect(focusedInside(element)?.getAttribute('data-id')).to.equal(international.at(-1));
    element.select(international[0]);
    await element.updateComplete;
    shadow(element).querySelector<HTMLButtonElement>('[part~=story-next]')!.click();
    await element.updateComplete;
    expect(element.selected).to.equal(international[1]);
    expect(shadow(element).querySelector('[part~=story-position]')!.textContent).to.contain(`2 of ${international.length}`);
    // Pressed again, the last pressed one shows everything.
    row.activeElement === toggles(row)[2] || toggles(row)[2].focus();
    toggles(row)[2].click();
    await waitUntil(() => status(row).textContent === '9 of 9 events shown', 'everything was not announced');
    expect(element.hasAttribute('filter')).to.equal(false);
    expect(ids(element)).to.have.length(9);
  });

  it('a filter set by the page narrows it, also without the row; unknown ids are ignored', async () => {
    const element = await renderSettled(html`<news-timeline src=${ARTICLE_URL} filter="iraq-syria Russia nowhere"></news-timeline>`);
    const events = element.timelineDocument!.events;
    expect(events.every((event) => event.group === 'iraq-syria' || event.tags.includes('Russia'))).to.equal(true);
    expect(events).to.have.length(2);
    const row = await findRow(element);
    expect(toggles(row).map((button) => button.getAttribute('aria-pressed'))).to.deep.equal(['false', 'true', 'false']);
    element.filter = 'nowhere';
    await element.updateComplete;
    expect(ids(element), 'nothing matches: everything shows').to.have.length(9);
    element.filter = 'Air_strikes';
    await element.updateComplete;
    expect(element.timelineDocument!.events.map((event) => event.tags.includes('Air strikes'))).to.deep.equal([true, true]);
  });

  it('the same shown document while source and filter stay; the view follows a new one', async () => {
    const element = await renderSettled(html`<news-timeline src=${ARTICLE_URL} proportional></news-timeline>`);
    const before = element.timelineDocument;
    element.requestUpdate();
    await element.updateComplete;
    expect(element.timelineDocument).to.equal(before);
    const span = element.view!.end.getTime() - element.view!.start.getTime();
    element.filter = 'international';
    await element.updateComplete;
    expect(element.timelineDocument).to.not.equal(before);
    expect(element.view!.end.getTime() - element.view!.start.getTime(), 'the whole view follows the shown events').to.be.below(span);
    expect(element.problems).to.deep.equal([]);
  });

  it('closes the card of an event the filter hides', async () => {
    const element = await renderSettled(html`<news-timeline src=${ARTICLE_URL}></news-timeline>`);
    const libya = element.timelineDocument!.events.find((event) => event.group === 'libya')!;
    element.select(libya.id);
    await element.updateComplete;
    element.filter = 'international';
    await element.updateComplete;
    expect(element.selected).to.equal(null);
    expect(shadow(element).querySelector('.card')).to.equal(null);
  });

  it('a later document with the same groups keeps the toggles, their state and focus', async () => {
    const data = await loadJson(ARTICLE_URL);
    const element = await renderSettled(html`<news-timeline .data=${data} filter="libya"></news-timeline>`);
    const row = await findRow(element);
    const toggle = toggles(row)[0];
    toggle.focus();
    element.data = structuredClone(data);
    await element.updateComplete;
    await new Promise((done) => setTimeout(done));
    expect(toggles(row)[0]).to.equal(toggle);
    expect(row.activeElement).to.equal(toggle);
    expect(toggle.getAttribute('aria-pressed')).to.equal('true');
  });

  it('lists the most used tags when the document has no groups', async () => {
    const tags = Array.from({ length: 14 }, (_, i) => `tag ${i}`);
    const data = {
      version: 1,
      events: tags.map((tag, i) => ({ date: `20${10 + i}`, title: `E${i}`, tags: i < 2 ? [tag, 'common'] : [tag] })),
    };
    const element = await renderSettled(html`<news-timeline .data=${data}></news-timeline>`);
    const row = await findRow(element);
    const labels = toggles(row).map((button) => button.textContent);
    expect(labels).to.have.length(12);
    expect(labels[0]).to.equal('common');
    toggles(row)[0].click();
    await waitUntil(() => element.filter === 'common', 'the toggle did not set filter');
    await element.updateComplete;
    expect(ids(element)).to.have.length(2);
  });

  it('takes no room for a document without groups or tags', async () => {
    const data = { version: 1, events: [{ date: '2015', title: 'A' }] };
    const element = await renderSettled(html`<news-timeline .data=${data}></news-timeline>`);
    const row = shadow(element).querySelector<HTMLElement>('[part=find]');
    expect(row === null || row.getClientRects().length === 0 || row.getBoundingClientRect().height === 0).to.equal(true);
  });

  it('passes axe with the row and the box, and nothing scrolls sideways at 320 px', async () => {
    const element = await renderSettled(html`<news-timeline src=${ARTICLE_URL} search="air" filter="libya"></news-timeline>`);
    await findRow(element);
    await expectNoAxeViolations(element);
    element.parentElement!.style.width = '320px';
    await waitUntil(() => element.view && shadow(element).querySelector('.timeline.vertical'), 'no vertical layout at 320 px');
    await element.updateComplete;
    const row = shadow(element).querySelector<HTMLElement>('[part=find]')!;
    expect(row.getBoundingClientRect().right).to.be.at.most(element.getBoundingClientRect().right + 0.5);
    for (const node of [element, shadow(element).querySelector<HTMLElement>('.timeline')!]) {
      expect(node.scrollWidth, 'sideways scroll').to.be.at.most(node.clientWidth + 1);
    }
    await expectNoAxeViolations(element);
  });
});

describe('<news-timeline search>', () => {
  it('finds as the reader types, steps with Enter and Shift+Enter, reveals each match, focus stays', async () => {
    const element = await renderSettled(html`<news-timeline src=${ARTICLE_URL} search></news-timeline>`);
    const row = await findRow(element);
    const input = row.querySelector<HTMLInputElement>('input[type=search]')!;
    expect(row.querySelector(`label[for=${input.id}]`)!.textContent).to.equal('Find in the timeline');
    await tabTo(() => row.activeElement === input);
    const doc = element.timelineDocument!;
    const wanted = doc.events.filter((event) => /air/i.test(`${event.title} ${event.summary}`));
    expect(wanted.length, 'the fixture has matches').to.be.above(1);
    await sendKeys({ type: 'AIR' });
    await waitUntil(() => status(row).textContent === `${wanted.length} matches`, `not announced: "${status(row).textContent}"`);
    expect(element.getAttribute('search')).to.equal('AIR');
    await sendKeys({ press: 'Enter' });
    await element.updateComplete;
    expect(element.selected).to.equal(wanted[0].id);
    expect(status(row).textContent).to.equal(`1 of ${wanted.length} matches: ${wanted[0].title}`);
    expect(row.activeElement).to.equal(input);
    // Shift+Enter as the box hears it (the test runner cannot hold Shift in every engine).
    input.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', shiftKey: true, bubbles: true, composed: true, cancelable: true }));
    await element.updateComplete;
    expect(element.selected, 'Shift+Enter wraps to the last').to.equal(wanted.at(-1)!.id);
    expect(shadow(element).querySelector('.card')?.textContent).to.contain(wanted.at(-1)!.title);
    // Keys typed in the box stay there: + is text, not zoom.
    const view = element.view;
    await sendKeys({ type: '+' });
    expect(element.view).to.deep.equal(view);
    await sendKeys({ press: 'Escape' });
    expect(input.value).to.equal('');
    expect(element.getAttribute('search')).to.equal('');
    expect(element.selected, 'the first Escape only clears the box').to.not.equal(null);
  });

  it('is accent- and case-insensitive, finds only shown events, and says so when none match', async () => {
    const data = {
      version: 1,
      groups: [{ id: 'a', label: 'A' }, { id: 'b', label: 'B' }],
      events: [
        { id: 'one', date: '2001', title: 'Élysée talks', group: 'a' },
        { id: 'two', date: '2002', title: 'Quiet year', summary: 'Talks at the ELYSEE again', group: 'b' },
        { id: 'three', date: '2003', title: 'Nothing', group: 'a' },
      ],
    };
    const element = await renderSettled(html`<news-timeline .data=${data} search="elysee"></news-timeline>`);
    const row = await findRow(element);
    const input = row.querySelector<HTMLInputElement>('input')!;
    expect(input.value).to.equal('elysee');
    input.focus();
    await sendKeys({ press: 'Enter' });
    expect(status(row).textContent).to.equal('1 of 2 matches: Élysée talks');
    element.filter = 'b';
    await element.updateComplete;
    await waitUntil(() => element.selected === null, 'the hidden match stayed open');
    input.focus();
    await sendKeys({ press: 'Enter' });
    expect(status(row).textContent).to.equal('1 of 1 match: Quiet year');
    await sendKeys({ type: 'zzz' });
    await sendKeys({ press: 'Enter' });
    expect(status(row).textContent).to.equal('No matches');
  });

  it('groups are each event button\'s description, not its name', async () => {
    const element = await renderSettled(html`<news-timeline src=${ARTICLE_URL}></news-timeline>`);
    const doc = element.timelineDocument!;
    const button = eventButtons(element)[0];
    const event = doc.events.find((candidate) => candidate.id === button.dataset.id)!;
    const label = doc.groups.find((group) => group.id === event.group)!.label;
    expect(button.title).to.equal(label);
    expect(button.textContent).to.not.contain(label);
  });

  it('reads a document in another language with its strings', async () => {
    const data = await loadJson(ARTICLE_URL);
    const element = await renderSettled(html`<news-timeline locale="de" .data=${data} search></news-timeline>`);
    const row = await findRow(element);
    await waitUntil(() => row.getElementById('filters-name')!.textContent !== 'Show events from', 'the German strings never came', { timeout: 5000 });
    expect(row.querySelector('label')!.textContent).to.not.equal('Find in the timeline');
  });
});
