import { expect } from '@open-wc/testing';
import { isImageFile, mediaKindOf } from './media-kinds.js';

describe('mediaKindOf', () => {
  it('recognises YouTube and Vimeo addresses in their usual forms', () => {
    for (const url of [
      'https://www.youtube.com/watch?v=dQw4w9WgXcQ',
      'https://youtube.com/shorts/abc',
      'http://m.youtube.com/watch?v=x',
      'https://youtu.be/dQw4w9WgXcQ?t=30',
      'https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ',
    ]) {
      expect(mediaKindOf(url), url).to.equal('youtube');
    }
    for (const url of ['https://vimeo.com/148751763', 'https://player.vimeo.com/video/148751763', 'https://www.vimeo.com/1']) {
      expect(mediaKindOf(url), url).to.equal('vimeo');
    }
  });

  it('reads video and audio files by the extension of the path, not of the query', () => {
    expect(mediaKindOf('https://example.org/clip.mp4')).to.equal('video');
    expect(mediaKindOf('https://example.org/clip.WEBM?token=1#t=5')).to.equal('video');
    expect(mediaKindOf('https://example.org/speech.mp3')).to.equal('audio');
    expect(mediaKindOf('https://example.org/speech.ogg#t=10')).to.equal('audio');
    expect(mediaKindOf('https://example.org/page?file=clip.mp4')).to.equal('image');
    expect(mediaKindOf('https://example.org/CLIP.Mp4')).to.equal('video');
  });

  it('takes anything else as a picture, as media always was', () => {
    for (const url of ['https://example.org/a.jpg', 'https://images.example.org/abc123', 'https://notyoutube.com/watch?v=1', 'https://youtube.com.evil.example/x']) {
      expect(mediaKindOf(url), url).to.equal('image');
    }
  });
});

describe('isImageFile', () => {
  it('is true for picture extensions in the path only', () => {
    expect(isImageFile('https://farm8.staticflickr.com/7/a_b.JPG')).to.equal(true);
    expect(isImageFile('https://example.org/a.jpeg?w=600')).to.equal(true);
    expect(isImageFile('https://example.org/a.svg#x')).to.equal(true);
    expect(isImageFile('https://en.wikipedia.org/wiki/Ada_Lovelace')).to.equal(false);
    expect(isImageFile('https://example.org/view?img=a.png')).to.equal(false);
  });
});
