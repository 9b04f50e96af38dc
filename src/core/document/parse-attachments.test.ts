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
    expect(parseMedia(media, 'events[0].media', 'Event 1', problems)).to.deep.equal(media);
    expect(problems).to.deep.equal([]);
  });

  it('parseMedia leaves out an image without alt text, and ignores a credit that is not text', () => {
    const problems: ProblemList = [];
    expect(parseMedia({ url: 'https://example.org/a.jpg', alt: ' ', credit: 1 }, 'events[0].media', 'Event 1', problems)).to.equal(undefined);
    expect(at(problems)).to.deep.equal(['warning events[0].media.alt', 'warning events[0].media.credit']);
    expect(problems[0].message).to.contain('the alt text is blank. Describe the picture');
  });
});
