import { expect } from '@open-wc/testing';
import { plainText } from './timelinejs-html.js';

describe('plainText', () => {
  it('plainText keeps the words of HTML and never its tags', () => {
    expect(plainText('<p>One &amp; <b>two</b></p><script>alert(1)</script>')).to.equal('One & two\nalert(1)');
    expect(plainText('<img src=x onerror=alert(1)>Safe')).to.equal('Safe');
    expect(plainText('2011&ndash;2015 &#8220;quoted&#x201D; &unknown;')).to.equal('2011–2015 “quoted” &unknown;');
    expect(plainText('  One <br> \n\n two  <br/>')).to.equal('One\ntwo');
  });

  it('plainText turns references to surrogates, noncharacters and controls into U+FFFD, never a lone surrogate', () => {
    expect(plainText('a&#xD800;b&#55296;c&#xDFFF;')).to.equal('a\uFFFDb\uFFFDc\uFFFD');
    expect(plainText('&#xFFFE;&#xFDD0;&#x10FFFF;&#x110000;&#0;&#27;&#x9B;')).to.equal('\uFFFD'.repeat(7));
    expect(plainText('&#x1F469;&#9;&#x41;')).to.equal('👩 A');
  });

  it('plainText replaces a lone surrogate its input holds with U+FFFD and keeps pairs', () => {
    expect(plainText('a\ud800b\udc00c 👩‍👩‍👧')).to.equal('a\uFFFDb\uFFFDc 👩‍👩‍👧');
  });

  it('plainText of a megabyte of "<" or of spaces returns (these took quadratic time)', () => {
    expect(plainText('<'.repeat(1_000_000))).to.equal('<'.repeat(1_000_000));
    const spaces = ' \u00a0'.repeat(500_000);
    expect(plainText(`a${spaces}b`)).to.equal(`a${spaces}b`);
    expect(plainText(`a${spaces}\n${spaces}b`)).to.equal('a\nb');
  });
});
