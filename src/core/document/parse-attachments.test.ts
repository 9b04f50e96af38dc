import { expect } from '@open-wc/testing';
import { parseLinks, parseMedia, parseTags } from './parse-attachments.js';
import type { ProblemList } from './problems.js';

const at = (problems: ProblemList) => problems.map((problem) => `${problem.severity} ${problem.path}`);

describe('parseTags', () => {
  it('parseTags keeps the text tags and drops the rest with a warning at each', () => {
    const problems: ProblemList = [];
    expect(parseTags(['UK', 3, 'Libya'], 'events[0].tags', 'Event 1', problems)).to.deep.equal(['UK', 'Libya']);
    expect(at(problems)).to.deep.equal(['warning events[0].tags[1]']);
  });

  it('parseTags of no tags is an empty list; of a value that is not a list, a warning', () => {
    const problems: ProblemList = [];
    expect(parseTags(undefined, 'events[0].tags', 'Event 1', problems)).to.deep.equal([]);
    expect(parseTags('UK', 'events[0].tags', 'Event 1', problems)).to.deep.equal([]);
    expect(problems[0].message).to.equal('Event 1: tags must be a list of words such as ["UK"], but it is the text "UK", so the tags are ignored.');
  });
});

describe('parseLinks', () => {
  it('parseLinks keeps web links with labels and leaves out each other one, saying why', () => {
    const problems: ProblemList = [];
    const links = parseLinks(
      [{ url: 'https://example.org/', label: 'Hansard' }, { url: 'javascript:alert(1)', label: 'x' }, { url: 'https://example.org/' }, 'https://example.org/'],
      'events[0].links',
      'Event 1',
      problems,
    );
    expect(links).to.deep.equal([{ url: 'https://example.org/', label: 'Hansard' }]);
    expect(at(problems)).to.deep.equal(['warning events[0].links[1].url', 'warning events[0].links[2].label', 'warning events[0].links[3]']);
    expect(problems[0].message).to.equal(
      'Event 1, link 2: the url "javascript:alert(1)" is not a web address starting with http:// or https://, so the link is left out.',
    );
  });
});

describe('parseMedia', () => {
  it('parseMedia keeps an image with a web address and alt text, and its credit', () => {
    const problems: ProblemList = [];
    const media = { url: 'https://example.org/a.jpg', alt: 'Jets on a runway', credit: 'RAF' };
    expect(parseMedia(media, 'events[0].media', 'Event 1', problems)).to.deep.equal({ ...media, type: 'image' });
    expect(problems).to.deep.equal([]);
  });

  it('parseMedia leaves out an image without alt text, and ignores a credit that is not text', () => {
    const problems: ProblemList = [];
    expect(parseMedia({ url: 'https://example.org/a.jpg', alt: ' ', credit: 1 }, 'events[0].media', 'Event 1', problems)).to.equal(undefined);
    expect(at(problems)).to.deep.equal(['warning events[0].media.alt', 'warning events[0].media.credit']);
    expect(problems[0].message).to.contain('the alt text is blank. Describe the picture');
  });

  it('parseMedia states the kind it recognised, and needs no alt from a video, audio file or page', () => {
    const problems: ProblemList = [];
    const read = (media: object) => parseMedia(media, 'events[0].media', 'Event 1', problems);
    expect(read({ url: 'https://youtu.be/abc' })).to.deep.equal({ url: 'https://youtu.be/abc', type: 'youtube' });
    expect(read({ url: 'https://example.org/v.mp4', captions: 'https://example.org/v.vtt' })).to.deep.equal({
      url: 'https://example.org/v.mp4', type: 'video', captions: 'https://example.org/v.vtt',
    });
    expect(read({ url: 'https://example.org/wiki', type: 'page', alt: 'Syria' })).to.deep.equal({ url: 'https://example.org/wiki', type: 'page', alt: 'Syria' });
    // A stated type wins over the address.
    expect(read({ url: 'https://youtu.be/abc', type: 'page' })?.type).to.equal('page');
    expect(problems).to.deep.equal([]);
  });

  it('parseMedia lets the url decide when the type is not a kind, and ignores what a kind cannot use', () => {
    const problems: ProblemList = [];
    const read = (media: object) => parseMedia(media, 'events[0].media', 'Event 1', problems);
    expect(read({ url: 'https://vimeo.com/1', type: 'movie' })?.type).to.equal('vimeo');
    expect(read({ url: 'https://example.org/v.ogv', alt: '' })).to.deep.equal({ url: 'https://example.org/v.ogv', type: 'video' });
    expect(read({ url: 'https://example.org/a', type: 'page', captions: 'https://example.org/a.vtt' })).to.deep.equal({ url: 'https://example.org/a', type: 'page' });
    expect(read({ url: 'https://example.org/a.mp3', captions: 'javascript:alert(1)' })).to.deep.equal({ url: 'https://example.org/a.mp3', type: 'audio' });
    expect(at(problems)).to.deep.equal([
      'warning events[0].media.type', 'warning events[0].media.alt', 'warning events[0].media.captions', 'warning events[0].media.captions',
    ]);
    expect(problems[0].message).to.contain('must be one of image, video, audio, youtube, vimeo, page, but it is the text "movie", so the url decides');
    expect(problems[1].message).to.contain('the alt text is blank. It is ignored.');
    expect(problems[2].message).to.contain('captions must be the http or https address of a WebVTT file, for a video or audio file only');
    expect(problems[3].message).to.equal(problems[2].message);
  });

  it('parseMedia leaves out a page read as a picture when it has no alt, saying how to keep it', () => {
    const problems: ProblemList = [];
    expect(parseMedia({ url: 'https://en.wikipedia.org/wiki/Syria' }, 'events[0].media', 'Event 1', problems)).to.equal(undefined);
    expect(problems[0].message).to.contain('there is no alt text. Describe the picture').and.contain('If it is a page, not a picture, add "type": "page".');
  });
});
