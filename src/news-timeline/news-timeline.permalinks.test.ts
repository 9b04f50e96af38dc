// Links to events: the `permalinks` attribute keeps each timeline's `#<key>=<event id>` pair in
// the address, reopens it on a fresh page or a hashchange, and copies a link from the card.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { ARTICLE_URL, shadow } from '../../test/helpers/timeline.js';
import { expectNoAxeViolations } from '../../test/helpers/axe.js';
import { loadBeside } from '../load-beside.js';
import type { NewsTimeline } from './news-timeline.js';

const page = location.href.split('#')[0];

/** Puts `fragment` in this page's address as a shared link would, before any timeline is made. */
function setFragment(fragment: string): void {
  history.replaceState(history.state, '', page + fragment);
}

/** Timelines of the article, one per `id` (null: none), in a row after `above` px of page. */
async function timelines(ids: readonly (string | null)[], above = 0): Promise<NewsTimeline[]> {
  const row = await fixture<HTMLDivElement>(html`<div>
    <div style="height: ${above}px"></div>
    <div style="display: flex; width: 1000px"></div>
    <div style="height: 3000px"></div>
  </div>`);
  const elements = ids.map((id) => {
    const element = document.createElement('news-timeline');
    if (id) element.id = id;
    element.permalinks = true;
    element.style.flex = '1';
    element.src = ARTICLE_URL;
    return element;
  });
  const drawn = elements.map((element) => new Promise((resolve) => element.addEventListener('timeline-load', resolve, { once: true })));
  row.children[1].append(...elements);
  await Promise.all(drawn);
  await loadBeside('permalinks');
  await new Promise((resolve) => setTimeout(resolve));
  await Promise.all(elements.map((element) => element.updateComplete));
  return elements;
}

const button = (element: NewsTimeline, id: string) => shadow(element).querySelector<HTMLButtonElement>(`ol.events button[data-id="${id}"]`)!;
const copyButton = (element: NewsTimeline) => shadow(element).querySelector<HTMLButtonElement>('[part~="copy-link"]');
const said = (element: NewsTimeline) => shadow(element).querySelector('[role="status"]')!.textContent.trim();

/** Puts a fake clipboard on navigator; `refuse` makes it reject as a page without permission sees. */
function stubClipboard(refuse = false): { written: string[]; restore: () => void } {
  const written: string[] = [];
  const fake = { writeText: (text: string) => (refuse ? Promise.reject(new DOMException('denied', 'NotAllowedError')) : (written.push(text), Promise.resolve())) };
  const own = Object.getOwnPropertyDescriptor(navigator, 'clipboard');
  Object.defineProperty(navigator, 'clipboard', { value: fake, configurable: true });
  return { written, restore: () => (own ? Object.defineProperty(navigator, 'clipboard', own) : delete (navigator as { clipboard?: unknown }).clipboard) };
}

describe('<news-timeline permalinks>', () => {
  afterEach(() => setFragment(''));

  it('opening a card writes its timeline\'s pair, closing removes it: no history entry, no scroll, history.state kept', async () => {
    setFragment('');
    history.replaceState({ kept: 1 }, '');
    const [named, unnamed] = await timelines(['story', null], 400);
    const entries = history.length;
    button(named, 'russia-joins').click();
    await named.updateComplete;
    expect(location.hash).to.equal('#story=russia-joins');
    button(unnamed, 'uk-commons-vote').click();
    await unnamed.updateComplete;
    expect(location.hash).to.equal('#story=russia-joins&timeline=uk-commons-vote');
    shadow(named).querySelector<HTMLButtonElement>('.card .close')!.click();
    await named.updateComplete;
    expect(location.hash, 'a reader closes the card').to.equal('#timeline=uk-commons-vote');
    // From here code opens and closes, which moves no focus: any scroll would be the address's.
    window.scrollTo(0, 300);
    named.select('russia-joins');
    await named.updateComplete;
    expect(location.hash).to.equal('#timeline=uk-commons-vote&story=russia-joins');
    unnamed.select(null);
    await unnamed.updateComplete;
    expect(location.hash).to.equal('#story=russia-joins');
    named.select(null);
    await named.updateComplete;
    expect(location.href, 'no pair left: no "#" either').to.equal(page);
    expect(history.length).to.equal(entries);
    expect(history.state).to.deep.equal({ kept: 1 });
    expect(window.scrollY).to.equal(300);
  });

  it('a fresh page with a pair for each opens the right card in each and scrolls them into view', async () => {
    setFragment('#story=russia-joins&other=kept&timeline=uk-commons-vote');
    const entries = history.length;
    const [named, unnamed] = await timelines(['story', null], 2500);
    expect(named.selected).to.equal('russia-joins');
    expect(unnamed.selected).to.equal('uk-commons-vote');
    expect(shadow(named).querySelector('.card h3')!.textContent).to.equal('Russia enters the fight against Isis');
    expect(shadow(unnamed).querySelector('.card h3')!.textContent).to.equal('British MPs back air strikes on Isis in Syria');
    expect(Math.abs(named.getBoundingClientRect().top), 'scrolled to the top of the screen').to.be.below(2);
    expect(location.hash, 'the address is left as it came').to.equal('#story=russia-joins&other=kept&timeline=uk-commons-vote');
    expect(history.length).to.equal(entries);
  });

  it('unnamed timelines are timeline, timeline-2, … in document order, and never open each other\'s events', async () => {
    setFragment('#timeline-2=russia-joins&story=no-such-event');
    const [named, first, second] = await timelines(['story', null, null]);
    expect([named.selected, first.selected, second.selected]).to.deep.equal([null, null, 'russia-joins']);
    button(first, 'uk-commons-vote').click();
    await first.updateComplete;
    expect(location.hash).to.equal('#timeline-2=russia-joins&story=no-such-event&timeline=uk-commons-vote');
  });

  it("keeps a page's plain #section fragment while no card is open", async () => {
    setFragment('#section');
    const [unnamed] = await timelines([null]);
    expect(unnamed.selected).to.equal(null);
    expect(location.hash).to.equal('#section');
    button(unnamed, 'russia-joins').click();
    await unnamed.updateComplete;
    expect(location.hash, 'an address points at one place').to.equal('#timeline=russia-joins');
  });

  it('a hashchange after load opens the pair\'s event, and closes the card when the pair goes', async () => {
    setFragment('');
    const [named, unnamed] = await timelines(['story', null]);
    location.hash = 'story=obama-turkey-border';
    await waitUntil(() => named.selected === 'obama-turkey-border', 'the hashchange opens the card');
    expect(unnamed.selected).to.equal(null);
    location.hash = 'elsewhere';
    await waitUntil(() => named.selected === null, 'the pair gone, the card closes');
  });

  it('without the attribute, opening a card leaves the address alone and there is no Copy link', async () => {
    setFragment('');
    const [unnamed] = await timelines([null]);
    unnamed.permalinks = false;
    await unnamed.updateComplete;
    button(unnamed, 'russia-joins').click();
    await unnamed.updateComplete;
    expect(location.href).to.equal(page);
    expect(copyButton(unnamed)).to.equal(null);
  });

  it('Copy link copies this event\'s link on linkBase and says so', async () => {
    setFragment('#other=1');
    const clipboard = stubClipboard();
    try {
      const [named] = await timelines(['story']);
      named.select('russia-joins');
      await named.updateComplete;
      copyButton(named)!.click();
      await waitUntil(() => clipboard.written.length === 1, 'the link is copied');
      expect(clipboard.written[0]).to.equal(`${page}#story=russia-joins`);
      await named.updateComplete;
      expect(said(named)).to.equal('Link copied.');
      named.linkBase = 'https://news.example/story?page=2#top';
      copyButton(named)!.click();
      await waitUntil(() => clipboard.written.length === 2, 'copied again');
      expect(clipboard.written[1]).to.equal('https://news.example/story?page=2#story=russia-joins');
      await expectNoAxeViolations(named);
    } finally {
      clipboard.restore();
    }
  });

  it('when the clipboard refuses, Copy link shows the link in a labelled read-only field, selected, and says so', async () => {
    setFragment('');
    const clipboard = stubClipboard(true);
    try {
      const [named] = await timelines(['story']);
      named.select('uk-commons-vote');
      await named.updateComplete;
      copyButton(named)!.click();
      await waitUntil(() => said(named).includes('could not be copied'), 'the refusal is said');
      const field = shadow(named).querySelector<HTMLInputElement>('.event-link input')!;
      expect(field, 'the field shows').to.be.instanceOf(HTMLInputElement);
      expect(field.value).to.equal(`${page}#story=uk-commons-vote`);
      expect(field.readOnly).to.equal(true);
      expect(field.labels![0].textContent).to.contain('Link to British MPs back air strikes on Isis in Syria');
      expect(shadow(named).activeElement?.outerHTML ?? 'nothing').to.equal(field.outerHTML);
      expect([field.selectionStart, field.selectionEnd]).to.deep.equal([0, field.value.length]);
      await expectNoAxeViolations(named);
      named.select('russia-joins');
      await named.updateComplete;
      expect(shadow(named).querySelectorAll('.event-link'), 'another card: the old link goes').to.have.length(0);
    } finally {
      clipboard.restore();
    }
  });
});
