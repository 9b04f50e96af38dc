// diffDocuments in Node on the built dist/core (issue 22): what a live refresh costs to
// find what changed, on documents of the shapes live pages have. Both documents are parsed
// once, outside the timing. Prints the median of a few runs per case. Wall-clock figures
// for a report, never for a test: the machine is shared and noisy.
//   npm run build && node scripts/bench-diff.mjs [path/to/core/index.js]   (default: dist/core/index.js)
//   BENCH_RUNS=7
import { resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';

const modulePath = resolve(process.argv[2] ?? 'dist/core/index.js');
const { diffDocuments, parseTimelineDocument } = await import(pathToFileURL(modulePath).href);
const RUNS = Number(process.env.BENCH_RUNS ?? 7);

const parse = (events) => {
  const { document } = parseTimelineDocument({ version: 1, groups: [{ id: 'g', label: 'G' }], events });
  if (!document) throw new Error('bench document did not parse');
  return document;
};
const day = (i) => new Date(Date.UTC(2015, 0, 1) + i * 3_600_000).toISOString().slice(0, 16) + 'Z';
const rich = (i) => ({
  date: day(i), title: `Air strike ${i}`, summary: `Coalition jets hit target ${i}.`, group: 'g', tags: ['Syria'],
  links: [{ url: `https://example.org/${i}`, label: 'Report' }],
  media: { url: `https://example.org/${i}.jpg`, alt: `Smoke over target ${i}`, credit: 'Reuters' },
});
const withIds = (make) => (i) => ({ id: `e${i}`, ...make(i) });
/** `n` events from `make`, and the same with `changes` summaries edited, spread through the list. */
const pair = (n, make, changes) => {
  const before = Array.from({ length: n }, (_, i) => make(i));
  const step = Math.floor(n / changes);
  const after = before.map((event, i) => (i % step === 0 && i / step < changes ? { ...event, summary: `${event.summary} (updated)` } : event));
  return [parse(before), parse(after)];
};
const repeated = (i) => ({ date: '2015-12-02', title: 'Air strike', summary: `Update ${i}` });

const CASES = [
  ['ids-10k', '10,000 events with ids, 10 changed', () => pair(10_000, withIds(rich), 10)],
  ['derived-10k', '10,000 events without ids, 10 changed', () => pair(10_000, rich, 10)],
  ['same-10k', '10,000 events with ids, none changed (two parses)', () => {
    const events = Array.from({ length: 10_000 }, (_, i) => withIds(rich)(i));
    return [parse(events), parse(JSON.parse(JSON.stringify(events)))];
  }],
  ['blog-10k', '"Air strike" x 10,000, one appended', () => {
    const events = Array.from({ length: 10_000 }, (_, i) => repeated(i));
    return [parse(events), parse([...events, repeated(10_000)])];
  }],
  ['ids-100k', '100,000 events with ids, 10 changed', () => pair(100_000, withIds(rich), 10)],
];

const chosen = CASES.map(([name, what, make]) => ({ name, what, documents: make(), times: [] }));
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
let diff;
// Rounds over all cases so a burst of load falls on every case alike; the first warms up.
for (let round = 0; round <= RUNS; round += 1) {
  for (const entry of chosen) {
    const started = performance.now();
    diff = diffDocuments(...entry.documents);
    const ms = performance.now() - started;
    if (round > 0) entry.times.push(ms);
    entry.counts = `${diff.added.length}/${diff.changed.length}/${diff.removed.length}`;
  }
}
console.log(`diffDocuments from ${modulePath}, Node ${process.version}, median of ${RUNS} runs after one to warm up\n`);
console.log('case        | events  | median ms | added/changed/removed | what');
console.log('------------|---------|-----------|-----------------------|-----');
for (const { name, what, documents, times, counts } of chosen) {
  console.log(`${name.padEnd(11)} | ${String(documents[1].events.length).padStart(7)} | ${median(times).toFixed(2).padStart(9)} | ${counts.padStart(21)} | ${what}`);
}
