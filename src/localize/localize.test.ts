import { expect } from '@open-wc/testing';
import { en } from './en.js';
import { localize, type Strings } from './localize.js';
import { pluralsFor } from './plural.js';

describe('localize', () => {
  it('localize(strings, key) reads a text from the table it is given, not a page-wide one', () => {
    const other: Strings = { ...en, retry: 'Nochmal versuchen' };
    expect(localize(en, 'retry')).to.equal('Try again');
    expect(localize(other, 'retry')).to.equal('Nochmal versuchen');
  });

  it('localize(strings, key, values) makes a message from its values', () => {
    expect(localize(en, 'closeEvent', { title: 'MPs vote' })).to.equal('Close MPs vote');
    expect(localize(en, 'withKey', { label: 'Zoom in', key: '+' })).to.equal('Zoom in (+)');
  });
});

describe('pluralsFor', () => {
  it("pluralsFor('en') picks one for 1 and other for the rest", () => {
    const plural = pluralsFor('en');
    const forms = { one: 'one', other: 'other' };
    expect([0, 1, 2, 21].map((n) => plural(n, forms))).to.deep.equal(['other', 'one', 'other', 'other']);
  });

  it("pluralsFor(lang) uses the language's own categories, falling back to other", () => {
    // Polish: 2–4 take "few", 5–21 "many"; a table without "many" gets "other".
    const plural = pluralsFor('pl');
    expect([1, 3, 5, 22].map((n) => plural(n, { one: 'o', few: 'f', many: 'm', other: 'x' }))).to.deep.equal(['o', 'f', 'm', 'f']);
    expect(plural(5, { one: 'o', other: 'x' })).to.equal('x');
  });
});
