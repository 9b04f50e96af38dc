// `npm run bench:parse`: parseTimelineDocument in Node on the built dist/core, on large
// documents of the shapes live blogs produce (issue 14): unique titles, all-duplicate
// titles, many groups, one repeated id, events naming an unknown group. Prints the median
// of a few runs per case and its ratio to 100,000 unique titles. Wall-clock figures for a
// report, never for a test: the machine is shared and noisy.
//   node scripts/bench-parse.mjs [path/to/core/index.js]   (default: dist/core/index.js)
//   BENCH_RUNS=5  BENCH_CASES=unique,duplicates   (names as printed, comma-separated)
// Two builds: BENCH_BASELINE_CORE=path/to/other/dist/core/index.js times that build's parser
// too, each run of a case alternating between the two (the one that goes first alternating
// from round to round) in one process, and adds its median, the ratio current / baseline and
// a note where the two report different problems.
import { resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';

const modulePath = resolve(process.argv[2] ?? 'dist/core/index.js');
const baselinePath = process.env.BENCH_BASELINE_CORE ? resolve(process.env.BENCH_BASELINE_CORE) : undefined;
const load = async (path) => (await import(pathToFileURL(path).href)).parseTimelineDocument;
/** The builds timed: this one, and the baseline when there is one. */
const builds = [await load(modulePath), ...(baselinePath ? [await load(baselinePath)] : [])];
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
/** A case slower than this runs once: one run is enough to see the shape. */
const SLOW_MS = 5_000;

const events = (n, make) => Array.from({ length: n }, (_, i) => make(i));
const groups = (n) => events(n, (i) => ({ id: `g${i}`, label: `Group ${i}` }));
const document = (eventList, groupList = []) => ({ version: 1, groups: groupList, events: eventList });
const unique = (i) => ({ date: '2015-12-02', title: `Air strike ${i}` });
const duplicate = () => ({ date: '2015-12-02', title: 'Air strike' });

const CASES = [
  ['unique', 'unique titles', () => document(events(100_000, unique))],
  ['given-ids', 'unique titles and given ids (the quick path)', () => document(events(100_000, (i) => ({ id: `e${i}`, ...unique(i) })))],
  ['duplicates', 'all-duplicate titles', () => document(events(100_000, duplicate))],
  ['groups', 'unique titles, 5,000 groups', () => document(events(100_000, (i) => ({ ...unique(i), group: `g${i % 5000}` })), groups(5000))],
  ['duplicates+groups', 'all-duplicate titles, 5,000 groups', () => document(events(100_000, (i) => ({ ...duplicate(), group: `g${i % 5000}` })), groups(5000))],
  ['f1-8000', 'F1: "Air strike" x 8,000', () => document(events(8000, duplicate))],
  ['f1-16000', 'F1: "Air strike" x 16,000', () => document(events(16_000, duplicate))],
  ['f1-prefix', 'F1: titles sharing 48 slug characters x 8,000', () => document(events(8000, (i) => ({
    date: '2015-12-02', title: `Coalition air strikes reported on Isis positions around Raqqa, update ${i}`,
  })))],
  ['f1-id', 'F1: one given id x 16,000', () => document(events(16_000, (i) => ({ id: 'live', ...unique(i) })))],
  ['f2-5000', 'F2: group "nope" x 5,000, 2,000 groups', () => document(events(5000, (i) => ({ ...unique(i), group: 'nope' })), groups(2000))],
  ['f2-20000', 'F2: group "nope" x 20,000, 5,000 groups', () => document(events(20_000, (i) => ({ ...unique(i), group: 'nope' })), groups(5000))],
];

const wanted = process.env.BENCH_CASES?.split(',').map((name) => name.trim());
const chosen = CASES.filter(([name]) => !wanted || wanted.includes(name))
  .map(([name, what, make]) => ({ name, what, input: make(), times: builds.map(() => []), problems: [] }));
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

// Rounds over all cases, rather than all runs of one case and then the next, so that a
// burst of load on the shared machine falls on every case alike. The first round warms up.
// With a baseline, the two builds take turns on each case, so they share the noise too.
let result;
for (let round = 0; round <= RUNS; round += 1) {
  chosen.forEach((entry, index) => {
    const order = builds.map((_, build) => build);
    if ((round + index) % 2 === 1) order.reverse();
    for (const build of order) {
      const times = entry.times[build];
      if (times.length > 0 && times[0] > SLOW_MS) continue;
      const started = performance.now();
      result = builds[build](entry.input);
      const ms = performance.now() - started;
      if (round > 0 || ms > SLOW_MS) times.push(ms);
      entry.problems[build] = result.problems;
    }
  });
}

console.log(`parseTimelineDocument from ${modulePath}, Node ${process.version}, median of ${RUNS} runs after one to warm up\n`);
if (baselinePath) console.log(`baseline: ${baselinePath}, its runs alternating with these; ratio = median / baseline median (below 1: faster)\n`);
const [compareHead, compareRule] = baselinePath ? [' baseline ms | ratio  |', '-------------|--------|'] : ['', ''];
console.log(`case                 | events  | median ms |${compareHead} vs unique | problems | message chars | what`);
console.log(`---------------------|---------|-----------|${compareRule}-----------|----------|---------------|-----`);
const uniqueEntry = chosen.find((entry) => entry.name === 'unique');
const uniqueMs = uniqueEntry && median(uniqueEntry.times[0]);
const messageChars = (problems) => problems.reduce((sum, problem) => sum + problem.message.length, 0);
for (const { name, what, input, times, problems } of chosen) {
  const ms = median(times[0]);
  const ratio = uniqueMs === undefined ? '' : `${(ms / uniqueMs).toFixed(2)}x`;
  const chars = messageChars(problems[0]);
  let compare = '';
  let differs = '';
  if (baselinePath) {
    const baselineMs = median(times[1]);
    compare = ` ${baselineMs.toFixed(1).padStart(11)} | ${(ms / baselineMs).toFixed(3).padStart(6)} |`;
    // Speed is only comparable for the same work: say so when the builds disagree.
    if (problems[1].length !== problems[0].length || messageChars(problems[1]) !== chars) {
      differs = ` (baseline: ${problems[1].length} problems, ${messageChars(problems[1])} chars)`;
    }
  }
  console.log(
    `${name.padEnd(20)} | ${String(input.events.length).padStart(7)} | ${ms.toFixed(1).padStart(9)} |${compare} ${ratio.padStart(9)} | ` +
    `${String(problems[0].length).padStart(8)} | ${String(chars).padStart(13)} | ${what}${times[0].length < RUNS ? ' (1 run)' : ''}${differs}`,
  );
}
