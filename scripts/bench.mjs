/* global window */
// `npm run bench`: benchmarks in Debian's headless Chromium against production builds.
//   zoom step — one ctrl+wheel zoom step on the article document (median over many steps)
// Numbers vary with the machine's load: compare runs made side by side, never assert them in tests.
import { fileURLToPath } from 'node:url';
import { startDevServer } from '@web/dev-server';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import puppeteer from 'puppeteer-core';
import { browserPaths, chromiumArgs, installHints } from './browsers.mjs';
import { loopbackOnly } from './loopback.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const STEPS = Number(process.env.BENCH_STEPS ?? 400);

if (!browserPaths.chromium) {
  console.error(`Chromium not found: ${installHints.chromium}`);
  process.exit(1);
}

const server = await startDevServer({
  config: {
    rootDir: root,
    hostname: '127.0.0.1',
    port: 0,
    nodeResolve: { exportConditions: ['production'] },
    plugins: [loopbackOnly(), esbuildPlugin({ ts: true, tsconfig: `${root}tsconfig.json` })],
  },
  readCliArgs: false,
  readFileConfig: false,
  logStartMessage: false,
});
const port = server.server.address().port;
const browser = await puppeteer.launch({ executablePath: browserPaths.chromium, headless: true, args: chromiumArgs });

function summary(timings) {
  const sorted = [...timings].sort((a, b) => a - b);
  const at = (q) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
  return { median: at(0.5), p95: at(0.95), max: sorted.at(-1), n: sorted.length };
}

try {
  const page = await browser.newPage();
  await page.setViewport({ width: 1280, height: 900 });
  await page.goto(`http://127.0.0.1:${port}/scripts/bench/zoom-step.html`, { waitUntil: 'networkidle0' });
  await page.evaluate((steps) => window.runZoomBenchmark(steps), 40); // warm-up: JIT and caches
  const timings = await page.evaluate((steps) => window.runZoomBenchmark(steps), STEPS);
  const { median, p95, max, n } = summary(timings);
  const frameBudget = 1000 / 60;
  console.log(`zoom step, article document (${n} ctrl+wheel steps, 1280 px, Chromium ${await browser.version()}):`);
  console.log(`  median ${median.toFixed(2)} ms, p95 ${p95.toFixed(2)} ms, max ${max.toFixed(2)} ms`);
  console.log(`  median is ${((median / frameBudget) * 100).toFixed(1)}% of a 60 Hz frame (${frameBudget.toFixed(1)} ms)`);
} finally {
  await browser.close();
  await server.stop();
}
