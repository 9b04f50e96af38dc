// The ways a newsroom CMS puts a timeline on a page: strict CSP, iframe with height
// messages, ten on one page, and the light-DOM fallback.
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { ARTICLE_URL, eventButtons, focusedInside, renderSettled, shadow } from './helpers/timeline.js';
import type { NewsTimeline } from '../src/news-timeline/news-timeline.js';

function frame(src: string, width = 900): HTMLIFrameElement {
  const iframe = document.createElement('iframe');
  iframe.src = src;
  iframe.title = 'Timeline';
  iframe.style.width = `${width}px`;
  iframe.style.height = '300px';
  iframe.style.border = '0';
  document.body.append(iframe);
  return iframe;
}

/** The next message from `iframe` that `accept` returns something for. */
function messageFrom<T>(iframe: HTMLIFrameElement, accept: (data: unknown) => T | undefined, ms = 15_000): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('no message from the iframe')), ms);
    const listener = (event: MessageEvent) => {
      if (event.source !== iframe.contentWindow) return;
      const value = accept(event.data);
      if (value === undefined) return;
      clearTimeout(timer);
      window.removeEventListener('message', listener);
      resolve(value);
    };
    window.addEventListener('message', listener);
  });
}

const heightOf = (id: string) => (data: unknown) =>
  (data as { 'datawrapper-height'?: Record<string, number> })?.['datawrapper-height']?.[id];

/** The `datawrapper-height` object of a height message, or undefined for other messages. */
const heights = (data: unknown) => (data as { 'datawrapper-height'?: Record<string, number> })?.['datawrapper-height'];

/** Polls `look` until it returns something, or fails after `ms`. */
async function waitFor<T>(what: string, look: () => T | null | undefined, ms = 15_000): Promise<T> {
  const started = Date.now();
  for (;;) {
    const found = look();
    if (found !== null && found !== undefined) return found;
    if (Date.now() - started > ms) throw new Error(`waited in vain for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** The embed's timeline, once it has drawn or shown its error. */
function settledTimeline(iframe: HTMLIFrameElement): Promise<NewsTimeline> {
  return waitFor('the embedded timeline to settle', () => {
    const timeline = iframe.contentDocument?.querySelector('news-timeline');
    const root = timeline?.shadowRoot;
    return root?.querySelector('ol.events > li, [role="alert"]') ? timeline : undefined;
  });
}

/** This test page's origin under its other loopback name: 127.0.0.1 and localhost are two origins. */
function otherOrigin(): string {
  const other = new URL(location.href);
  other.hostname = other.hostname === 'localhost' ? '127.0.0.1' : 'localhost';
  return other.origin;
}

describe('embedding', () => {
  it('works under a strict CSP with Trusted Types: both timelines draw and nothing is blocked', async () => {
    const iframe = frame('/demo/strict.html');
    const result = await messageFrom(iframe, (data) => (data as { strictPage?: { violations: string[]; drawn: number } }).strictPage);
    expect(result.violations).to.deep.equal([]);
    expect(result.drawn).to.equal(2);
    iframe.remove();
  });

  it('the iframe embed reports its height in Datawrapper\'s message shape, growing and shrinking with its width', async () => {
    const heights: number[] = [];
    let last = Date.now();
    const listener = (event: MessageEvent) => {
      const height = heightOf('story')(event.data);
      if (event.source === iframe.contentWindow && height !== undefined) {
        heights.push(height);
        last = Date.now();
      }
    };
    window.addEventListener('message', listener);
    /** The height the embed reported last, once it has been quiet for a while. */
    const settled = async () => {
      const count = heights.length;
      while (heights.length === count || Date.now() - last < 700) await new Promise((resolve) => setTimeout(resolve, 100));
      return heights[heights.length - 1];
    };
    const iframe = frame(`/demo/embed.html?src=${encodeURIComponent(ARTICLE_URL)}&id=story`, 1000);
    const wide = await settled();
    expect(wide).to.be.greaterThan(300);
    iframe.style.width = '360px'; // the vertical layout: a different height
    const narrow = await settled();
    expect(Math.abs(narrow - wide)).to.be.greaterThan(50);
    iframe.style.width = '1000px'; // back again: the height follows the other way
    const again = await settled();
    expect(again).to.be.closeTo(wide, 2);
    // One of the two moves shrank the iframe, the other grew it.
    expect(Math.sign(narrow - wide)).to.equal(-Math.sign(again - narrow));
    window.removeEventListener('message', listener);
    iframe.remove();
  });

  it('the iframe embed refuses a src from another origin or scheme, and says why', async () => {
    for (const [src, reason] of [
      ['https://elsewhere.example/story.json', 'not allowed here'],
      ['javascript:alert(1)', 'http or https'],
    ] as const) {
      const iframe = frame(`/demo/embed.html?src=${encodeURIComponent(src)}`);
      await new Promise((resolve) => iframe.addEventListener('load', resolve, { once: true }));
      const alert = await new Promise<Element | null>((resolve) => {
        const started = Date.now();
        const look = () => {
          const found = iframe.contentDocument!.querySelector('[role="alert"]');
          if (found || Date.now() - started > 5000) resolve(found);
          else setTimeout(look, 50);
        };
        look();
      });
      expect(alert?.textContent, src).to.contain(reason);
      expect(iframe.contentDocument!.querySelector('news-timeline'), src).to.equal(null);
      iframe.remove();
    }
  });

  it('the iframe embed refuses a document that an allowed address redirects to an origin it does not allow', async () => {
    // The document on the other origin, readable from here (CORS): only the embed's rule stops it.
    const elsewhere = `${otherOrigin()}/cors${ARTICLE_URL}`;
    expect((await fetch(elsewhere)).ok, 'the other origin serves the document').to.be.true;
    const redirected = frame(`/demo/embed.html?src=${encodeURIComponent(`/redirect?to=${encodeURIComponent(elsewhere)}`)}`);
    const refused = await settledTimeline(redirected);
    expect(refused.shadowRoot!.querySelectorAll('ol.events > li'), 'events drawn').to.have.length(0);
    expect(refused.shadowRoot!.querySelector('[role="alert"]')?.textContent ?? '').to.contain('not allowed');
    redirected.remove();
    // A redirect within the allowed origins still loads.
    const local = frame(`/demo/embed.html?src=${encodeURIComponent(`/redirect?to=${encodeURIComponent(ARTICLE_URL)}`)}`);
    const drawn = await settledTimeline(local);
    expect(drawn.shadowRoot!.querySelectorAll('ol.events > li')).to.have.length(9);
    local.remove();
  });

  it('the iframe embed posts its first height once the timeline has drawn, never a zero height while loading', async () => {
    const iframe = frame(`/demo/embed.html?src=${encodeURIComponent(`/slow${ARTICLE_URL}?delay=1000`)}&id=story`);
    const first = await messageFrom(iframe, heights);
    const timeline = iframe.contentDocument!.querySelector('news-timeline')!;
    expect(timeline.timelineDocument, 'drawn when the first height came').to.not.equal(undefined);
    expect(first.story).to.be.greaterThan(100);
    iframe.remove();
  });

  it('the built iframe embed beside the authoring page (dist/editor/embed.html) draws and reports its height', async () => {
    const iframe = frame(`/dist/editor/embed.html?src=${encodeURIComponent(ARTICLE_URL)}&id=built`);
    expect(await messageFrom(iframe, heightOf('built'))).to.be.greaterThan(100);
    expect(iframe.contentDocument!.querySelector('news-timeline')!.timelineDocument?.events).to.have.length(9);
    const parent = await fetch('/dist/editor/embed-parent.js');
    expect(parent.ok && (await parent.text()).includes('datawrapper-height'), 'its parent script beside it').to.equal(true);
    iframe.remove();
  });

  it('the iframe embed posts its height once the element shows an error, or the embed its own', async () => {
    const failed = frame('/demo/embed.html?src=/test/fixtures/does-not-exist.json&id=missing');
    expect((await messageFrom(failed, heights)).missing).to.be.greaterThan(0);
    expect(failed.contentDocument!.querySelector('news-timeline')!.shadowRoot!.querySelector('[role="alert"]')).to.not.equal(null);
    failed.remove();
    const refused = frame('/demo/embed.html?id=nosrc');
    expect((await messageFrom(refused, heights)).nosrc).to.be.greaterThan(0);
    expect(refused.contentDocument!.querySelector('.embed-error')?.getAttribute('role')).to.equal('alert');
    refused.remove();
  });

  it('the iframe embed reports under its default id when the id is not a plain name (such as __proto__)', async () => {
    for (const id of ['__proto__', 'constructor x', 'a'.repeat(65), '<b>', '']) {
      const iframe = frame(`/demo/embed.html?src=${encodeURIComponent(ARTICLE_URL)}&id=${encodeURIComponent(id)}`);
      const first = await messageFrom(iframe, heights);
      expect(Object.keys(first), id).to.deep.equal(['news-timeline']);
      expect(first['news-timeline'], id).to.be.greaterThan(0);
      iframe.remove();
    }
    const named = frame(`/demo/embed.html?src=${encodeURIComponent(ARTICLE_URL)}&id=story_2-b`);
    expect(Object.keys(await messageFrom(named, heights))).to.deep.equal(['story_2-b']);
    named.remove();
  });

  it('ten timelines on one page keep their own keys, zoom, selection and ids', async () => {
    const parent = await fixture<HTMLDivElement>(html`<div style="width: 900px"></div>`);
    const loaded: Promise<unknown>[] = [];
    const timelines = Array.from({ length: 10 }, () => {
      const timeline = document.createElement('news-timeline');
      timeline.src = ARTICLE_URL;
      loaded.push(new Promise((resolve) => timeline.addEventListener('timeline-load', resolve, { once: true })));
      parent.append(timeline);
      return timeline;
    });
    await Promise.all(loaded);
    await Promise.all(timelines.map((timeline) => timeline.updateComplete));
    const spans = () => timelines.map((timeline) => timeline.view!.end.getTime() - timeline.view!.start.getTime());
    const before = spans();
    const third = timelines[2];
    eventButtons(third)[0].focus();
    await sendKeys({ press: 'ArrowRight' });
    await sendKeys({ press: 'Enter' });
    await third.updateComplete;
    timelines[5].zoomBy(4);
    const after = spans();
    after.forEach((span, i) => {
      // Zoom acts on the axis, where 2012-2014 is drawn shorter: in ms the window only narrows.
      if (i === 5) expect(span).to.be.below(before[i]);
      else expect(span, `timeline ${i}`).to.equal(before[i]);
    });
    expect(timelines.map((timeline) => timeline.selected)).to.deep.equal(
      timelines.map((_, i) => (i === 2 ? eventButtons(third)[1].dataset.id : null)),
    );
    expect(focusedInside(third)).to.equal(shadow(third).querySelector('.card'));
    // Ids are per shadow root: every timeline has its own card and title ids, none leak.
    expect(document.querySelectorAll('#card, #timeline-title')).to.have.length(0);
  });

  it('the light-DOM fallback list stays in the page for readers without JavaScript, and is not shown once it runs', async () => {
    const element: NewsTimeline = await renderSettled(html`<news-timeline src=${ARTICLE_URL}>
      <ol class="fallback"><li><time datetime="2011">2011</time> — Western-backed rebels topple Gaddafi</li></ol>
    </news-timeline>`);
    const fallback = element.querySelector('.fallback')!;
    expect(fallback.textContent).to.contain('Gaddafi');
    expect(fallback.getClientRects()).to.have.length(0); // not rendered: the shadow root has no slot for it
    expect(eventButtons(element)).to.have.length(9);
  });
});
