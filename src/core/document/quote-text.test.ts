import { expect } from '@open-wc/testing';
import { describeValue, excerpt, quoteText } from './quote-text.js';

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

describe('quoteText', () => {
  it('quotes short text whole and long text shortened to the length asked', () => {
    expect(quoteText('uk-vote')).to.equal('"uk-vote"');
    expect(quoteText('x'.repeat(60))).to.equal(`"${'x'.repeat(60)}"`);
    expect(quoteText('x'.repeat(61))).to.equal(`"${'x'.repeat(59)}…"`);
    expect(quoteText('abcdefghij', 5)).to.equal('"abcd…"');
  });

  it('cuts between characters a reader sees: a family, a flag or an accented letter stays whole or goes', () => {
    for (const cluster of ['👩‍👩‍👧‍👦', '🇬🇧', 'é', '👍🏽', 'क्षि']) {
      for (let pad = 50; pad <= 60; pad += 1) {
        const quoted = quoteText(`${'x'.repeat(pad)}${cluster}${'y'.repeat(20)}`);
        const kept = quoted.slice(1 + pad, -2);
        expect(quoted, `${pad} + ${cluster}`).to.not.match(LONE_SURROGATE);
        if (typeof Intl.Segmenter === 'function') expect(['', cluster].includes(kept) || kept.startsWith(cluster), `${pad} + ${cluster}: ${kept}`).to.equal(true);
      }
    }
  });

  it('segments only a prefix of a 10 MB text', () => {
    const text = `${'é'.repeat(100)}${'x'.repeat(10_000_000)}`;
    expect(quoteText(text)).to.equal(`"${'é'.repeat(59)}…"`);
  });
});

describe('excerpt', () => {
  it('cuts between code points where Intl.Segmenter is missing', () => {
    expect(excerpt(`${'x'.repeat(58)}👩‍👩‍👧‍👦`, 59, null)).to.equal('x'.repeat(58));
    expect(excerpt(`${'x'.repeat(57)}👩‍👩‍👧‍👦`, 59, null)).to.equal(`${'x'.repeat(57)}👩`);
  });

  it('cuts between code points inside one cluster longer than the limit', () => {
    const zalgo = `a${'\u0301'.repeat(100)}`;
    expect(excerpt(zalgo, 59)).to.equal(zalgo.slice(0, 59));
    expect(excerpt(`${'👍'.repeat(50)}`, 59, null)).to.equal('👍'.repeat(29));
  });
});

describe('describeValue', () => {
  it('describeValue names what a value is in words, quoting an excerpt of text', () => {
    expect([null, [], {}, 2015, true, undefined].map(describeValue)).to.deep.equal(
      ['null (empty)', 'a list', 'an object', 'the number 2015', 'true', 'missing'],
    );
    expect(describeValue('x'.repeat(100))).to.equal(`the text "${'x'.repeat(59)}…"`);
  });
});
