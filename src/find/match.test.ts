import { expect } from '@open-wc/testing';
import { parseTimelineDocument } from '../core/document/parse.js';
import { facetsOf, fold, matchesOf, TAG_CAP, token } from './match.js';

const parsed = (raw: unknown) => parseTimelineDocument(raw).document!;

describe('find matching', () => {
  it('fold drops accents and case in the given locale', () => {
    expect(fold('Élysée ÇA', 'fr')).to.equal('elysee ca');
    expect(fold('İstanbul', 'tr')).to.equal('istanbul');
    expect(fold('IRAK', 'tr'), 'Turkish dotless ı').to.equal('ırak');
  });

  it('matchesOf finds title or summary text, in order; an empty query matches nothing', () => {
    const doc = parsed({
      version: 1,
      events: [
        { id: 'a', date: '2001', title: 'Talks at the Élysée' },
        { id: 'b', date: '2002', title: 'Quiet', summary: 'back to the ELYSEE' },
        { id: 'c', date: '2003', title: 'Nothing here' },
      ],
    });
    expect(matchesOf(doc.events, 'elysée', 'en').map((event) => event.id)).to.deep.equal(['a', 'b']);
    expect(matchesOf(doc.events, '  ', 'en')).to.deep.equal([]);
    expect(matchesOf(doc.events, 'to the\nelysee', 'en'), 'title and summary are not one run of text').to.deep.equal([]);
  });

  it('facetsOf: the groups, else the most used tags, at most TAG_CAP, ties in first-seen order', () => {
    const grouped = parsed({ version: 1, groups: [{ id: 'x', label: 'X' }], events: [{ date: '2001', title: 'A', group: 'x', tags: ['t'] }] });
    expect(facetsOf(grouped)).to.deep.equal([{ id: 'x', label: 'X' }]);
    const tags = Array.from({ length: TAG_CAP + 3 }, (_, i) => `t${i}`);
    const tagged = parsed({
      version: 1,
      events: [
        ...tags.map((tag, i) => ({ date: `20${10 + i}`, title: `E${i}`, tags: [tag] })),
        { date: '2040', title: 'Late', tags: ['t14', 'Air strikes'] },
        { date: '2041', title: 'Later', tags: ['Air strikes'] },
      ],
    });
    const ids = facetsOf(tagged).map((facet) => facet.id);
    expect(ids).to.have.length(TAG_CAP);
    expect(ids.slice(0, 3)).to.deep.equal(['t14', 'Air strikes', 't0']);
    expect(token('Air strikes')).to.equal('Air_strikes');
  });
});
