/* global window */
// `npm run bench`: <news-timeline> (the standalone bundle, as newsrooms ship it) and
// vis-timeline (a devDependency, never shipped) side by side in Debian's headless Chromium,
// on the article and on generated documents of 10, 1,000, 10,000 and 100,000 events.
// For ours also a refresh: a later document with 10 events changed, drawn in place.
// Per library and size: first render (to the painted frame, and the script + layout part
// of it), zoom and pan steps (median, p95), DOM nodes and JS heap after garbage collection.
// Writes .tmp/bench/results.{json,md} and BENCHMARKS.md. Numbers vary with the machine's
// load: compare runs made side by side, never assert them in tests.
//   BENCH_SIZES=article,1000  BENCH_RUNS=3  BENCH_STEPS=20  BENCH_LIBS=news-timeline
// Two builds of ours: BENCH_BASELINE=path/to/other/dist/news-timeline.bundle.js adds
// "news-timeline (baseline)", whose pages alternate with this build's (run 1 current, run 1
// baseline, run 2 baseline, run 2 current, …) so the machine's noise falls on both alike, and
// writes a current / baseline table to .tmp/bench/compare.md (and results.md) instead of
// BENCHMARKS.md. E.g. BENCH_BASELINE=/tmp/old/dist/news-timeline.bundle.js BENCH_LIBS=news-timeline
import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startDevServer } from '@web/dev-server';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import puppeteer from 'puppeteer-core';
import { BASELINE, BASELINE_PATH, compareMarkdown, comparisonTable, copyBaseline, CURRENT, describeBuild } from './bench/compare.mjs';
import { ms, ratio, sizeLabel } from './bench/format.mjs';
import { browserPaths, chromiumArgs, installHints } from './browsers.mjs';
import { writeBesideFiles } from './beside-files.mjs';
import { bundle, BUNDLE } from './bundle.mjs';
import { loopbackOnly } from './loopback.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const SIZES = (process.env.BENCH_SIZES ?? 'article,10,1000,10000,100000').split(',');
const LIBRARIES = (process.env.BENCH_LIBS ?? 'news-timeline,vis-timeline').split(',');
const BASELINE_FILE = process.env.BENCH_BASELINE ? resolve(process.env.BENCH_BASELINE) : undefined;
/** The libraries measured together, their runs alternating: this build and the baseline, or one alone. */
const GROUPS = LIBRARIES.map((library) => (BASELINE_FILE && library === CURRENT ? [CURRENT, BASELINE] : [library]));
if (BASELINE_FILE && !LIBRARIES.includes(CURRENT)) GROUPS.unshift([CURRENT, BASELINE]);
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const STEPS = Number(process.env.BENCH_STEPS ?? 20);
/** Time a library may spend on its steps per run before the rest are skipped. */
const STEP_BUDGET_MS = 60_000;
/** A run (first render and steps) that has not finished by then is reported as unfinished. */
const RUN_TIMEOUT_MS = Number(process.env.BENCH_TIMEOUT_MS ?? 180_000);
/** Runs of a first render slower than this are not repeated: one is enough to compare. */
const SLOW_RENDER_MS = 10_000;
const TARGETS = {
  article: { render: 20 },
  1000: { render: 40 },
  10000: { render: 150, stepMedian: 8, stepP95: 16 },
  100000: { render: 500, stepMedian: 16, stepP95: 33 },
};

if (!browserPaths.chromium) {
  console.error(`Chromium not found: ${installHints.chromium}`);
  process.exit(1);
}
if (BASELINE_FILE && !existsSync(BASELINE_FILE)) {
  console.error(`BENCH_BASELINE: no file at ${BASELINE_FILE} (build the other checkout with npm run build first)`);
  process.exit(1);
}

await bundle();
// The live file beside the bundle: the refresh row's updates load it.
await writeBesideFiles();
if (BASELINE_FILE) await copyBaseline(root, BASELINE_FILE);
const server = await startDevServer({
  config: {
    rootDir: root,
    hostname: '127.0.0.1',
    port: 0,
    plugins: [loopbackOnly(), esbuildPlugin({ ts: true, tsconfig: `${root}tsconfig.json` })],
  },
  readCliArgs: false,
  readFileConfig: false,
  logStartMessage: false,
});
const port = server.server.address().port;
const browser = await puppeteer.launch({
  executablePath: browserPaths.chromium,
  headless: true,
  args: chromiumArgs,
  protocolTimeout: 600_000,
});

function quantile(values, q) {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
}

/** Resolves to `undefined` after `ms`: what a run that never finishes gives. Unref'd: the
 * timer of a run that did finish must not keep Node waiting to exit. */
const after = (ms) => new Promise((resolve) => setTimeout(() => resolve(undefined), ms).unref());

async function runOnce(library, size) {
  const page = await browser.newPage();
  try {
    await page.setViewport({ width: 1280, height: 900 });
    const lib = library === BASELINE ? `${CURRENT}&bundle=${encodeURIComponent(`/${BASELINE_PATH}`)}` : library;
    await page.goto(`http://127.0.0.1:${port}/scripts/bench/page.html?lib=${lib}&events=${size}`);
    await page.waitForFunction(() => typeof window.runBenchmark === 'function');
    const timings = await Promise.race([
      page.evaluate((options) => window.runBenchmark(options), { steps: STEPS, budgetMs: STEP_BUDGET_MS }),
      after(RUN_TIMEOUT_MS),
    ]);
    if (!timings) return undefined;
    const nodes = await page.evaluate(() => window.countNodes());
    const cdp = await page.createCDPSession();
    await cdp.send('HeapProfiler.collectGarbage');
    const { usedSize } = await cdp.send('Runtime.getHeapUsage');
    return { ...timings, nodes, heapBytes: usedSize };
  } finally {
    // A page still busy drawing is closed by the browser, not asked to finish.
    await Promise.race([page.close().catch(() => {}), after(10_000)]);
  }
}

/** Counts pairs over the whole run, so the build that goes first alternates across sizes too. */
let pairs = 0;

/** Runs of each library of `group`, page by page in turn, the order reversed every other run. */
async function measure(group, size) {
  const runs = new Map(group.map((library) => [library, []]));
  const timedOut = new Set();
  for (let run = 0; run < RUNS; run += 1) {
    const order = pairs++ % 2 === 0 ? group : [...group].reverse();
    for (const library of order) {
      const done = runs.get(library);
      if (timedOut.has(library) || (done.length > 0 && done[0].paintedMs > SLOW_RENDER_MS)) continue;
      const result = await runOnce(library, size);
      if (result) done.push({ ...result, first: library === order[0] });
      else timedOut.add(library);
    }
  }
  return group.map((library) => (timedOut.has(library) ? { library, size, runs: 0, timedOut: true } : summarise(library, size, runs.get(library))));
}

function summarise(library, size, runs) {
  const zoom = runs.flatMap((run) => run.zoomSteps);
  const pan = runs.flatMap((run) => run.panSteps);
  return {
    library,
    size,
    runs: runs.length,
    renders: runs.map((run) => ({ paintedMs: run.paintedMs, first: run.first })),
    firstRender: quantile(runs.map((run) => run.paintedMs), 0.5),
    renderWork: quantile(runs.map((run) => run.renderMs), 0.5),
    zoomMedian: quantile(zoom, 0.5),
    zoomP95: quantile(zoom, 0.95),
    zoomSteps: zoom.length,
    panMedian: quantile(pan, 0.5),
    panP95: quantile(pan, 0.95),
    panSteps: pan.length,
    refreshMedian: quantile(runs.flatMap((run) => run.refreshSteps ?? []), 0.5),
    nodes: Math.max(...runs.map((run) => run.nodes)),
    heapMB: Math.max(...runs.map((run) => run.heapBytes)) / 2 ** 20,
  };
}

const results = [];
let chromium = '';
try {
  chromium = await browser.version();
  // The browser's first pages pay for starting up; with two builds to compare, neither should.
  if (BASELINE_FILE) for (const library of [CURRENT, BASELINE]) await runOnce(library, 'article');
  for (const size of SIZES) {
    for (const group of GROUPS) {
      for (const result of await measure(group, size)) {
        results.push(result);
        const library = result.library;
        console.log(result.timedOut
          ? `${library} × ${size}: not finished in ${RUN_TIMEOUT_MS / 1000} s`
          : `${library} × ${size}: first render ${ms(result.firstRender)}${result.refreshMedian === null ? '' : `, refresh (10 changed) ${ms(result.refreshMedian)}`}, zoom step ${ms(result.zoomMedian)} / p95 ${ms(result.zoomP95)}, ${result.nodes} nodes, ${result.heapMB.toFixed(1)} MB`);
      }
    }
  }
} finally {
  await browser.close();
  await server.stop();
}

function verdict(result) {
  const target = TARGETS[result.size];
  if (!target || result.library !== 'news-timeline') return '';
  const misses = [];
  if (result.firstRender > target.render) misses.push(`render > ${target.render} ms`);
  if (target.stepMedian && Math.max(result.zoomMedian, result.panMedian) > target.stepMedian) misses.push(`step median > ${target.stepMedian} ms`);
  if (target.stepP95 && Math.max(result.zoomP95, result.panP95) > target.stepP95) misses.push(`step p95 > ${target.stepP95} ms`);
  return misses.length ? `missed: ${misses.join(', ')}` : 'met';
}

function table(library) {
  const rows = results.filter((result) => result.library === library).map((r) => {
    if (r.timedOut) {
      return `| ${sizeLabel(r.size)} | not drawn within ${RUN_TIMEOUT_MS / 1000} s | – | – | – | – | – |${library === 'news-timeline' ? ' missed |' : ''}`;
    }
    const steps = r.zoomSteps < STEPS * r.runs ? ` (${r.zoomSteps} steps)` : '';
    return `| ${sizeLabel(r.size)} | ${ms(r.firstRender)} | ${ms(r.renderWork)} | ${ms(r.zoomMedian)} / ${ms(r.zoomP95)}${steps} | ${ms(r.panMedian)} / ${ms(r.panP95)} | ${r.nodes.toLocaleString('en-GB')} | ${r.heapMB.toFixed(1)} MB |${library === 'news-timeline' ? ` ${verdict(r)} |` : ''}`;
  });
  const target = library === 'news-timeline' ? ' target |' : '';
  return [
    `| events | first render (painted) | script + layout | zoom step median / p95 | pan step median / p95 | DOM nodes | JS heap |${target}`,
    `|---:|---:|---:|---:|---:|---:|---:|${library === 'news-timeline' ? '---|' : ''}`,
    ...rows,
  ].join('\n');
}

/** In-place updates of 10 changed events beside the first render: the update must not redo everything. */
function refreshTable() {
  const rows = results.filter((r) => r.library === 'news-timeline' && !r.timedOut && r.refreshMedian !== null && r.size !== 'article').map((r) => (
    `| ${sizeLabel(r.size)} | ${ms(r.renderWork)} | ${ms(r.refreshMedian)} | ${ratio(r.refreshMedian, r.renderWork)} |`
  ));
  return [
    '| events | first render (script + layout) | refresh with 10 changed (median) | refresh / first render |',
    '|---:|---:|---:|---:|',
    ...rows,
  ].join('\n');
}

function ratioTable() {
  const rows = SIZES.flatMap((size) => {
    const ours = results.find((r) => r.library === 'news-timeline' && r.size === size);
    const theirs = results.find((r) => r.library === 'vis-timeline' && r.size === size);
    if (!ours || !theirs || ours.timedOut) return [];
    if (theirs.timedOut) {
      const bound = ratio(ours.firstRender, RUN_TIMEOUT_MS).replace(/^/, '< ');
      return [`| ${sizeLabel(size)} | ${bound} (vis-timeline not drawn within ${RUN_TIMEOUT_MS / 1000} s) | – | – | – | – | – |`];
    }
    return [`| ${sizeLabel(size)} | ${ratio(ours.firstRender, theirs.firstRender)} | ${ratio(ours.zoomMedian, theirs.zoomMedian)} | ${ratio(ours.zoomP95, theirs.zoomP95)} | ${ratio(ours.panMedian, theirs.panMedian)} | ${ratio(ours.nodes, theirs.nodes)} | ${ratio(ours.heapMB, theirs.heapMB)} |`];
  });
  return [
    '| events | first render | zoom median | zoom p95 | pan median | DOM nodes | JS heap |',
    '|---:|---:|---:|---:|---:|---:|---:|',
    ...rows,
  ].join('\n');
}

const machine = `${os.cpus()[0]?.model ?? 'unknown CPU'}, ${os.cpus().length} cores, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, ${os.type()} ${os.release()}; Node ${process.version}; headless Chromium ${chromium.replace(/^HeadlessChrome\//, '')}`;
const when = new Date().toISOString().slice(0, 16).replace('T', ' ');
const baselineSections = BASELINE_FILE ? `
## news-timeline (baseline: ${BASELINE_FILE})

${table(BASELINE)}

## Current / baseline (below 1: this build is faster)

${comparisonTable(results, SIZES)}
` : '';
// Compared with a baseline and without vis-timeline, its empty tables are left out.
const visSections = BASELINE_FILE && !LIBRARIES.includes('vis-timeline') ? '' : `
## vis-timeline ${JSON.parse(await readFile(`${root}node_modules/vis-timeline/package.json`, 'utf8')).version} (standalone build, \`stack: true\`)

${table('vis-timeline')}

## Ratio news-timeline / vis-timeline (below 1: news-timeline is faster or smaller)

${ratioTable()}
`;
const markdown = `## news-timeline (${BUNDLE}, Lit in production mode)

${table('news-timeline')}

### Refresh of a drawn timeline (a later document, 10 events changed, drawn in place)

${refreshTable()}
${baselineSections}${visSections}`;

await mkdir(`${root}.tmp/bench`, { recursive: true });
await writeFile(`${root}.tmp/bench/results.json`, `${JSON.stringify({ when, machine, steps: STEPS, runs: RUNS, results }, null, 2)}\n`);
await writeFile(`${root}.tmp/bench/results.md`, markdown);
// BENCHMARKS.md holds this build against vis-timeline; a comparison of two builds goes to compare.md.
const writesBenchmarks = !BASELINE_FILE && SIZES.length === 5 && LIBRARIES.length === 2;
if (BASELINE_FILE) {
  await writeFile(`${root}.tmp/bench/compare.md`, compareMarkdown({
    results, sizes: SIZES, when, machine, runs: RUNS, steps: STEPS, tables: markdown,
    current: { path: `${root}${BUNDLE}`, commit: describeBuild(`${root}${BUNDLE}`) },
    baseline: { path: BASELINE_FILE, commit: describeBuild(BASELINE_FILE) },
  }));
}
if (writesBenchmarks) {
  await writeFile(`${root}BENCHMARKS.md`, `# Benchmarks

The latest \`npm run bench\` on the whole set, ${when} UTC.

**Machine:** ${machine}. Page 1280 × 900 CSS px. Both libraries run in the same browser, one fresh page per library, size and run
(${RUNS} runs per size; a first render slower than ${SLOW_RENDER_MS / 1000} s is not repeated). Documents: the article
(\`demo/data/isis-libya-2015.json\`) and seeded random documents (\`test/helpers/random-documents.ts\`, seed 2015,
5 % spans, 16 years), the same events for both libraries.

- **first render (painted):** from handing over the data to the next painted frame, so it includes waiting for that frame.
  **script + layout:** the synchronous part — the library's own work and the browser's style and layout. Both libraries
  are loaded and their container on the page before the clock starts; \`<news-timeline>\` builds its locale's date
  formatters when it connects (the first one of a page loads the engine's locale data, about 20 ms here) and, while it
  has no document, lays out a hidden line of digits and Latin letters in each of its text styles (the first text of each
  size and weight makes Chromium on Linux look its font up, and each glyph's first use loads its metrics: about 10 ms of
  a 1,000-event first render here) and, once per page, draws a small built-in timeline into an element never attached
  (Lit prepares its templates, and the parse, layout and drawing code has its first, slowest run: about 6–8 ms of the
  article's first render here, for about 12 ms more work while the element waits), so those costs are outside this
  figure, as they are outside a reader's wait when the document arrives after the page. The standalone file
  starts with V8's compile hint (\`//# allFunctionsCalledOnLoad\`), so Chromium compiles its functions while loading it,
  off the main thread and before the clock starts (without it, the article's first render takes about 9 ms more). A
  run that has not finished within ${RUN_TIMEOUT_MS / 1000} s is reported as not drawn.
- **zoom step:** ${STEPS} steps per run (half in, half out) from the whole document; news-timeline by a ctrl+wheel notch
  (×√2), vis-timeline by \`zoomIn\`/\`zoomOut\` to the same factor, each followed by its redraw (vis-timeline's unthrottled
  \`_origRedraw\`, which it would otherwise run on the next frame), style and layout. **pan step:** a tenth of the window,
  by a horizontal wheel (news-timeline) or \`setWindow\` (vis-timeline). Steps stop early when a library has used
  ${STEP_BUDGET_MS / 1000} s of them in one run; the table then says how many were taken.
- **DOM nodes:** every node under the library's root, shadow trees included. **JS heap:** the page's used heap after a
  forced garbage collection, document included.

Targets (news-timeline): article first render < 20 ms; 1,000 events < 40 ms; 10,000 < 150 ms with steps < 8 ms median
and < 16 ms p95; 100,000 < 500 ms with steps < 16 ms median and < 33 ms p95.

${markdown}`);
}
const written = ['.tmp/bench/results.json', '.tmp/bench/results.md', ...(BASELINE_FILE ? ['.tmp/bench/compare.md'] : []), ...(writesBenchmarks ? ['BENCHMARKS.md'] : [])];
console.log(`\n${markdown}\nWrote ${written.join(' and ')}.`);
