// Links to events through the iframe embed: a parent page with embed-parent.js and the embed
// (test/fixtures/embed-parent.html) keep the open event in the parent's address, both ways.
import { expect, waitUntil } from '@open-wc/testing';
import { ARTICLE_URL } from './helpers/timeline.js';
import type { NewsTimeline } from '../src/news-timeline/news-timeline.js';

const EMBED = `/demo/embed.html?src=${encodeURIComponent(ARTICLE_URL)}&id=story`;
const WAIT = { timeout: 15_000 };

interface ParentPage {
  readonly outer: HTMLIFrameElement;
  readonly parent: Window;
  readonly embed: Window;
  readonly timeline: NewsTimeline;
}

/** The parent page at `fragment`, once its embed has drawn, spoken to it and heard back. */
async function parentPage(fragment = ''): Promise<ParentPage> {
  const outer = document.createElement('iframe');
  outer.title = 'A parent page';
  outer.style.width = '960px';
  outer.style.height = '500px';
  outer.src = `/test/fixtures/embed-parent.html?embed=${encodeURIComponent(EMBED)}${fragment}`;
  document.body.append(outer);
  const parent = outer.contentWindow!;
  const timeline = await waitUntil(() => parent.document?.querySelector('iframe')?.contentDocument?.querySelector('news-timeline'), 'the embed starts', WAIT).then(
    () => parent.document.querySelector('iframe')!.contentDocument!.querySelector('news-timeline')!,
  );
  await waitUntil(() => timeline.timelineDocument && timeline.linkBase, 'the embed draws and hears from its parent', WAIT);
  return { outer, parent, embed: parent.document.querySelector('iframe')!.contentWindow!, timeline };
}

/** Runs `code` as `frame`'s own script. */
function inside(frame: Window, code: string): void {
  (frame as Window & { eval(code: string): unknown }).eval(code);
}

/** Resolves once `parent` has handled every message posted to it before this call. */
function settled(parent: Window): Promise<void> {
  const ping = Math.random();
  return new Promise((resolve) => {
    const listener = (event: MessageEvent) => {
      if (event.source !== parent || (event.data as { pong?: number })?.pong !== ping) return;
      window.removeEventListener('message', listener);
      resolve();
    };
    window.addEventListener('message', listener);
    parent.postMessage({ ping }, '*');
  });
}

describe('permalinks through the iframe embed', () => {
  it("opening a card inside writes the parent's fragment, closing removes it, with no history entry", async () => {
    const { outer, parent, embed, timeline } = await parentPage();
    const page = parent.location.href;
    // Clicked from the embed's own script, as a reader's click is: WebKit names the window whose
    // script made the change as a message's source, and a click from here would be this one's.
    const click = (selector: string) => inside(embed, `document.querySelector('news-timeline').shadowRoot.querySelector('${selector}').click()`);
    expect(timeline.linkBase, 'Copy link inside copies the parent\'s link').to.equal(page);
    const entries = parent.history.length;
    click('button[data-id=russia-joins]');
    await waitUntil(() => parent.location.hash === '#story=russia-joins', 'the parent writes the pair', WAIT);
    click('.card .close');
    await waitUntil(() => parent.location.href === page, 'the pair goes, with its "#"', WAIT);
    expect(parent.history.length).to.equal(entries);
    outer.remove();
  });

  it("Next from the first event to the Commons vote inside the embed: the parent's address follows, and reopens it", async () => {
    const { outer, parent, embed, timeline } = await parentPage();
    const press = (part: string) => inside(embed, `document.querySelector('news-timeline').shadowRoot.querySelector('[part~=${part}]').click()`);
    press('control-story');
    const seen: string[] = [];
    for (;;) {
      await waitUntil(() => timeline.selected && parent.location.hash === `#story=${timeline.selected}`, "the parent's address follows", WAIT);
      seen.push(timeline.selected!);
      if (timeline.shadowRoot!.querySelector('[part~=story-next]')!.getAttribute('aria-disabled') === 'true') break;
      press('story-next');
      await timeline.updateComplete;
    }
    expect(seen).to.have.length(9);
    expect(seen.at(-1)).to.equal('uk-commons-vote');
    outer.remove();
    const shared = await parentPage('#story=uk-commons-vote');
    await waitUntil(() => shared.timeline.selected === 'uk-commons-vote', 'the shared link reopens the Commons vote inside', WAIT);
    expect(shared.timeline.shadowRoot!.querySelector('.card h3')!.textContent).to.equal('British MPs back air strikes on Isis in Syria');
    shared.outer.remove();
  });

  it('a parent page loaded with #<id>=<event> opens that event inside, and its hashchange opens another', async () => {
    const { outer, parent, timeline } = await parentPage('#other=1&story=uk-commons-vote');
    await waitUntil(() => timeline.selected === 'uk-commons-vote', 'the shared link opens inside', WAIT);
    expect(parent.location.hash, "the parent's address as it came").to.equal('#other=1&story=uk-commons-vote');
    parent.location.hash = 'other=1&story=obama-turkey-border';
    await waitUntil(() => timeline.selected === 'obama-turkey-border', 'the hashchange opens inside', WAIT);
    outer.remove();
  });

  it('the embed ignores parent messages from another window or of another shape', async () => {
    const { outer, parent, embed, timeline } = await parentPage();
    const heard: string[] = [];
    embed.addEventListener('hashchange', () => heard.push(embed.location.hash));
    const good = { 'news-timeline-parent': { story: { event: 'russia-joins', url: 'https://news.example/a' } } };
    // Right shape, wrong sender: this test's window is not the embed's parent.
    embed.postMessage({ 'news-timeline-parent': { story: { event: 'gaddafi-overthrown', url: 'https://news.example/top' } } }, '*');
    for (const relay of [
      { 'news-timeline-parent': { story: { event: 'gaddafi-overthrown', url: 'javascript:alert(1)' } } },
      { 'news-timeline-parent': { story: { event: 'x'.repeat(201), url: 'https://news.example/b' } } },
      { 'news-timeline-parent': { story: { event: 42, url: 'https://news.example/c' } } },
      { 'news-timeline-parent': { other: { event: 'gaddafi-overthrown', url: 'https://news.example/d' } } },
      { 'news-timeline-parent': { story: ['gaddafi-overthrown', 'https://news.example/e'] } },
      'news-timeline-parent',
    ]) parent.postMessage({ relay }, '*');
    parent.postMessage({ relay: good }, '*'); // then one it takes, to know the others were read
    await waitUntil(() => timeline.selected === 'russia-joins', 'the good message opens its event', WAIT);
    expect(heard).to.deep.equal(['#story=russia-joins']);
    expect(timeline.linkBase).to.equal('https://news.example/a');
    outer.remove();
  });

  it("the parent ignores event messages from a window that is not its iframe, or of another shape, or for another embed's id", async () => {
    const { outer, parent, embed } = await parentPage();
    parent.postMessage({ 'news-timeline-event': { story: 'russia-joins' } }, '*');
    const post = (message: unknown) => inside(embed, `parent.postMessage(${JSON.stringify(message)}, '*')`);
    post({ 'news-timeline-event': { story: 'x'.repeat(201) } });
    post({ 'news-timeline-event': { other: 'russia-joins' } });
    post({ 'news-timeline-event': { story: 'russia-joins', other: 'gaddafi-overthrown' } });
    post({ 'news-timeline-event': { story: 7 } });
    post({ 'news-timeline-event': 'russia-joins' });
    await settled(parent);
    expect(parent.location.hash).to.equal('');
    post({ 'news-timeline-event': { story: 'russia-joins' } }); // the shape it takes, from its iframe
    await waitUntil(() => parent.location.hash === '#story=russia-joins', 'the good message is written', WAIT);
    outer.remove();
  });
});
