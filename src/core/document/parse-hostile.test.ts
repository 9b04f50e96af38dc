import { expect } from '@open-wc/testing';
import { parseTimelineDocument } from './parse.js';
import type { ParseResult } from './types.js';

// Issue 14's reproducers: large and hostile documents that are valid or nearly so. Each
// must give the same events as before, with messages of bounded length. Their speed is
// checked by counting work in parse-linear.test.ts and measured by scripts/bench-parse.mjs.

/** Longest message any problem may have: a few quoted excerpts and a sentence around them. */
const MAX_MESSAGE = 600;

const events = (n: number, make: (i: number) => Record<string, unknown>) => Array.from({ length: n }, (_, i) => make(i));
const idsOf = (result: ParseResult) => result.document!.events.map((event) => event.id);
const longest = (result: ParseResult) => Math.max(0, ...result.problems.map((problem) => problem.message.length));
/** A lone half of a surrogate pair: what a cut through an emoji leaves. */
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

describe('parseTimelineDocument on issue 14 documents', () => {
  it('numbers 8,000 events with one title and date base, base-2 … base-8000 (F1)', () => {
    const result = parseTimelineDocument({ version: 1, events: Array(8000).fill({ date: '2015-12-02', title: 'Air strike' }) });
    expect(result.problems).to.deep.equal([]);
    const base = '2015-12-02-air-strike';
    expect(idsOf(result)).to.deep.equal([base, ...events(7999, (i) => ({ id: `${base}-${i + 2}` })).map((event) => event.id)]);
  });

  it('numbers titles that share their first 48 slug characters as one base (F1)', () => {
    const title = (i: number) => `Coalition air strikes reported on Isis positions around Raqqa, update ${i}`;
    const result = parseTimelineDocument({ version: 1, events: events(8000, (i) => ({ date: '2015-12-02', title: title(i) })) });
    expect(result.problems).to.deep.equal([]);
    const ids = idsOf(result);
    expect(ids[0]).to.equal('2015-12-02-coalition-air-strikes-reported-on-isis-positions');
    expect(ids[7999]).to.equal('2015-12-02-coalition-air-strikes-reported-on-isis-positions-8000');
    expect(new Set(ids).size).to.equal(8000);
  });

  it('keeps a given id repeated 16,000 times on the first event, with a short warning for each other (F1)', () => {
    const result = parseTimelineDocument({ version: 1, events: events(16_000, (i) => ({ id: 'live', date: '2015-12-02', title: `Update ${i}` })) });
    expect(idsOf(result).slice(0, 3)).to.deep.equal(['live', 'live-2', 'live-3']);
    expect(idsOf(result).at(-1)).to.equal('live-16000');
    expect(result.problems).to.have.length(15_999);
    expect(result.problems[0].message).to.equal(
      'Event 2 ("Update 1"): id "live" is already used by event 1 ("Update 0"): this event is shown with the id "live-2" instead.',
    );
    expect(longest(result)).to.be.at.most(MAX_MESSAGE);
  });

  it('names the number, not an excerpt, of a renumbered long id', () => {
    const id = 'x'.repeat(200);
    const result = parseTimelineDocument({ version: 1, events: events(3, (i) => ({ id, date: '2015', title: `T${i}` })) });
    expect(result.problems[1].message).to.match(/shown with that id followed by "-3" instead\.$/);
    expect(longest(result)).to.be.at.most(MAX_MESSAGE);
  });

  it('names a few groups and how many more when an event names an unknown group (F2)', () => {
    const groups = events(2000, (i) => ({ id: `g${i}`, label: `Group ${i}` }));
    const result = parseTimelineDocument({ version: 1, groups, events: events(5000, (i) => ({ date: '2015', title: `T${i}`, group: 'nope' })) });
    expect(result.problems).to.have.length(5000);
    expect(result.problems[0].message).to.equal(
      'Event 1 ("T0"): group "nope" is not one of the document\'s groups (the document\'s groups are "g0", "g1", "g2", "g3", "g4" and 1995 more): the event is shown without a group.',
    );
    expect(longest(result)).to.be.at.most(MAX_MESSAGE);
    expect(result.document!.events).to.have.length(5000);
  });

  it('keeps every event of a valid document with 5,000 groups in its group (F2)', () => {
    const groups = events(5000, (i) => ({ id: `g${i}`, label: `Group ${i}` }));
    const result = parseTimelineDocument({ version: 1, groups, events: events(20_000, (i) => ({ date: '2015', title: `T${i}`, group: `g${i % 5000}` })) });
    expect(result.problems).to.deep.equal([]);
    expect(result.document!.events[4999].group).to.equal('g4999');
  });

  it('quotes an excerpt of a 10 MB date, not the date (F3)', () => {
    const date = `2015-12-02${'x'.repeat(10_000_000)}`;
    const result = parseTimelineDocument({ version: 1, events: [{ date, title: 'A' }, { date: '2015', title: 'B', end: date }, { date: '2015', title: 'C' }] });
    expect(result.problems.map((problem) => problem.path)).to.deep.equal(['events[0].date', 'events[1].end']);
    expect(longest(result)).to.be.at.most(MAX_MESSAGE);
    expect(result.problems[0].message).to.match(/^Event 1 \("A"\): date "2015-12-02x+…" is not a date this timeline understands/);
  });

  it('points at the object holding a 1 MB unknown key and quotes an excerpt of the key (F3)', () => {
    const key = 'k'.repeat(1_000_000);
    const result = parseTimelineDocument({ version: 1, [key]: 1, events: [{ date: '2015', title: 'A', [key]: 1, links: [{ url: 'https://example.org', label: 'L', [key]: 1 }] }] });
    expect(result.problems.map((problem) => problem.path)).to.deep.equal(['', 'events[0]', 'events[0].links[0]']);
    expect(result.problems[0].message).to.equal(`The document: "${'k'.repeat(59)}…" is not part of the timeline format, so it is ignored.`);
    expect(longest(result)).to.be.at.most(MAX_MESSAGE);
  });

  it('quotes excerpts of long versions, locales, ids, urls, group ids and titles (F3)', () => {
    const long = (prefix: string) => `${prefix}${'y'.repeat(100_000)}`;
    const result = parseTimelineDocument({
      version: long('2'),
      locale: long('en-'),
      source: { name: 'S', url: long('ftp://') },
      groups: [{ id: long('g'), label: 'G' }, { id: long('g'), label: 'G again' }],
      events: [
        { date: '2015', title: long('T'), end: 'bad', group: long('h') },
        { date: '2015', title: 'B', id: long('i'), links: [{ url: long('javascript:'), label: 'L' }], media: { url: long('data:'), alt: 'A' } },
        { date: '2015', title: 'C', id: long('i'), tags: [1], summary: 2, approximate: long('t') },
      ],
    });
    expect(result.problems.length).to.be.at.least(10);
    expect(longest(result)).to.be.at.most(MAX_MESSAGE);
  });

  it('never cuts an emoji in half when shortening a title (F9)', () => {
    const title = `${'x'.repeat(58)}👩‍👩‍👧‍👦`;
    const [problem] = parseTimelineDocument({ version: 1, events: [{ date: '2015', title, end: 'bad' }] }).problems;
    expect(problem.message).to.not.match(LONE_SURROGATE);
    expect(problem.message).to.include(`("${'x'.repeat(58)}…")`);
  });
});
