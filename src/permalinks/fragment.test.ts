import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { encodePair, eventInFragment, withEventInFragment } from './fragment.js';

/** Event ids as documents may spell them: any text, lone surrogates included. */
const anyId = fc.oneof(fc.string({ unit: 'binary', maxLength: 40 }), fc.constantFrom('uk-vote', 'a=b&c', '%41', '#', ' ', '', '100%'));
const key = fc.oneof(fc.constantFrom('timeline', 'timeline-2', 'story'), fc.string({ unit: 'grapheme', minLength: 1, maxLength: 12 }));
/** Another timeline's pair, or a part that is no pair at all, as a page may have. */
const otherPart = fc.oneof(
  fc.tuple(fc.string({ unit: 'grapheme', minLength: 1, maxLength: 8 }), fc.string({ unit: 'grapheme', maxLength: 8 }))
    .map(([k, v]) => encodePair(`o-${k}`, v)!),
  fc.constantFrom('a=%zz', 'flag=', 'x==y'),
);
const wellFormed = (text: string) => !/\p{Surrogate}/u.test(text);

describe('permalink fragments', () => {
  it('eventInFragment(fragment, key) reads the decoded id of that key only, with or without "#"', () => {
    expect(eventInFragment('#timeline=uk-vote&story=a%20b', 'story')).to.equal('a b');
    expect(eventInFragment('timeline=uk-vote', 'timeline')).to.equal('uk-vote');
    expect(eventInFragment('#timeline-2=x', 'timeline')).to.equal(undefined);
    expect(eventInFragment('#t%69meline=x', 'timeline'), 'keys are percent-decoded too').to.equal('x');
    expect(eventInFragment('#timeline=%E0%A4%A', 'timeline'), 'a malformed escape is no pair').to.equal(undefined);
    expect(eventInFragment('#section', 'section')).to.equal(undefined);
    expect(eventInFragment('', 'timeline')).to.equal(undefined);
  });

  it('withEventInFragment(fragment, key, id) writes the pair in place, keeps the rest, and removes it with null', () => {
    expect(withEventInFragment('', 'timeline', 'uk-vote')).to.equal('#timeline=uk-vote');
    expect(withEventInFragment('#a=1&timeline=old&b=2', 'timeline', 'new id')).to.equal('#a=1&timeline=new%20id&b=2');
    expect(withEventInFragment('#a=1&timeline=old&b=2', 'timeline', null)).to.equal('#a=1&b=2');
    expect(withEventInFragment('#timeline=old', 'timeline', null), 'nothing left: no "#"').to.equal('');
    expect(withEventInFragment('#timeline=a&timeline=b', 'timeline', 'c'), 'one pair per key').to.equal('#timeline=c');
    expect(withEventInFragment('#a=%zz', 'timeline', 'x'), 'a malformed part is kept as written').to.equal('#a=%zz&timeline=x');
  });

  it("withEventInFragment keeps a page's plain #section while it has no pair to write, and replaces it when it has", () => {
    expect(withEventInFragment('#section', 'timeline', null)).to.equal('#section');
    expect(withEventInFragment('#section', 'timeline', 'uk-vote')).to.equal('#timeline=uk-vote');
    expect(withEventInFragment('', 'timeline', null)).to.equal('');
  });

  it('withEventInFragment leaves out an id that no address can hold (a lone surrogate), removing the old pair', () => {
    expect(withEventInFragment('#timeline=old&a=1', 'timeline', '\ud800')).to.equal('#a=1');
  });

  it('any event id round-trips through the fragment, for any key, among any other parts', () => {
    fc.assert(
      fc.property(fc.array(otherPart, { maxLength: 4 }), key, anyId, (others, name, id) => {
        fc.pre(!others.some((part) => eventInFragment(part, name) !== undefined));
        const written = withEventInFragment(`#${others.join('&')}`, name, id);
        expect(eventInFragment(written, name)).to.equal(wellFormed(id) ? id : undefined);
        // Every other part is still there, in its order, as written.
        expect(withEventInFragment(written, name, null)).to.equal(others.length ? `#${others.join('&')}` : '');
      }),
    );
  });

  it('writing one key never changes what another key reads', () => {
    fc.assert(
      fc.property(key, key, anyId.filter(wellFormed), anyId, (first, second, a, b) => {
        fc.pre(first !== second);
        const both = withEventInFragment(withEventInFragment('', first, a), second, b);
        expect(eventInFragment(both, first)).to.equal(a);
        expect(eventInFragment(withEventInFragment(both, second, null), first)).to.equal(a);
      }),
    );
  });

  it("a timeline's filter and search are pairs of their own beside its event's, each read and removed alone", () => {
    let fragment = withEventInFragment('#story=uk-commons-vote', 'story.filter', 'libya Air_strikes');
    fragment = withEventInFragment(fragment, 'story.search', 'Russia & co');
    expect(fragment).to.equal('#story=uk-commons-vote&story.filter=libya%20Air_strikes&story.search=Russia%20%26%20co');
    expect(eventInFragment(fragment, 'story')).to.equal('uk-commons-vote');
    expect(eventInFragment(fragment, 'story.filter')).to.equal('libya Air_strikes');
    expect(eventInFragment(fragment, 'story.search')).to.equal('Russia & co');
    expect(withEventInFragment(fragment, 'story.filter', null)).to.equal('#story=uk-commons-vote&story.search=Russia%20%26%20co');
  });
});
