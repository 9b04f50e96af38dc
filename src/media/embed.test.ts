import { expect } from '@open-wc/testing';
import { embedOf, secondsOf, siteOf, vimeoVideo, youtubeVideo } from './embed.js';

describe('media embeds', () => {
  it('reads a YouTube video id from every address shape', () => {
    for (const url of [
      'https://www.youtube.com/watch?v=dQw4w9WgXcQ',
      'https://m.youtube.com/watch?feature=share&v=dQw4w9WgXcQ',
      'https://youtu.be/dQw4w9WgXcQ',
      'https://www.youtube.com/embed/dQw4w9WgXcQ?rel=0',
      'https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ',
      'https://youtube.com/shorts/dQw4w9WgXcQ',
      'https://www.youtube.com/live/dQw4w9WgXcQ?si=abc',
    ]) {
      expect(youtubeVideo(url), url).to.deep.equal({ id: 'dQw4w9WgXcQ', start: 0 });
    }
  });

  it('reads a YouTube start time from t= (seconds or 1m30s), start= or the fragment', () => {
    expect(youtubeVideo('https://youtu.be/dQw4w9WgXcQ?t=42')?.start).to.equal(42);
    expect(youtubeVideo('https://www.youtube.com/watch?v=dQw4w9WgXcQ&t=1m30s')?.start).to.equal(90);
    expect(youtubeVideo('https://www.youtube.com/embed/dQw4w9WgXcQ?start=7')?.start).to.equal(7);
    expect(youtubeVideo('https://www.youtube.com/watch?v=dQw4w9WgXcQ#t=1h0m5s')?.start).to.equal(3605);
    expect(secondsOf('soon')).to.equal(0);
  });

  it('finds no YouTube video in a channel, a playlist, another site or a malformed id', () => {
    for (const url of [
      'https://www.youtube.com/@newsroom',
      'https://www.youtube.com/playlist?list=PL123',
      'https://www.youtube.com/watch?v=short',
      'https://example.com/watch?v=dQw4w9WgXcQ',
      'not a url',
    ]) {
      expect(youtubeVideo(url), url).to.equal(undefined);
    }
  });

  it('reads Vimeo ids, unlisted hashes and start times', () => {
    expect(vimeoVideo('https://vimeo.com/76979871')).to.deep.equal({ id: '76979871', start: 0 });
    expect(vimeoVideo('https://vimeo.com/channels/staffpicks/76979871#t=30s')).to.deep.equal({ id: '76979871', start: 30 });
    expect(vimeoVideo('https://player.vimeo.com/video/76979871?h=8d8e5a2c1b')).to.deep.equal({ id: '76979871', hash: '8d8e5a2c1b', start: 0 });
    expect(vimeoVideo('https://vimeo.com/76979871/8d8e5a2c1b')).to.deep.equal({ id: '76979871', hash: '8d8e5a2c1b', start: 0 });
    expect(vimeoVideo('https://vimeo.com/newsroom')).to.equal(undefined);
  });

  it('builds the privacy-enhanced player addresses, autoplaying once asked for', () => {
    expect(embedOf('youtube', 'https://youtu.be/dQw4w9WgXcQ?t=42')).to.deep.equal({
      site: 'YouTube',
      origin: 'https://www.youtube-nocookie.com',
      src: 'https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ?autoplay=1&start=42',
    });
    expect(embedOf('vimeo', 'https://vimeo.com/76979871/8d8e5a2c1b#t=1m')).to.deep.equal({
      site: 'Vimeo',
      origin: 'https://player.vimeo.com',
      src: 'https://player.vimeo.com/video/76979871?dnt=1&autoplay=1&h=8d8e5a2c1b#t=60s',
    });
  });

  it('has no player for a video site address without a video, nor for a page', () => {
    expect(embedOf('youtube', 'https://www.youtube.com/@newsroom')).to.equal(undefined);
    expect(embedOf('page', 'https://youtu.be/dQw4w9WgXcQ')).to.equal(undefined);
  });

  it('names a site by its host without www.', () => {
    expect(siteOf('https://www.example.org/a')).to.equal('example.org');
    expect(siteOf('https://en.wikipedia.org/wiki/Ada_Lovelace')).to.equal('en.wikipedia.org');
    expect(siteOf('nonsense')).to.equal('nonsense');
  });
});
