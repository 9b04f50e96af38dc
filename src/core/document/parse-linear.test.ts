import { expect } from '@open-wc/testing';
import { parseTimelineDocument } from './parse.js';

// Parse work must stay near-linear in the size of the document (issue 14: ids and group
// warnings were quadratic). Work is counted, not timed, so the check holds on a loaded
// machine: every Set and Map lookup, every array scan weighted by the array's length, and
// every character of the problems reported. Doubling a document must not much more than
// double that count; a quadratic parse quadruples it.

type Method = (...args: unknown[]) => unknown;

/** The work one parse of `input` does, in operations (see above). */
function countWork(input: unknown): number {
  let count = 0;
  const restore: (() => void)[] = [];
  const wrap = (owner: object, name: string, weight: (self: { length?: number }) => number) => {
    const record = owner as Record<string, Method>;
    const original = record[name];
    record[name] = function counted(this: { length?: number }, ...args: unknown[]) {
      count += weight(this);
      return Reflect.apply(original, this, args);
    };
    restore.push(() => {
      record[name] = original;
    });
  };
  const one = () => 1;
  const scan = (self: { length?: number }) => 1 + (self.length ?? 0);
  for (const name of ['has', 'add', 'delete']) wrap(Set.prototype, name, one);
  for (const name of ['get', 'has', 'set', 'delete']) wrap(Map.prototype, name, one);
  for (const name of ['includes', 'indexOf', 'lastIndexOf', 'find', 'findIndex', 'some', 'every', 'map', 'filter', 'forEach', 'join', 'slice']) {
    wrap(Array.prototype, name, scan);
  }
  let result;
  try {
    result = parseTimelineDocument(input);
  } finally {
    for (const undo of restore) undo();
  }
  for (const problem of result.problems) count += problem.message.length + problem.path.length;
  return count;
}

const events = (n: number, make: (i: number) => Record<string, unknown>) => Array.from({ length: n }, (_, i) => make(i));
const groups = (n: number) => events(n, (i) => ({ id: `g${i}`, label: `Group ${i}` }));

/** Documents of issue 14's shapes, with `n` events (and n / 2 groups where they have groups). */
const SHAPES: [string, (n: number) => unknown][] = [
  ['unique titles', (n) => ({ version: 1, events: events(n, (i) => ({ date: '2015-12-02', title: `Air strike ${i}` })) })],
  ['one title on one date (F1)', (n) => ({ version: 1, events: events(n, () => ({ date: '2015-12-02', title: 'Air strike' })) })],
  ['titles sharing their first 48 slug characters (F1)', (n) => ({
    version: 1,
    events: events(n, (i) => ({ date: '2015-12-02', title: `Coalition air strikes reported on Isis positions around Raqqa, update ${i}` })),
  })],
  ['one given id on every event (F1)', (n) => ({ version: 1, events: events(n, (i) => ({ id: 'live', date: '2015-12-02', title: `Update ${i}` })) })],
  ['an unknown group on every event (F2)', (n) => ({
    version: 1,
    groups: groups(n / 2),
    events: events(n, (i) => ({ date: '2015-12-02', title: `Update ${i}`, group: 'nope' })),
  })],
  ['valid events in many groups (F2)', (n) => ({
    version: 1,
    groups: groups(n / 2),
    events: events(n, (i) => ({ date: '2015-12-02', title: `Update ${i}`, group: `g${i % (n / 2)}` })),
  })],
  ['duplicate titles in many groups', (n) => ({
    version: 1,
    groups: groups(n / 2),
    events: events(n, (i) => ({ date: '2015-12-02', title: 'Air strike', group: `g${i % (n / 2)}` })),
  })],
];

describe('parseTimelineDocument work', () => {
  for (const [shape, make] of SHAPES) {
    it(`grows near-linearly with the document: ${shape}`, () => {
      const small = countWork(make(1000));
      const large = countWork(make(2000));
      // Linear gives 2, n log n a little more; quadratic gives 4.
      expect(large / small, `${small} operations for 1,000 events, ${large} for 2,000`).to.be.below(2.5);
    });
  }

  it('counts the work it means to count', () => {
    // A check that cannot fail is no check: a scan of a list as long as the input counts.
    const ids = Array.from({ length: 1000 }, (_, i) => `e${i}`);
    const before = countWork({ version: 1, events: [{ date: '2015', title: 'x' }] });
    const after = countWork({ version: 1, groups: ids.map((id) => ({ id, label: id })), events: [{ date: '2015', title: 'x', group: 'e999' }] });
    expect(after - before).to.be.above(2000);
  });
});
