// `npm run test:consumers`: the package as a React 19 + TypeScript user gets it. Builds dist/
// (skip with --no-build), packs it with `npm pack`, installs the tarball with React into a fresh
// folder outside the repository (so nothing resolves through our own node_modules), then:
//   1. tsc (strict, skipLibCheck false) accepts test/consumers/react/ and rejects, on exactly
//      its "sideways" lines, test/consumers/react/expect-error.tsx;
//   2. Vite builds the fixture, and headless Chromium renders it: both timelines draw the
//      article's nine events and the wrapper's onTimelineSelect fires on a click;
//   3. the README's React snippets are the fixture's files, word for word.
/* global document -- read inside page.waitForFunction / page.evaluate, in the browser */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import puppeteer from 'puppeteer-core';
import { build } from 'vite';
import { browserPaths, chromiumArgs, installHints } from './browsers.mjs';
import { serveFolder } from './static-server.mjs';

const FIXTURE = resolve('test/consumers/react');
const ARTICLE = resolve('demo/data/isis-libya-2015.json');
const TSC = resolve('node_modules/typescript/bin/tsc');
const EVENTS = 9;
const started = performance.now();
const timings = [];
const phase = (name, since) => timings.push(`${name} ${((performance.now() - since) / 1000).toFixed(1)} s`);

class ConsumerFailure extends Error {}
function fail(message) {
  throw new ConsumerFailure(message);
}

/** Runs a command, returning its output; fails unless it exits with `expected` (0 by default). */
function run(command, args, options = {}, expected = 0) {
  const result = spawnSync(command, args, { encoding: 'utf8', maxBuffer: 1e8, ...options });
  if ((result.status === 0) !== (expected === 0)) {
    fail(`${[command, ...args].join(' ')} exited ${result.status}\n${result.stdout}${result.stderr}`.slice(0, 4000));
  }
  return `${result.stdout}${result.stderr}`;
}

try {
  await main();
} catch (error) {
  if (!(error instanceof ConsumerFailure)) throw error;
  console.error(`test:consumers: ${error.message}`);
  process.exitCode = 1;
}

async function main() {
  if (!browserPaths.chromium) fail(`Chromium is not installed: ${installHints.chromium}`);

  const readme = readFileSync('README.md', 'utf8');
  for (const file of ['wrapper.tsx', 'bare-tag.tsx']) {
    const code = readFileSync(join(FIXTURE, file), 'utf8');
    if (!readme.includes(`\`\`\`tsx\n${code}\`\`\``)) fail(`README.md's React section does not show test/consumers/react/${file} as it is`);
  }

  let time = performance.now();
  if (!process.argv.includes('--no-build')) run('npm', ['run', 'build'], { stdio: 'inherit' });
  phase('build', time);

  time = performance.now();
  const work = mkdtempSync(join(tmpdir(), 'news-timeline-consumer-'));
  const [packed] = JSON.parse(run('npm', ['pack', '--json', '--pack-destination', work]).replace(/^[^[]*/, ''));
  // The README's two screenshots are shipped for its links on the npm page; nothing else of demo/.
  const stray = packed.files.map((file) => file.path)
    .filter((path) => /^(test|demo|stories|scripts)\//.test(path) && !/^demo\/screenshot(-phone)?\.png$/.test(path));
  if (stray.length) fail(`the package holds files it should not: ${stray.slice(0, 5).join(', ')}`);
  const app = join(work, 'app');
  cpSync(FIXTURE, app, { recursive: true });
  mkdirSync(join(app, 'public'));
  cpSync(ARTICLE, join(app, 'public', 'isis-libya-2015.json'));
  const versions = JSON.parse(readFileSync('package.json', 'utf8')).devDependencies;
  writeFileSync(
    join(app, 'package.json'),
    JSON.stringify({
      name: 'news-timeline-react-consumer',
      private: true,
      type: 'module',
      dependencies: {
        'news-timeline': `file:../${packed.filename}`,
        ...Object.fromEntries(['react', 'react-dom', '@types/react', '@types/react-dom'].map((name) => [name, versions[name]])),
      },
    }),
  );
  // From npm's cache when it holds these versions (it does after the repository's own install).
  run('npm', ['install', '--prefer-offline', '--ignore-scripts', '--no-audit', '--no-fund', '--loglevel=error'], { cwd: app });
  phase('pack + install', time);

  try {
    time = performance.now();
    run(process.execPath, [TSC, '-p', join(app, 'tsconfig.json')], { cwd: app });
    writeFileSync(join(app, 'tsconfig.expect-error.json'), JSON.stringify({ extends: './tsconfig.json', files: ['expect-error.tsx'] }));
    const rejected = run(process.execPath, [TSC, '-p', join(app, 'tsconfig.expect-error.json'), '--pretty', 'false'], { cwd: app }, 1);
    const wanted = readFileSync(join(FIXTURE, 'expect-error.tsx'), 'utf8')
      .split('\n')
      .flatMap((line, index) => (line.includes('="sideways"') ? [index + 1] : []));
    const errors = rejected.trim().split('\n').filter(Boolean);
    const lines = errors.map((error) => /^expect-error\.tsx\((\d+),\d+\): error TS2322:/.exec(error)?.[1]).map(Number);
    if (errors.length !== wanted.length || lines.some((line, i) => line !== wanted[i])) {
      fail(`tsc should reject expect-error.tsx on lines ${wanted.join(', ')} only (TS2322), but said:\n${rejected}`);
    }
    phase('tsc', time);

    time = performance.now();
    await build({ root: app, logLevel: 'warn', build: { outDir: join(app, 'dist'), emptyOutDir: true } });
    phase('vite build', time);

    time = performance.now();
    await render(join(app, 'dist'));
    phase('render', time);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
  console.log(`test:consumers: passed in ${((performance.now() - started) / 1000).toFixed(1)} s (${timings.join(', ')})`);
}

/** Opens the built fixture in headless Chromium and waits for what a reader would see. */
async function render(folder) {
  const server = await serveFolder(folder);
  const browser = await puppeteer.launch({ executablePath: browserPaths.chromium, headless: true, args: chromiumArgs });
  try {
    const page = await browser.newPage();
    const problems = [];
    page.on('pageerror', (error) => problems.push(error.message));
    page.on('console', (message) => message.type() === 'error' && problems.push(message.text()));
    await page.goto(server.url, { waitUntil: 'load' });
    const drawn = (root) =>
      page.waitForFunction(
        (selector, count) => document.querySelector(selector)?.shadowRoot?.querySelectorAll('ol.events > li').length === count,
        { timeout: 30_000, polling: 50 },
        `${root} news-timeline`,
        EVENTS,
      );
    await drawn('#wrapper').catch(() => fail(`the wrapper did not draw ${EVENTS} events ${problems.join('; ')}`));
    await drawn('#bare').catch(() => fail(`the bare tag did not draw ${EVENTS} events ${problems.join('; ')}`));
    await page.waitForFunction(() => document.querySelector('#bare figcaption')?.textContent === '9 events', { timeout: 10_000 })
      .catch(() => fail('the bare tag\'s ontimeline-load handler did not run'));
    await page.evaluate(() =>
      document.querySelector('#wrapper news-timeline').shadowRoot.querySelector('button[data-id="uk-commons-vote"]').click(),
    );
    await page.waitForFunction(() => document.querySelector('#wrapper figcaption')?.textContent.startsWith('Open: British MPs'), { timeout: 10_000 })
      .catch(() => fail('the wrapper\'s onTimelineSelect handler did not run'));
    if (problems.length) fail(`the page reported errors: ${problems.join('; ')}`);
  } finally {
    await browser.close();
    await server.close();
  }
}
