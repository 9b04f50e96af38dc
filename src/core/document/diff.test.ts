import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { diffDocuments } from './diff.js';
import { parseTimelineDocument } from './parse.js';
import type { TimelineDocument, TimelineEvent, TimelineMedia } from './types.js';

type RawEvent = Record<string, unknown>;

/** The parsed document; unless `warnings` are allowed, any problem throws (an edit dropped). */
function parsed(raw: Record<string, unknown>, warnings = false): TimelineDocument {
  const { document, problems } = parseTimelineDocument({ version: 1, ...raw });
  if (document === undefined || (problems.length > 0 && !warnings)) throw new Error(problems.map((problem) => problem.message).join('\n'));
  return document;
}

const ids = (events: readonly { id: string }[]) => events.map((event) => event.id);

const FULL: RawEvent = {
  id: 'vote', date: '2015-12-02', end: '2015-12-03', approximate: false, title: 'MPs back air strikes',
  summary: 'The Commons voted.', group: 'uk', tags: ['UK'],
  links: [{ url: 'https://example.org/vote', label: 'Commons vote' }],
  media: { url: 'https://example.org/vote.mp4', type: 'video', alt: 'The vote', credit: 'BBC', captions: 'https://example.org/vote.vtt' },
};
const GROUPS = [{ id: 'uk', label: 'UK' }, { id: 'libya', label: 'Libya' }];
const OTHER: RawEvent = { id: 'talks', date: '2015-11-14', title: 'Vienna talks' };

// Edits of FULL, typed over every field of an event and of its media: a field added to
// either fails to compile here until it has an edit, which diffDocuments must then notice.
type ContentKey = Exclude<keyof TimelineEvent, 'id' | 'index' | 'startMs' | 'endMs'>;
const FULL_MEDIA = FULL.media as RawEvent;
const MEDIA_EDITS: Record<keyof TimelineMedia, RawEvent> = {
  url: { ...FULL_MEDIA, url: 'https://example.org/vote2.mp4' },
  type: { ...FULL_MEDIA, type: 'audio' },
  alt: { ...FULL_MEDIA, alt: 'The Commons' },
  credit: { ...FULL_MEDIA, credit: 'Reuters' },
  captions: { ...FULL_MEDIA, captions: undefined },
};
const EDITS: Record<ContentKey, RawEvent[]> = {
  date: [{ date: '2015-12-01' }, { date: '2015-12', end: undefined }, { date: '2015-12-02T22:30Z', end: undefined }],
  end: [{ end: '2015-12-04' }, { end: undefined }],
  approximate: [{ approximate: true }],
  title: [{ title: 'MPs vote for air strikes' }],
  summary: [{ summary: 'The Commons voted 397 to 223.' }, { summary: undefined }],
  group: [{ group: 'libya' }, { group: undefined }],
  tags: [{ tags: ['UK', 'Syria'] }, { tags: ['Syria'] }],
  links: [
    { links: [{ url: 'https://example.org/vote', label: 'The vote' }] },
    { links: [{ url: 'https://example.org/vote2', label: 'Commons vote' }] },
    { links: [...(FULL.links as RawEvent[]), { url: 'https://example.org/b', label: 'More' }] },
  ],
  media: [...Object.values(MEDIA_EDITS).map((media) => ({ media })), { media: undefined }],
};

describe('diffDocuments', () => {
  it('diffDocuments(a, a) and of two parses of one document report nothing', () => {
    const raw = { groups: GROUPS, events: [FULL, OTHER] };
    const empty = { added: [], changed: [], removed: [], fields: [] };
    expect(diffDocuments(parsed(raw), parsed(raw))).to.deep.equal(empty);
    const one = parsed(raw);
    expect(diffDocuments(one, one)).to.deep.equal(empty);
  });

  it('reports an event as changed when any field a reader meets differs', () => {
    const edits = Object.entries(EDITS).flatMap(([key, list]) => list.map((edit, i): [string, RawEvent] => [`${key} ${i + 1}`, edit]));
    const previous = parsed({ groups: GROUPS, events: [FULL, OTHER] });
    const reported = edits.filter(([, edit]) => {
      const next = parsed({ groups: GROUPS, events: [{ ...FULL, ...edit }, OTHER] });
      const diff = diffDocuments(previous, next);
      const [change] = diff.changed;
      return diff.changed.length === 1 && change.before.id === 'vote' && change.after === next.events.find((event) => event.id === 'vote')
        && change.before === previous.events.find((event) => event.id === 'vote')
        && diff.added.length === 0 && diff.removed.length === 0 && diff.fields.length === 0;
    });
    expect(reported.map(([name]) => name)).to.deep.equal(edits.map(([name]) => name));
  });

  it('does not report an event that only moved among events of its date', () => {
    const a = { id: 'a', date: '2015-12-02', title: 'A' };
    const b = { id: 'b', date: '2015-12-02', title: 'B' };
    const diff = diffDocuments(parsed({ events: [a, b, OTHER] }), parsed({ events: [OTHER, b, a] }));
    expect(diff).to.deep.equal({ added: [], changed: [], removed: [], fields: [] });
  });

  it('lists added events in the next document\'s date order and removed ones in the previous\'s', () => {
    const event = (id: string, date: string) => ({ id, date, title: id });
    const previous = parsed({ events: [event('r2', '2015-03-01'), event('keep', '2015-02-01'), event('r1', '2015-01-01')] });
    const next = parsed({ events: [event('a2', '2016-01-01'), event('keep', '2015-02-01'), event('a1', '2014-01-01')] });
    const diff = diffDocuments(previous, next);
    expect(ids(diff.added)).to.deep.equal(['a1', 'a2']);
    expect(ids(diff.removed)).to.deep.equal(['r1', 'r2']);
    expect(diff.changed).to.deep.equal([]);
  });

  it('names the document-level fields that changed, and only those', () => {
    const base = { title: 'Isis looks to Libya', description: 'A retreat zone', locale: 'en-GB', source: { name: 'The Independent', url: 'https://example.org' }, groups: GROUPS, events: [FULL] };
    const cases: [Record<string, unknown>, string[]][] = [
      [{}, []],
      [{ title: 'Isis and Libya' }, ['title']],
      [{ description: undefined, locale: 'fr' }, ['description', 'locale']],
      [{ source: { name: 'The Independent' } }, ['source']],
      [{ groups: [{ id: 'uk', label: 'Britain' }, { id: 'libya', label: 'Libya' }] }, ['groups']],
      [{ groups: [...GROUPS, { id: 'iraq', label: 'Iraq' }] }, ['groups']],
    ];
    const previous = parsed(base);
    expect(cases.map(([edit]) => diffDocuments(previous, parsed({ ...base, ...edit })).fields)).to.deep.equal(cases.map(([, fields]) => fields));
  });

  it('an edited title of an event without an id is a removal and an addition: its derived id changed', () => {
    const previous = parsed({ events: [{ date: '2015-12-02', title: 'MPs back air strikes' }, OTHER] });
    const next = parsed({ events: [{ date: '2015-12-02', title: 'MPs vote for air strikes' }, OTHER] });
    const diff = diffDocuments(previous, next);
    expect(ids(diff.removed)).to.deep.equal(['2015-12-02-mps-back-air-strikes']);
    expect(ids(diff.added)).to.deep.equal(['2015-12-02-mps-vote-for-air-strikes']);
    expect(diff.changed).to.deep.equal([]);
  });

  it('a live blog repeating one date and title that appends another gets exactly one added', () => {
    const entry = (i: number) => ({ date: '2015-12-02', title: 'Air strike', summary: `Update ${i}` });
    const blog = Array.from({ length: 40 }, (_, i) => entry(i));
    const diff = diffDocuments(parsed({ events: blog }), parsed({ events: [...blog, entry(40)] }));
    expect(ids(diff.added)).to.deep.equal(['2015-12-02-air-strike-41']);
    expect(diff.added[0].summary).to.equal('Update 40');
    expect([diff.changed, diff.removed]).to.deep.equal([[], []]);
  });

  it('inserting a repeat before the others renumbers the later ones: each id names the event that was before it', () => {
    const entry = (summary: string) => ({ date: '2015-12-02', title: 'Air strike', summary });
    const diff = diffDocuments(parsed({ events: [entry('one'), entry('two'), entry('three')] }), parsed({ events: [entry('new'), entry('one'), entry('two'), entry('three')] }));
    const base = '2015-12-02-air-strike';
    expect(diff.changed.map(({ before, after }) => [after.id, before.summary, after.summary])).to.deep.equal(
      [[base, 'one', 'new'], [`${base}-2`, 'two', 'one'], [`${base}-3`, 'three', 'two']],
    );
    expect(diff.added.map((event) => [event.id, event.summary])).to.deep.equal([[`${base}-4`, 'three']]);
    expect(diff.removed).to.deep.equal([]);
  });
});

// Existing events: ids given to some, repeated dates and titles among the rest.
const existingEvent = fc.record({
  date: fc.constantFrom('2015', '2015-12', '2015-12-02', '2015-12-02T22:30Z', '-0043-03-15'),
  title: fc.constantFrom('Air strike', 'MPs back air strikes', 'Vienna talks'),
  summary: fc.constantFrom('one', 'two'),
}).chain((event) => fc.option(fc.constantFrom('e1', 'e2', 'e3'), { nil: undefined }).map((id) => (id === undefined ? event : { ...event, id })));
const existing = fc.array(existingEvent, { minLength: 1, maxLength: 25 });
// New events whose date and title no other event shares: titles of their own words, ending
// in a letter so that no slug can be an existing numbered id ("air-strike-2").
const newEvent = fc.record({
  date: fc.constantFrom('2014', '2015-12-02', '2016-01-05'),
  title: fc.stringMatching(/^[a-z]{1,6}$/).map((word) => `Report ${word}`),
});
const newEvents = fc.uniqueArray(newEvent, { minLength: 1, maxLength: 8, selector: (event) => `${event.date} ${event.title}` });

function expectOnlyAdded(previousRaw: RawEvent[], nextRaw: RawEvent[], addedCount: number): void {
  // Repeated given ids are renumbered with a warning: part of what is tested here.
  const previous = parsed({ events: previousRaw }, true);
  const next = parsed({ events: nextRaw }, true);
  const diff = diffDocuments(previous, next);
  expect([diff.changed, diff.removed, diff.fields]).to.deep.equal([[], [], []]);
  expect(diff.added).to.have.length(addedCount);
  const nextIds = new Set(ids(next.events));
  expect(ids(previous.events).filter((id) => !nextIds.has(id))).to.deep.equal([]);
}

describe('diffDocuments across refreshes (properties)', () => {
  it('appending events only adds: every existing event keeps its id', () => {
    fc.assert(fc.property(existing, fc.array(existingEvent, { minLength: 1, maxLength: 10 }), (before, appended) => {
      // A given id repeated later is renumbered, not new content: keep appended ids fresh.
      const fresh = appended.map(({ date, title, summary }) => ({ date, title, summary }));
      expectOnlyAdded(before, [...before, ...fresh], fresh.length);
    }));
  });

  it('inserting events with a date and title of their own anywhere only adds them', () => {
    const inserts = newEvents.chain((events) => fc.tuple(fc.constant(events), fc.array(fc.nat(), { minLength: events.length, maxLength: events.length })));
    fc.assert(fc.property(existing, inserts, (before, [inserted, places]) => {
      const after: RawEvent[] = [...before];
      inserted.forEach((event, i) => after.splice(places[i] % (after.length + 1), 0, event));
      expectOnlyAdded(before, after, inserted.length);
    }));
  });
});

// Work is counted, not timed, so the check holds on a loaded machine: every Set and Map
// lookup and every array scan weighted by the array's length. Doubling both documents
// must about double it; a lookup by scanning the other document quadruples it.
function diffWork(previous: TimelineDocument, next: TimelineDocument): number {
  let count = 0;
  const restore: (() => void)[] = [];
  const wrap = (owner: object, names: string[], weight: (self: { length?: number }) => number) => {
    for (const name of names) {
      const record = owner as Record<string, (...args: unknown[]) => unknown>;
      const original = record[name];
      record[name] = function counted(this: { length?: number }, ...args: unknown[]) {
        count += weight(this);
        return Reflect.apply(original, this, args);
      };
      restore.push(() => {
        record[name] = original;
      });
    }
  };
  wrap(Set.prototype, ['has', 'add'], () => 1);
  wrap(Map.prototype, ['get', 'has', 'set'], () => 1);
  wrap(Array.prototype, ['includes', 'indexOf', 'find', 'findIndex', 'some', 'every', 'map', 'filter', 'forEach'], (self) => 1 + (self.length ?? 0));
  try {
    diffDocuments(previous, next);
  } finally {
    for (const undo of restore) undo();
  }
  return count;
}

describe('diffDocuments work', () => {
  it('doubling both documents about doubles the work', () => {
    const entry = (i: number) => ({ date: '2015-12-02', title: i % 2 === 0 ? 'Air strike' : `Report ${i}`, summary: `Update ${i}` });
    const work = (n: number) => {
      const events = Array.from({ length: n }, (_, i) => entry(i));
      // Every tenth event edited, one removed, ten appended.
      const edited = events.filter((_, i) => i !== 1).map((event, i) => (i % 10 === 0 ? { ...event, summary: 'Edited' } : event));
      return diffWork(parsed({ events }), parsed({ events: [...edited, ...Array.from({ length: 10 }, (_, i) => entry(n + i))] }));
    };
    const small = work(2000);
    expect(small).to.be.above(2000);
    expect(work(4000) / small).to.be.below(2.2);
  });
});
