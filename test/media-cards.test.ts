// Media other than pictures in an event's card: each kind drawn by <news-timeline-media>,
// loaded on demand, with a plain link until then; and a YouTube card on a strict page.
import { expect, html, waitUntil } from '@open-wc/testing';
import { expectNoAxeViolations } from './helpers/axe.js';
import { renderSettled, shadow } from './helpers/timeline.js';
import type { NewsTimeline } from '../src/news-timeline/news-timeline.js';

const KINDS = {
  image: { url: 'https://example.org/jets.jpg', alt: 'Jets on a runway' },
  video: { url: `${location.origin}/slow/test/fixtures/media/none.mp4?delay=10000`, type: 'video', captions: `${location.origin}/test/fixtures/media/captions.vtt` },
  audio: { url: `${location.origin}/test/fixtures/media/silence.wav`, type: 'audio' },
  youtube: { url: 'https://youtu.be/dQw4w9WgXcQ' },
  vimeo: { url: 'https://vimeo.com/76979871', alt: 'The launch' },
  page: { url: 'https://en.wikipedia.org/wiki/Ada_Lovelace', type: 'page' },
};

/** A timeline whose one event carries `media`, its card open. */
async function cardWith(media: object): Promise<NewsTimeline> {
  const data = { version: 1, events: [{ id: 'e', date: '2015-12-02', title: 'Ada Lovelace', media }, { date: '2015-12-03', title: 'Next' }] };
  const element = await renderSettled(html`<news-timeline .data=${data} selected="e"></news-timeline>`);
  await element.updateComplete;
  return element;
}

/** The card's player, once its file has loaded and it has drawn. */
async function playerIn(element: NewsTimeline): Promise<ShadowRoot> {
  const player = shadow(element).querySelector('news-timeline-media')!;
  await waitUntil(() => player.shadowRoot?.firstElementChild, 'the media player to load and draw', { timeout: 10_000 });
  return player.shadowRoot!;
}

describe('media in the event card', () => {
  it('draws a picture as before, with no player', async () => {
    const element = await cardWith(KINDS.image);
    const img = shadow(element).querySelector<HTMLImageElement>('.card figure img')!;
    expect(img.alt).to.equal('Jets on a runway');
    expect(img.referrerPolicy).to.equal('no-referrer');
    expect(shadow(element).querySelector('news-timeline-media')).to.equal(null);
  });

  it('gives every other kind to the player, with a plain link inside until it loads, and never an <img>', async () => {
    for (const [kind, media] of Object.entries(KINDS).filter(([kind]) => kind !== 'image')) {
      const element = await cardWith(media);
      const player = shadow(element).querySelector('.card news-timeline-media')!;
      expect(player, kind).to.exist;
      const fallback = player.querySelector('a')!;
      expect(fallback.getAttribute('href'), kind).to.equal(media.url);
      expect(fallback.textContent, kind).to.equal('Ada Lovelace');
      const drawn = await playerIn(element);
      expect(shadow(element).querySelector('.card img'), kind).to.equal(null);
      expect(drawn.querySelector('img'), kind).to.equal(null);
      const expected = { video: 'video[controls]', audio: 'audio[controls]', youtube: 'button.play', vimeo: 'button.play', page: 'a.link-card' }[kind]!;
      expect(drawn.querySelector(expected), `${kind}: ${expected}`).to.exist;
    }
  });

  it('passes the timeline\'s strings and language on to the player', async () => {
    const element = await cardWith(KINDS.video);
    element.strings = { mediaPlay: ({ site }: { site: string }) => `Spiel auf ${site}` };
    const drawn = await playerIn(element);
    expect(drawn.querySelector('track')!.srclang).to.equal('en');
    element.data = { version: 1, events: [{ id: 'e', date: '2015-12-02', title: 'Ada', media: KINDS.youtube }] };
    await element.updateComplete;
    await waitUntil(() => drawn.querySelector('button.play'), 'the YouTube panel');
    expect(drawn.querySelector('button.play')!.textContent).to.equal('Spiel auf YouTube');
  });

  it('has no axe violations on a card with each kind', async () => {
    for (const [kind, media] of Object.entries(KINDS)) {
      const element = await cardWith(media);
      if (kind !== 'image') await playerIn(element);
      await expectNoAxeViolations(element).catch((error: Error) => {
        throw new Error(`${kind}: ${error.message}`);
      });
    }
  });

  it('on a strict page a YouTube card, after Play, shows the blocked message and the link, with only the frame-src violation', async () => {
    const iframe = document.createElement('iframe');
    iframe.src = '/test/fixtures/csp/strict-media.html';
    iframe.title = 'Strict page';
    const report = new Promise<{ violations: string[]; blocked: string | null; link: { href: string; text: string } | null; frames: number }>(
      (resolve, reject) => {
        setTimeout(() => reject(new Error('no report from the strict page')), 15_000);
        window.addEventListener('message', function listener(event: MessageEvent) {
          const data = (event.data as { strictMedia?: never }).strictMedia;
          if (event.source !== iframe.contentWindow || !data) return;
          window.removeEventListener('message', listener);
          resolve(data);
        });
      },
    );
    document.body.append(iframe);
    const result = await report;
    iframe.remove();
    expect(result.blocked).to.equal('This page does not allow the YouTube player.');
    expect(result.link).to.deep.equal({ href: 'https://www.youtube.com/watch?v=dQw4w9WgXcQ', text: 'Open on YouTube' });
    expect(result.frames).to.equal(0);
    expect(result.violations).to.have.length(1);
    expect(result.violations[0]).to.match(/^frame-src: https:\/\/www\.youtube-nocookie\.com/);
  });
});
