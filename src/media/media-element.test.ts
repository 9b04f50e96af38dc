import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { expectNoAxeViolations } from '../../test/helpers/axe.js';
import './define.js';
import type { TimelineMedia } from '../core/document/types.js';
import type { NewsTimelineMedia } from './media-element.js';

// The video never arrives while a test looks at it (the slow route holds it back); the audio is real.
const VIDEO = '/slow/test/fixtures/media/none.mp4?delay=10000';
const AUDIO = '/test/fixtures/media/silence.wav';
const CAPTIONS = '/test/fixtures/media/captions.vtt';
const YOUTUBE = 'https://www.youtube.com/watch?v=dQw4w9WgXcQ&t=42';

async function player(media: TimelineMedia, strings = {}): Promise<NewsTimelineMedia> {
  const element = await fixture<NewsTimelineMedia>(
    html`<news-timeline-media .media=${media} .eventTitle=${'Ada Lovelace'} .strings=${strings} locale="en-GB"
      ><a href=${media.url}>fallback</a></news-timeline-media
    >`,
  );
  await waitUntil(() => element.shadowRoot!.childElementCount > 0, 'the player to draw');
  return element;
}

const root = (element: NewsTimelineMedia) => element.shadowRoot!;

/** Resources this page asked any host but its own for. */
const requestsTo = (host: string) =>
  performance.getEntriesByType('resource').filter((entry) => new URL(entry.name).hostname.endsWith(host));

describe('<news-timeline-media>', () => {
  it('plays a video file with native controls, no autoplay, metadata only, and its captions track', async () => {
    const element = await player({ url: VIDEO, type: 'video', captions: CAPTIONS });
    const video = root(element).querySelector('video')!;
    expect(video.controls).to.be.true;
    expect(video.autoplay).to.be.false;
    expect(video.hasAttribute('autoplay')).to.be.false;
    expect(video.preload).to.equal('metadata');
    expect(video.getAttribute('aria-label')).to.equal('Ada Lovelace');
    const track = video.querySelector('track')!;
    expect(track.kind).to.equal('captions');
    expect(track.src).to.equal(new URL(CAPTIONS, location.href).href);
    expect(track.srclang).to.equal('en');
    expect(track.label).to.equal('English');
  });

  it('plays an audio file with controls and no track when no captions are given', async () => {
    const element = await player({ url: AUDIO, type: 'audio', alt: 'The speech' });
    const audio = root(element).querySelector('audio')!;
    expect(audio.controls).to.be.true;
    expect(audio.autoplay).to.be.false;
    expect(audio.getAttribute('aria-label')).to.equal('The speech');
    expect(audio.querySelector('track')).to.equal(null);
  });

  it('shows a link to the file when the file cannot be played', async () => {
    const element = await player({ url: '/test/fixtures/media/missing.mp4', type: 'video' });
    await waitUntil(() => !root(element).querySelector('video'), 'the broken video to give way', { timeout: 10_000 });
    const link = root(element).querySelector<HTMLAnchorElement>('a.link-card')!;
    expect(link.href).to.match(/\/test\/fixtures\/media\/missing\.mp4$/);
    expect(link.textContent).to.contain('Ada Lovelace');
  });

  it('YouTube: asks nothing of the site before Play, then the nocookie player with a title, focused', async () => {
    const element = await player({ url: YOUTUBE, type: 'youtube' });
    const shadow = root(element);
    const play = shadow.querySelector<HTMLButtonElement>('button.play')!;
    expect(play.textContent).to.equal('Play on YouTube');
    expect(shadow.querySelector('.title')!.textContent).to.equal('Ada Lovelace');
    expect(shadow.querySelector('.consent')!.textContent).to.equal('Playing loads the player from YouTube.');
    expect(shadow.querySelector<HTMLAnchorElement>('a.open')!.href).to.equal(YOUTUBE);
    expect(shadow.querySelector('iframe, img')).to.equal(null);
    expect(requestsTo('youtube-nocookie.com').concat(requestsTo('youtube.com'), requestsTo('ytimg.com'))).to.deep.equal([]);
    play.click();
    const frame = shadow.querySelector('iframe')!;
    expect(frame.src).to.equal('https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ?autoplay=1&start=42');
    expect(frame.title).to.equal('YouTube video: Ada Lovelace');
    expect(frame.referrerPolicy).to.equal('strict-origin-when-cross-origin');
    expect(shadow.activeElement).to.equal(frame);
    expect(shadow.querySelector<HTMLAnchorElement>('a.open')!.textContent).to.equal('Open on YouTube');
  });

  it('YouTube from the keyboard: Play is a tab stop, Enter loads the player and focus moves into it', async () => {
    const before = document.createElement('button');
    before.textContent = 'before';
    document.body.append(before);
    const element = await player({ url: 'https://youtu.be/dQw4w9WgXcQ', type: 'youtube' });
    document.body.append(element);
    before.focus();
    await sendKeys({ press: 'Tab' });
    expect(root(element).activeElement?.className).to.equal('play');
    await sendKeys({ press: 'Enter' });
    expect(root(element).activeElement?.tagName).to.equal('IFRAME');
    before.remove();
  });

  it('Vimeo: click to load player.vimeo.com with dnt=1', async () => {
    const element = await player({ url: 'https://vimeo.com/76979871', type: 'vimeo', alt: 'The launch' });
    expect(root(element).querySelector('button.play')!.textContent).to.equal('Play on Vimeo');
    expect(root(element).querySelector('iframe')).to.equal(null);
    expect(requestsTo('vimeo.com')).to.deep.equal([]);
    root(element).querySelector<HTMLButtonElement>('button.play')!.click();
    const frame = root(element).querySelector('iframe')!;
    expect(frame.src).to.equal('https://player.vimeo.com/video/76979871?dnt=1&autoplay=1');
    expect(frame.title).to.equal('Vimeo video: The launch');
  });

  it('draws a page, or a video site address with no video in it, as a link card: site name and title, no image', async () => {
    for (const [url, type, site] of [
      ['https://www.example.org/report', 'page', 'example.org'],
      ['https://www.youtube.com/@newsroom', 'youtube', 'youtube.com'],
    ] as const) {
      const element = await player({ url, type });
      const card = root(element).querySelector<HTMLAnchorElement>('a.link-card')!;
      expect(card.href).to.equal(url);
      expect(card.querySelector('.site')!.textContent).to.equal(site);
      expect(card.querySelector('.title')!.textContent).to.equal('Ada Lovelace');
      expect(root(element).querySelector('img, iframe, button')).to.equal(null);
    }
  });

  it('reads its strings from the timeline table first, English for any it lacks', async () => {
    const element = await player({ url: YOUTUBE, type: 'youtube' }, { mediaPlay: ({ site }: { site: string }) => `Auf ${site} abspielen` });
    expect(root(element).querySelector('button.play')!.textContent).to.equal('Auf YouTube abspielen');
    expect(root(element).querySelector('a.open')!.textContent).to.equal('Open on YouTube');
  });

  it('shows the credit as text, never HTML', async () => {
    const element = await player({ url: 'https://example.org/', type: 'page', credit: '<b>Agency</b>' });
    expect(root(element).querySelector('.credit')!.textContent).to.equal('<b>Agency</b>');
    expect(root(element).querySelector('b')).to.equal(null);
  });

  it('has no axe violations in any kind', async () => {
    for (const media of [
      { url: VIDEO, type: 'video', captions: CAPTIONS },
      { url: AUDIO, type: 'audio', captions: CAPTIONS },
      { url: YOUTUBE, type: 'youtube' },
      { url: 'https://vimeo.com/76979871', type: 'vimeo' },
      { url: 'https://example.org/', type: 'page', credit: 'Agency' },
    ] satisfies TimelineMedia[]) {
      const element = await player(media);
      await expectNoAxeViolations(element);
    }
  });
});
