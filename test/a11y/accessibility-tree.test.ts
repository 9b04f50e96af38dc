// What assistive technology meets, read from the browser's own accessibility tree.
import { expect, html } from '@open-wc/testing';
import { accessibilityTree, findAll, flatten, type AxNode } from '../helpers/ax.js';
import { ARTICLE_URL, eventButtons, focusedInside, openKeyList, renderSettled, shadow } from '../helpers/timeline.js';
import type { NewsTimeline } from '../../src/news-timeline/news-timeline.js';

async function treeOrSkip(context: Mocha.Context, element: NewsTimeline): Promise<AxNode> {
  const { tree, unsupported } = await accessibilityTree(element);
  if (!tree) {
    context.test!.title += ` (skipped: ${unsupported})`;
    context.skip();
  }
  return tree;
}

describe('accessibility tree', () => {
  it('exposes a region named by the document title', async function () {
    const element = await renderSettled(html`<news-timeline src=${ARTICLE_URL}></news-timeline>`);
    const tree = await treeOrSkip(this, element);
    const regions = findAll(tree, (node) => node.role === 'region');
    expect(regions.map((node) => node.name)).to.include('Isis looks to Libya');
  });

  it('uses the label attribute as the region name when the document has no title', async function () {
    const data = { version: 1, events: [{ date: '2015', title: 'A' }] };
    const element = await renderSettled(html`<news-timeline label="Key dates" .data=${data}></news-timeline>`);
    const tree = await treeOrSkip(this, element);
    expect(findAll(tree, (node) => node.role === 'region').map((node) => node.name)).to.include('Key dates');
  });

  it('exposes a list with one item per event, each holding a button named with its date and title', async function () {
    const element = await renderSettled(html`<news-timeline src=${ARTICLE_URL}></news-timeline>`);
    const tree = await treeOrSkip(this, element);
    const lists = findAll(tree, (node) => node.role === 'list');
    const events = element.timelineDocument!.events;
    const list = lists.find((node) => findAll(node, (child) => child.role === 'listitem').length === events.length);
    expect(list, 'a list of the events').to.exist;
    // The print-only list is display: none on screen, so none of its items reach the tree.
    expect(findAll(tree, (node) => node.role === 'listitem'), 'list items in the whole tree').to.have.length(events.length);
    const items = (list!.children ?? []).filter((node) => node.role === 'listitem');
    expect(items).to.have.length(events.length);
    const labels = eventButtons(element).map((button) => button.querySelector('time')!.textContent);
    items.forEach((item, i) => {
      const button = flatten(item).find((node) => node.role === 'button');
      expect(button, `item ${i} has a button`).to.exist;
      expect(button!.name).to.contain(labels[i]);
      expect(button!.name).to.contain(events[i].title);
    });
  });

  it('hides the axis: no tick label is in the tree', async function () {
    const element = await renderSettled(html`<news-timeline src=${ARTICLE_URL}></news-timeline>`);
    const tree = await treeOrSkip(this, element);
    const ticks = [...shadow(element).querySelectorAll('.tick-label')].map((tick) => tick.textContent);
    expect(ticks.length).to.be.greaterThan(2);
    const names = flatten(tree).map((node) => node.name ?? '');
    for (const tick of ticks) expect(names.filter((name) => name === tick), tick).to.be.empty;
    expect(findAll(tree, (node) => node.role === 'img' || node.role === 'graphics-document')).to.be.empty;
  });

  it('exposes the controls as named buttons that report when they can go no further', async function () {
    const element = await renderSettled(html`<news-timeline src=${ARTICLE_URL}></news-timeline>`);
    const tree = await treeOrSkip(this, element);
    const buttons = new Map(findAll(tree, (node) => node.role === 'button').map((node) => [node.name, node]));
    for (const name of ['Earlier', 'Zoom out', 'Zoom in', 'Later', 'Show all', 'Keyboard shortcuts']) {
      expect(buttons.has(name), name).to.be.true;
    }
    expect(buttons.get('Zoom out')!.disabled).to.be.true;
    expect(buttons.get('Earlier')!.disabled).to.be.true;
    expect(buttons.get('Zoom in')!.disabled ?? false).to.be.false;
  });

  it('exposes the opened key list as a region named Keyboard shortcuts, each key beside what it does', async function () {
    const element = await renderSettled(html`<news-timeline src=${ARTICLE_URL}></news-timeline>`);
    await openKeyList(element);
    const tree = await treeOrSkip(this, element);
    const region = findAll(tree, (node) => node.role === 'region' && node.name === 'Keyboard shortcuts');
    expect(region).to.have.length(1);
    const nodes = flatten(region[0]);
    expect(nodes.filter((node) => node.role === 'term'), 'keys').to.have.length(8);
    expect(nodes.filter((node) => node.role === 'definition'), 'what they do').to.have.length(8);
    // Text nodes are in Chromium's tree; WebDriver's (WebKit) holds elements only.
    const texts = nodes.filter((node) => node.role === 'StaticText').map((node) => node.name).join(' ');
    if (texts === '') return;
    for (const text of ['Tab', 'Move between the buttons, then into the events', 'Previous or next event', 'Escape', 'Close the event or this list', 'Earlier or later']) {
      expect(texts, text).to.contain(text);
    }
  });

  it('exposes Start the story and the card\'s Previous / Next event, Previous unavailable at the first event', async function () {
    const element = await renderSettled(html`<news-timeline src=${ARTICLE_URL} initial-event="first"></news-timeline>`);
    const tree = await treeOrSkip(this, element);
    const buttons = new Map(findAll(tree, (node) => node.role === 'button').map((node) => [node.name, node]));
    expect(buttons.has('Start the story')).to.be.true;
    expect(buttons.get('Previous event')!.disabled).to.be.true;
    expect(buttons.get('Next event')!.disabled ?? false).to.be.false;
  });

  it('exposes the open card as a region named by the event title, and returns focus on close', async function () {
    const element = await renderSettled(html`<news-timeline src=${ARTICLE_URL}></news-timeline>`);
    const button = eventButtons(element).find((candidate) => candidate.dataset.id === 'uk-commons-vote')!;
    button.click();
    await element.updateComplete;
    const tree = await treeOrSkip(this, element);
    const title = element.timelineDocument!.events.find((event) => event.id === 'uk-commons-vote')!.title;
    const card = findAll(tree, (node) => node.role === 'region' && node.name === title);
    expect(card, 'the card region').to.have.length(1);
    expect(flatten(card[0]).some((node) => node.role === 'button' && node.name === `Close ${title}`)).to.be.true;
    const expanded = findAll(tree, (node) => node.role === 'button' && (node.name ?? '').includes(title) && node.expanded === true);
    expect(expanded).to.have.length(1);
    shadow(element).querySelector<HTMLButtonElement>('.card .close')!.click();
    await element.updateComplete;
    expect(focusedInside(element)).to.equal(button);
  });

  it("gives each event button its group's name as its description, not in its name", async function () {
    const element = await renderSettled(html`<news-timeline src=${ARTICLE_URL}></news-timeline>`);
    const tree = await treeOrSkip(this, element);
    const doc = element.timelineDocument!;
    const described = findAll(tree, (node) => node.role === 'button') as Array<AxNode & { description?: string }>;
    if (!described.some((node) => node.description)) {
      this.test!.title += ' (skipped: this tree reports no descriptions)';
      this.skip();
    }
    for (const event of doc.events) {
      const group = doc.groups.find((candidate) => candidate.id === event.group)!.label;
      const node = described.find((candidate) => (candidate.name ?? '').includes(event.title))!;
      expect(node, event.title).to.exist;
      expect(node.description, event.title).to.equal(group);
      // In the description, not the name (unless the title itself holds it: "Isis in Libya …").
      if (!event.title.includes(group)) expect(node.name, event.title).to.not.contain(group);
    }
  });
});
