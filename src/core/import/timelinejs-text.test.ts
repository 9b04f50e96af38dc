import { expect } from '@open-wc/testing';
import { anchorLinks, MAX_DERIVED_TITLE, titleFromText } from './timelinejs-text.js';

describe('timelinejs-text', () => {
  it('anchorLinks(html) keeps http(s) anchors with their text as label, each address once', () => {
    const html = '<p>Take <a href="https://en.wikipedia.org/wiki/Ada_Lovelace">Ada <b>Lovelace</b></a> and <a href=\'//example.org/x?a=1&amp;b=2\'></a>, <A HREF=https://en.wikipedia.org/wiki/Ada_Lovelace>again</A> <a href="javascript:alert(1)">no</a> <a name="x">no</a></p>';
    expect(anchorLinks(html)).to.deep.equal([
      { url: 'https://en.wikipedia.org/wiki/Ada_Lovelace', label: 'Ada Lovelace' },
      { url: 'https://example.org/x?a=1&b=2', label: 'example.org' },
    ]);
    expect(anchorLinks('no links here')).to.deep.equal([]);
  });

  it('anchorLinks(html) of many unclosed anchors returns (one pass, not one scan per "<a")', () => {
    expect(anchorLinks('<a href="https://example.org/">x'.repeat(100_000))).to.deep.equal([]);
  });

  it('titleFromText(summary) keeps a short first line and cuts a long one at a word with "…"', () => {
    expect(titleFromText('A short line\nMore')).to.equal('A short line');
    const long = 'Samuel Langhorne Clemens (November 30, 1835 – April 21, 1910), better known by his pen name Mark Twain, was an American author';
    const title = titleFromText(long);
    expect(title.length).to.be.at.most(MAX_DERIVED_TITLE);
    expect(title).to.equal('Samuel Langhorne Clemens (November 30, 1835 – April 21, 1910), better known by…');
    expect(titleFromText('字'.repeat(200))).to.equal(`${'字'.repeat(79)}…`);
    expect(titleFromText('')).to.equal('');
  });
});
