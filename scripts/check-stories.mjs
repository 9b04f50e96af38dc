/* global document, window, requestAnimationFrame */
// `npm run test:stories`: builds the Storybook catalogue, serves it on 127.0.0.1, and opens
// every story in headless Chromium: it waits until each <news-timeline> shows the state the
// story's tags expect, fails on any console error or warning, page error or failed request,
// and runs axe (WCAG A/AA) on the story root. Each docs page must render and show the
// manifest's attributes, events, parts and custom properties.
//   node scripts/check-stories.mjs                 build, then check
//   node scripts/check-stories.mjs --skip-build    check the storybook-static/ already built
//   --only TEXT      only the entries whose id contains TEXT
//   --results FILE   also write { passed, failed, skipped } there (scripts/test.mjs adds them up)
// Story tags it reads: expect-error / expect-empty / expect-loading (default: ready),
// expect-console-warning (the element's one warning about a partly invalid document), and
// media-dark / media-forced-colors / media-reduced-motion (emulated before the story loads).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { performance } from 'node:perf_hooks';
import puppeteer from 'puppeteer-core';
import { browserPaths, chromiumArgs, installHints } from './browsers.mjs';
import { serveFolder } from './static-server.mjs';

const OUT_DIR = 'storybook-static';
const SETTLE_TIMEOUT_MS = 60_000;
const JOBS = Number(process.env.STORIES_JOBS ?? 2);
const started = performance.now();
const seconds = (from, to = performance.now()) => ((to - from) / 1000).toFixed(1);

const args = process.argv.slice(2);
const option = (name) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
const skipBuild = args.includes('--skip-build');
const only = option('--only');
const resultsFile = option('--results');

if (!browserPaths.chromium) {
  console.error(`Cannot check the stories: Chromium not found. ${installHints.chromium}`);
  process.exit(1);
}

/** The WCAG tags of test/helpers/axe.ts, which the catalogue's a11y addon must use too. */
function wcagTags() {
  const read = (file) => {
    const match = readFileSync(file, 'utf8').match(/WCAG_TAGS\s*=\s*\[([^\]]*)\]/);
    if (!match) throw new Error(`${file}: no WCAG_TAGS list found`);
    return [...match[1].matchAll(/'([^']+)'/g)].map((tag) => tag[1]);
  };
  const tests = read('test/helpers/axe.ts');
  const stories = read('stories/support/a11y.ts');
  if (tests.join() !== stories.join()) {
    throw new Error(`WCAG_TAGS differ: test/helpers/axe.ts has ${tests.join(', ')}; stories/support/a11y.ts has ${stories.join(', ')}`);
  }
  return tests;
}
const tags = wcagTags();

let buildTime = 0;
if (!skipBuild) {
  const buildStart = performance.now();
  console.log('Building the Storybook catalogue (npm run build-storybook)…');
  const build = spawnSync('npm', ['run', '--silent', 'build-storybook'], { encoding: 'utf8' });
  mkdirSync('.tmp', { recursive: true });
  writeFileSync('.tmp/storybook-build.log', `${build.stdout ?? ''}${build.stderr ?? ''}`);
  buildTime = performance.now() - buildStart;
  if (build.status !== 0) {
    console.error(`${`${build.stdout}${build.stderr}`.trim().split('\n').slice(-40).join('\n')}`);
    console.error(`Storybook build failed (full log: .tmp/storybook-build.log).\nStories: 0 passed, 1 failed`);
    process.exit(1);
  }
  console.log(`Built ${OUT_DIR}/ in ${seconds(buildStart)} s.`);
} else if (!existsSync(`${OUT_DIR}/index.json`)) {
  console.error(`--skip-build: ${OUT_DIR}/index.json not found; run npm run build-storybook first.`);
  process.exit(1);
}

const index = JSON.parse(readFileSync(`${OUT_DIR}/index.json`, 'utf8'));
const allEntries = Object.values(index.entries);
const entries = allEntries.filter((entry) => !only || entry.id.includes(only));
const expectedState = (entryTags) =>
  ['error', 'empty', 'loading'].find((state) => entryTags.includes(`expect-${state}`)) ?? 'ready';
const MEDIA_TAGS = {
  'media-dark': { name: 'prefers-color-scheme', value: 'dark' },
  'media-forced-colors': { name: 'forced-colors', value: 'active' },
  'media-reduced-motion': { name: 'prefers-reduced-motion', value: 'reduce' },
};
/** The element's one warning about a partly invalid document (src/news-timeline/news-timeline.ts `updated()`). */
const PROBLEMS_WARNING = /^<news-timeline>: \d+ problem\(s\) in the document/;

/**
 * In the page: which state each <news-timeline> under `rootSelector` shows (the same tests
 * as stories/support/timeline.ts), or Storybook's own error display. Resolves to a value
 * once every timeline shows one of `wanted` states, or Storybook shows an error.
 */
function settledInPage(rootSelector, wanted) {
  if (document.body.classList.contains('sb-show-errordisplay')) {
    return { error: `${document.querySelector('#error-message')?.textContent ?? ''} ${document.querySelector('#error-stack')?.textContent ?? ''}`.trim() };
  }
  const shown = (element) => {
    const root = element.shadowRoot;
    if (!root || element.isUpdatePending) return 'updating';
    if (root.querySelector('ol.events')) return 'ready';
    if (root.querySelector('[role="alert"]')) return 'error';
    if (root.querySelector('p.status[role="status"]')) return 'loading';
    if (root.querySelector('p.status')) return 'empty';
    return 'blank';
  };
  const elements = [...(document.querySelector(rootSelector)?.querySelectorAll('news-timeline') ?? [])];
  const states = elements.map(shown);
  window.__checkStates = states;
  if (elements.length > 0 && states.every((state) => wanted.includes(state))) return { states };
  // Ready, error and empty last until someone acts: held for 3 s, a wrong one is final.
  const final = elements.length > 0 && states.every((state) => ['ready', 'error', 'empty'].includes(state));
  const seen = JSON.stringify(states);
  if (!final || window.__checkFinal?.seen !== seen) window.__checkFinal = final ? { seen, since: performance.now() } : undefined;
  return final && performance.now() - window.__checkFinal.since > 3000 ? { wrong: states } : false;
}

/** Opens one catalogue page and collects everything it says on the console or fails to load. */
async function openPage(browser, url, media) {
  const page = await browser.newPage();
  const messages = [];
  page.on('console', (message) => {
    if (['error', 'warn', 'assert'].includes(message.type())) messages.push({ type: message.type(), text: message.text() });
  });
  page.on('pageerror', (error) => messages.push({ type: 'pageerror', text: String(error?.message ?? error) }));
  page.on('requestfailed', (request) => {
    messages.push({ type: 'requestfailed', text: `${request.url()}: ${request.failure()?.errorText ?? 'failed'}` });
  });
  page.on('response', (response) => {
    if (response.status() >= 400) messages.push({ type: 'http', text: `${response.status()} ${response.url()}` });
  });
  await page.setViewport({ width: 1280, height: 900 });
  await page.emulateMediaFeatures(media);
  await page.goto(url, { waitUntil: 'load' });
  return { page, messages };
}

/**
 * Every console error or warning, page error and failed request is a failure, except the
 * element's warning about a partly invalid document where a story shows one on purpose:
 * there it is required.
 */
function unexpectedMessages(messages, expectsProblemsWarning) {
  const failures = [];
  let warned = false;
  for (const message of messages) {
    if (expectsProblemsWarning && message.type === 'warn' && PROBLEMS_WARNING.test(message.text)) warned = true;
    else failures.push(`${message.type}: ${message.text}`);
  }
  if (expectsProblemsWarning && !warned) failures.push('expected the element\'s console warning about the document\'s problems');
  return failures;
}

async function waitSettled(page, rootSelector, wanted) {
  try {
    const handle = await page.waitForFunction(settledInPage, { timeout: SETTLE_TIMEOUT_MS, polling: 50 }, rootSelector, wanted);
    const outcome = await handle.jsonValue();
    if (outcome.error) return `Storybook could not render it: ${outcome.error}`;
    if (outcome.wrong) return `expected ${wanted.join(' or ')}, but the timelines show ${outcome.wrong.join(', ')}`;
  } catch {
    const states = await page.evaluate(() => window.__checkStates).catch(() => undefined);
    return `not ${wanted.join(' or ')} after ${SETTLE_TIMEOUT_MS / 1000} s (timelines: ${states?.join(', ') || 'none'})`;
  }
  // Let late work land (the problems warning comes in the update after the first draw).
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(done, 200)))));
  return undefined;
}

async function checkStory(browser, baseUrl, entry) {
  const failures = [];
  const media = entry.tags.flatMap((tag) => (MEDIA_TAGS[tag] ? [MEDIA_TAGS[tag]] : []));
  // a11y.manual: the addon's own axe run would only repeat the one below, in the same page.
  const url = `${baseUrl}iframe.html?id=${encodeURIComponent(entry.id)}&viewMode=story&globals=a11y.manual:!true`;
  const { page, messages } = await openPage(browser, url, media);
  try {
    const expected = expectedState(entry.tags);
    const unsettled = await waitSettled(page, '#storybook-root', [expected]);
    if (unsettled) failures.push(unsettled);
    else {
      await page.addScriptTag({ path: 'node_modules/axe-core/axe.min.js' });
      const violations = await page.evaluate(async (runOnly) => {
        const results = await window.axe.run(document.querySelector('#storybook-root'), {
          runOnly: { type: 'tag', values: runOnly },
          resultTypes: ['violations'],
        });
        return results.violations.map((violation) =>
          `${violation.id} (${violation.impact}): ${violation.help}\n${violation.nodes.map((node) => `        ${node.target.join(' ')}`).join('\n')}`);
      }, tags);
      failures.push(...violations.map((violation) => `axe ${violation}`));
    }
    failures.push(...unexpectedMessages(messages, entry.tags.includes('expect-console-warning')));
    return { state: expected, failures };
  } finally {
    await page.close();
  }
}

/** A docs page renders its stories and the argTypes table the manifest fills. */
async function checkDocs(browser, baseUrl, entry) {
  const failures = [];
  // A docs page draws every story of its file, so it expects the warning when one of them does.
  const expectsWarning = allEntries.some((story) =>
    story.importPath === entry.importPath && story.type === 'story' && story.tags.includes('expect-console-warning'));
  const url = `${baseUrl}iframe.html?id=${encodeURIComponent(entry.id)}&viewMode=docs`;
  const { page, messages } = await openPage(browser, url, []);
  try {
    const unsettled = await waitSettled(page, '#storybook-docs', ['ready', 'error', 'empty', 'loading']);
    if (unsettled) failures.push(unsettled);
    const table = await page.evaluate(() => document.querySelector('#storybook-docs .docblock-argstable')?.textContent ?? '');
    for (const expected of ['attributes', 'locale', 'events', 'timeline-select', 'css shadow parts', 'event-selected',
      'css custom properties', '--news-timeline-accent', 'slots']) {
      if (!table.toLowerCase().includes(expected)) failures.push(`docs table lacks "${expected}" from the manifest`);
    }
    failures.push(...unexpectedMessages(messages, expectsWarning));
    return { state: 'docs', failures };
  } finally {
    await page.close();
  }
}

const server = await serveFolder(OUT_DIR);
// axe over the 10,000-event story can outlast puppeteer's default 3-minute protocol timeout on a busy machine.
// Pages checked side by side are background tabs to Chromium, which would pause their frames
// (and so ResizeObserver and requestAnimationFrame) and slow their timers: keep them running.
const browser = await puppeteer.launch({
  executablePath: browserPaths.chromium,
  headless: true,
  args: [
    ...chromiumArgs,
    '--disable-background-timer-throttling',
    '--disable-renderer-backgrounding',
    '--disable-backgrounding-occluded-windows',
  ],
  protocolTimeout: 600_000,
});
const stop = async () => {
  await browser.close().catch(() => {});
  await server.close();
};
process.once('SIGINT', () => void stop().then(() => process.exit(130)));
process.once('SIGTERM', () => void stop().then(() => process.exit(143)));

const checkStart = performance.now();
const counts = { story: { passed: 0, failed: 0 }, docs: { passed: 0, failed: 0 } };
const queue = [...entries];
async function worker() {
  for (let entry = queue.shift(); entry; entry = queue.shift()) {
    const entryStart = performance.now();
    const { state, failures } = entry.type === 'docs'
      ? await checkDocs(browser, server.url, entry)
      : await checkStory(browser, server.url, entry);
    const count = counts[entry.type === 'docs' ? 'docs' : 'story'];
    const took = `${seconds(entryStart)} s`;
    if (failures.length === 0) {
      count.passed += 1;
      console.log(`  ✓ ${entry.id} (${state}, ${took})`);
    } else {
      count.failed += 1;
      console.log(`  ✗ ${entry.id} (${took})`);
      for (const failure of failures) console.log(`      ${failure.replaceAll('\n', '\n      ')}`);
    }
  }
}
try {
  // Two pages at a time: the 10,000-event story alone takes most of a minute (render and axe).
  await Promise.all(Array.from({ length: JOBS }, worker));
} finally {
  await stop();
}

const passed = counts.story.passed + counts.docs.passed;
const failed = counts.story.failed + counts.docs.failed;
if (resultsFile) {
  mkdirSync(dirname(resultsFile), { recursive: true });
  writeFileSync(resultsFile, JSON.stringify({ passed, failed, skipped: 0 }));
}
console.log(`\nDocs pages: ${counts.docs.passed} passed, ${counts.docs.failed} failed (axe: ${tags.join(', ')}).`);
console.log(`Took ${seconds(started)} s (build ${(buildTime / 1000).toFixed(1)} s, check ${seconds(checkStart)} s).`);
console.log(`Stories: ${counts.story.passed} passed, ${counts.story.failed} failed`);
process.exit(failed > 0 || passed === 0 ? 1 : 0);
