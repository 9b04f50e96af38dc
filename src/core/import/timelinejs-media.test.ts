import { expect } from '@open-wc/testing';
import { absoluteUrl, convertMedia, embeddedAddress, importedMediaKind } from './timelinejs-media.js';
import type { TimelineProblem } from '../document/types.js';

function convert(media: unknown) {
  const problems: TimelineProblem[] = [];
  const result = convertMedia({ media }, 'events[0]', problems);
  return { result, said: problems.map((problem) => `${problem.severity} ${problem.path}`), problems };
}

describe('timelinejs-media', () => {
  it('absoluteUrl(url) makes a protocol-relative address https', () => {
    expect(absoluteUrl(' //farm8.staticflickr.com/7076/a.jpg')).to.equal('https://farm8.staticflickr.com/7076/a.jpg');
    expect(absoluteUrl('http://example.org/')).to.equal('http://example.org/');
  });

  it('importedMediaKind(url) is a picture only for picture files and picture hosts, else a page', () => {
    expect(importedMediaKind('https://example.org/a.JPG?x=1')).to.equal('image');
    expect(importedMediaKind('https://upload.wikimedia.org/wikipedia/commons/thumb/x/y/z')).to.equal('image');
    expect(importedMediaKind('https://farm8.staticflickr.com/7076/abc')).to.equal('image');
    expect(importedMediaKind('https://i.imgur.com/abc')).to.equal('image');
    expect(importedMediaKind('https://www.youtube.com/watch?v=x')).to.equal('youtube');
    expect(importedMediaKind('https://vimeo.com/1')).to.equal('vimeo');
    expect(importedMediaKind('https://example.org/a.mp4')).to.equal('video');
    expect(importedMediaKind('https://example.org/a.mp3')).to.equal('audio');
    for (const page of ['https://en.wikipedia.org/wiki/Ada_Lovelace', 'https://twitter.com/x/status/1', 'https://open.spotify.com/track/1', 'https://imgur.com/gallery/x']) {
      expect(importedMediaKind(page), page).to.equal('page');
    }
  });

  it('convertMedia writes a type for every kind but a picture, and takes the caption as a title when there is one', () => {
    expect(convert({ url: 'https://www.youtube.com/watch?v=x', caption: '<b>A</b> video', credit: 'C' }).result).to.deep.equal({ url: 'https://www.youtube.com/watch?v=x', type: 'youtube', alt: 'A video', credit: 'C' });
    expect(convert({ url: 'https://en.wikipedia.org/wiki/X' })).to.deep.include({ result: { url: 'https://en.wikipedia.org/wiki/X', type: 'page' }, said: [] });
    expect(convert({ url: '//farm8.staticflickr.com/1/a.jpg', caption: 'Ships' }).result).to.deep.equal({ url: 'https://farm8.staticflickr.com/1/a.jpg', alt: 'Ships' });
  });

  it('convertMedia leaves out a picture without a description, with a warning', () => {
    expect(convert({ url: 'https://example.org/a.jpg', caption: '' })).to.deep.include({ result: undefined, said: ['warning events[0].media'] });
  });

  it('convertMedia keeps a picture\'s alt over its caption and reports the caption, thumbnail and link it drops', () => {
    const { result, said, problems } = convert({ url: 'https://example.org/a.jpg', alt: 'A ship', caption: 'The ship sails', thumbnail: 'https://example.org/t.jpg', link: 'https://example.org/' });
    expect(result).to.deep.equal({ url: 'https://example.org/a.jpg', alt: 'A ship' });
    expect(said).to.deep.equal(['warning events[0].media', 'warning events[0].media.caption']);
    expect(problems[0].message).to.equal('events[0]: the media\'s "thumbnail", "link" have no place in a news-timeline document and were dropped.');
  });

  it('convertMedia leaves out what is not an http(s) address, such as embed code', () => {
    expect(convert({ url: '<blockquote class="twitter-tweet">…</blockquote>' }).said).to.deep.equal(['warning events[0].media.url']);
    expect(convert({ url: 'javascript:alert(1)', caption: 'x' }).result).to.equal(undefined);
  });

  it('convertMedia keeps the address of iframe embed code, with a warning', () => {
    expect(embeddedAddress(`<iframe width='100%' src='https://example.org/embed?a=1&amp;b=2' frameborder='0'></iframe>`)).to.equal('https://example.org/embed?a=1&b=2');
    expect(embeddedAddress('<blockquote>Quote</blockquote>')).to.equal(undefined);
    const { result, said } = convert({ url: '<iframe src="https://www.youtube.com/embed/x"></iframe>', caption: 'Clip' });
    expect(result).to.deep.equal({ url: 'https://www.youtube.com/embed/x', type: 'youtube', alt: 'Clip' });
    expect(said).to.deep.equal(['warning events[0].media.url']);
  });
});
