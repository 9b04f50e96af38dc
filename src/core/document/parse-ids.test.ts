import { expect } from '@open-wc/testing';
import { assignEventIds, deriveEventId, slugify, uniqueId } from './parse-ids.js';

describe('event ids', () => {
  it('deriveEventId keeps the minus of a BC year and drops the colons of a time', () => {
    const derived = [['-0043-03-15', 'Caesar killed'], ['2015-12-02T22:30Z', 'Vote'], ['2015', '!!!']].map(([date, title]) => deriveEventId(date, title));
    expect(derived).to.deep.equal(['-0043-03-15-caesar-killed', '2015-12-02t2230z-vote', '2015']);
  });

  it('slugify keeps letters of any script and drops accents and punctuation', () => {
    expect(['Côte d’Ivoire: élections!', 'البرلمان البريطاني', '<img src=x onerror=alert(1)>'].map((text) => slugify(text))).to.deep.equal(
      ['cote-d-ivoire-elections', 'البرلمان-البريطاني', 'img-src-x-onerror-alert-1'],
    );
  });

  it('slugify(text, maxLength) keeps whole words, cutting only a single overlong word', () => {
    expect(slugify('air strikes on raqqa', 12)).to.equal('air-strikes');
    expect(slugify('antidisestablishmentarianism', 6)).to.equal('antidi');
  });

  it('uniqueId(base, taken, next) counts up from 2 and remembers where it stopped', () => {
    const taken = new Set(['vote', 'vote-2']);
    const next = new Map<string, number>();
    expect(uniqueId('poll', taken, next)).to.equal('poll');
    expect(uniqueId('vote', taken, next)).to.equal('vote-3');
    taken.add('vote-3');
    expect(uniqueId('vote', taken, next)).to.equal('vote-4');
    expect(next.get('vote')).to.equal(5);
  });

  it('assignEventIds gives given ids to their first event, numbered variants to repeats, and derives the rest', () => {
    const { ids, duplicateOf } = assignEventIds(['vote', undefined, 'vote', 'poll-2'], (position) => ['', 'poll', '', ''][position]);
    expect(ids).to.deep.equal(['vote', 'poll', 'vote-2', 'poll-2']);
    expect([...duplicateOf]).to.deep.equal([[2, 0]]);
  });

  it('assignEventIds keeps the list of given ids when every event has its own', () => {
    const given = ['a', 'b'];
    expect(assignEventIds(given, () => 'unused').ids).to.equal(given);
  });
});
