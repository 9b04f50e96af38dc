// The "done means" on the article itself: a reader starts the story, presses Next from
// Gaddafi's overthrow to the Commons vote, and every step's link, shared, reopens that event on a
// fresh page. (The same through the iframe embed: test/embeds-permalinks.test.ts.)
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { ARTICLE_URL, loadJson, shadow } from './helpers/timeline.js';
import { loadBeside } from '../src/load-beside.js';
import type { NewsTimeline } from '../src/news-timeline/news-timeline.js';

const page = location.href.split('#')[0];

/** The article's timeline as the demo has it (`id="libya" permalinks`), once drawn with its links on. */
async function articleTimeline(): Promise<NewsTimeline> {
  const element = await fixture<NewsTimeline>(html`<news-timeline id="libya" permalinks style="width: 960px"></news-timeline>`);
  const drawn = new Promise((resolve) => element.addEventListener('timeline-load', resolve, { once: true }));
  element.src = ARTICLE_URL;
  await drawn;
  await loadBeside('permalinks');
  await waitUntil(() => shadow(element).querySelector('[part~=control-story]'), 'the toolbar is drawn');
  return element;
}

const cardTitle = (element: NewsTimeline) => shadow(element).querySelector('.card h3')?.textContent;

describe('the article read as a story, and linked event by event', () => {
  afterEach(() => history.replaceState(history.state, '', page));

  it('Start the story, then Next to the Commons vote; each step\'s link reopens its event on a fresh page', async () => {
    const article = (await loadJson(ARTICLE_URL)) as { events: { id: string; title: string }[] };
    const element = await articleTimeline();
    shadow(element).querySelector<HTMLButtonElement>('[part~=control-story]')!.click();
    const steps: { title: string | undefined; hash: string }[] = [];
    for (;;) {
      await waitUntil(() => location.hash === `#libya=${element.selected}`, 'the address follows the open event');
      steps.push({ title: cardTitle(element), hash: location.hash });
      const next = shadow(element).querySelector<HTMLButtonElement>('[part~=story-next]')!;
      if (next.getAttribute('aria-disabled') === 'true') break;
      next.click();
      await element.updateComplete;
    }
    expect(steps.map((step) => step.title)).to.deep.equal(article.events.map((event) => event.title));
    expect(steps.at(-1)!.hash).to.equal('#libya=uk-commons-vote');
    expect(shadow(element).querySelector('[part~=story-position]')!.textContent).to.equal('9 of 9');
    element.remove();

    for (const step of steps) {
      history.replaceState(history.state, '', page + step.hash);
      const fresh = await articleTimeline();
      await waitUntil(() => cardTitle(fresh) === step.title, `${step.hash} reopens "${step.title}"`);
      fresh.remove();
    }
  });
});
