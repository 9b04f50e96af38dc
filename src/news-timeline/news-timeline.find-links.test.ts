// Filter and search in the address: with `permalinks`, `<key>.filter` and `<key>.search` pairs
// sit beside the open event's `<key>=<id>`, and a fresh page reads them back.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { ARTICLE_URL, shadow } from '../../test/helpers/timeline.js';
import { loadBeside } from '../load-beside.js';
import type { NewsTimeline } from './news-timeline.js';

const page = location.href.split('#')[0];

async function linkedTimeline(fragment: string): Promise<NewsTimeline> {
  history.replaceState(history.state, '', page + fragment);
  const box = await fixture<HTMLDivElement>(html`<div style="width: 960px"><div style="height: 2000px"></div></div>`);
  const element = document.createElement('news-timeline');
  Object.assign(element, { id: 'story', permalinks: true, src: ARTICLE_URL });
  element.setAttribute('search', '');
  const drawn = new Promise((resolve) => element.addEventListener('timeline-load', resolve, { once: true }));
  box.append(element, Object.assign(document.createElement('div'), { style: 'height: 3000px' }));
  await drawn;
  await loadBeside('permalinks');
  await new Promise((resolve) => setTimeout(resolve));
  await element.updateComplete;
  return element;
}

describe('<news-timeline permalinks> filter and search in the address', () => {
  after(() => history.replaceState(history.state, '', page));

  it('reads them from a shared link, and writes a change beside the event pair, without scrolling', async () => {
    const element = await linkedTimeline('#story=russia-joins&story.filter=international&story.search=russia');
    expect(element.filter).to.equal('international');
    expect(element.search).to.equal('russia');
    expect(element.selected).to.equal('russia-joins');
    expect(element.timelineDocument!.events.every((event) => event.group === 'international')).to.equal(true);
    const row = shadow(element).querySelector<HTMLElement>('[part=find]')!;
    await waitUntil(() => row.shadowRoot?.querySelector('input')?.value === 'russia', 'the box never showed the query', { timeout: 5000 });
    scrollTo(0, 0);
    element.filter = 'international libya';
    await element.updateComplete;
    expect(location.hash).to.equal('#story=russia-joins&story.filter=international%20libya&story.search=russia');
    expect(scrollY, 'a filter is no new document: the link is not reopened').to.equal(0);
    element.filter = null;
    element.search = '';
    await element.updateComplete;
    expect(location.hash).to.equal('#story=russia-joins');
  });

  it('a hashchange applies them; one that drops the filter shows everything again', async () => {
    const element = await linkedTimeline('');
    expect(element.filter ?? null).to.equal(null);
    location.hash = '#story.filter=libya';
    await waitUntil(() => element.filter === 'libya', 'the hashchange filter was not applied');
    await element.updateComplete;
    expect(element.timelineDocument!.events.every((event) => event.group === 'libya')).to.equal(true);
    location.hash = '#other=1';
    await waitUntil(() => element.filter === null, 'the filter stayed');
  });
});
