/* global window */
// `npm run bench`: <news-timeline> (the standalone bundle, as newsrooms ship it) and
// vis-timeline (a devDependency, never shipped) side by side in Debian's headless Chromium,
// on the article and on generated documents of 10, 1,000, 10,000 and 100,000 events.
// Per library and size: first render (to the painted frame, and the script + layout part
// of it), zoom and pan steps (median, p95), DOM nodes and JS heap after garbage collection.
// Writes .tmp/bench/results.{json,md} and BENCHMARKS.md. Numbers vary with the machine's
// load: compare runs made side by side, never assert them in tests.
//   BENCH_SIZES=article,1000  BENCH_RUNS=3  BENCH_STEPS=20  BENCH_LIBS=news-timeline
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import { fileURLToPath } from 'node:url';
import { startDevServer } from '@web/dev-server';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import puppeteer from 'puppeteer-core';
import { browserPaths, chromiumArgs, installHints } from './browsers.mjs';
import { bundle, BUNDLE } from './bundle.mjs';
import { loopbackOnly } from './loopback.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const SIZES = (process.env.BENCH_SIZES ?? 'article,10,1000,10000,100000').split(',');
const LIBRARIES = (process.env.BENCH_LIBS ?? 'news-timeline,vis-timeline').split(',');
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

await bundle();
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

/** Resolves to `undefined` after `ms`: what a run that never finishes gives. */
const after = (ms) => new Promise((resolve) => setTimeout(() => resolve(undefined), ms));

async function runOnce(library, size) {
  const page = await browser.newPage();
  try {
    await page.setViewport({ width: 1280, height: 900 });
    await page.goto(`http://127.0.0.1:${port}/scripts/bench/page.html?lib=${library}&events=${size}`);
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

async function measure(library, size) {
  const runs = [];
  for (let run = 0; run < RUNS; run += 1) {
    const result = await runOnce(library, size);
    if (!result) return { library, size, runs: 0, timedOut: true };
    runs.push(result);
    if (runs[0].paintedMs > SLOW_RENDER_MS) break;
  }
  const zoom = runs.flatMap((run) => run.zoomSteps);
  const pan = runs.flatMap((run) => run.panSteps);
  return {
    library,
    size,
    runs: runs.length,
    firstRender: quantile(runs.map((run) => run.paintedMs), 0.5),
    renderWork: quantile(runs.map((run) => run.renderMs), 0.5),
    zoomMedian: quantile(zoom, 0.5),
    zoomP95: quantile(zoom, 0.95),
    zoomSteps: zoom.length,
    panMedian: quantile(pan, 0.5),
    panP95: quantile(pan, 0.95),
    panSteps: pan.length,
    nodes: Math.max(...runs.map((run) => run.nodes)),
    heapMB: Math.max(...runs.map((run) => run.heapBytes)) / 2 ** 20,
  };
}

const results = [];
let chromium = '';
try {
  chromium = await browser.version();
  for (const size of SIZES) {
    for (const library of LIBRARIES) {
      const result = await measure(library, size);
      results.push(result);
      console.log(result.timedOut
        ? `${library} × ${size}: not finished in ${RUN_TIMEOUT_MS / 1000} s`
        : `${library} × ${size}: first render ${ms(result.firstRender)}, zoom step ${ms(result.zoomMedian)} / p95 ${ms(result.zoomP95)}, ${result.nodes} nodes, ${result.heapMB.toFixed(1)} MB`);
    }
  }
} finally {
  await browser.close();
  await server.stop();
}

function ms(value) {
  if (value === null) return '–';
  return value < 10 ? `${value.toFixed(2)} ms` : value < 1000 ? `${value.toFixed(1)} ms` : `${(value / 1000).toFixed(2)} s`;
}

function sizeLabel(size) {
  return size === 'article' ? 'article (8)' : Number(size).toLocaleString('en-GB');
}

function ratio(ours, theirs) {
  if (ours === null || theirs === null || theirs === 0) return '–';
  const r = ours / theirs;
  return r < 0.01 ? `${r.toFixed(4)}` : `${r.toFixed(3)}`;
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
const markdown = `## news-timeline (${BUNDLE}, Lit in production mode)

${table('news-timeline')}

## vis-timeline ${JSON.parse(await readFile(`${root}node_modules/vis-timeline/package.json`, 'utf8')).version} (standalone build, \`stack: true\`)

${table('vis-timeline')}

## Ratio news-timeline / vis-timeline (below 1: news-timeline is faster or smaller)

${ratioTable()}
`;

await mkdir(`${root}.tmp/bench`, { recursive: true });
await writeFile(`${root}.tmp/bench/results.json`, `${JSON.stringify({ when, machine, steps: STEPS, runs: RUNS, results }, null, 2)}\n`);
await writeFile(`${root}.tmp/bench/results.md`, markdown);
if (SIZES.length === 5 && LIBRARIES.length === 2) {
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
console.log(`\n${markdown}\nWrote .tmp/bench/results.json and .tmp/bench/results.md${SIZES.length === 5 && LIBRARIES.length === 2 ? ' and BENCHMARKS.md' : ''}.`);
