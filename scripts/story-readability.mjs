/* global window */
// `npm run story:check`: how much of each story a reader sees at first, per width. Mounts
// <news-timeline> (the source, compiled on the fly) in Debian's headless Chromium at 320,
// 360, 390, 768 and 1280 px with the article and the story fixtures, measures it with
// test/helpers/readability.ts (the same code the element tests assert on) and prints a
// Markdown table: events readable / total, "+N" badges, the element's height.
//   node scripts/story-readability.mjs [document.json …]   (paths from the repository root)
//   STORY_WIDTHS=390,1280 node scripts/story-readability.mjs
import { fileURLToPath } from 'node:url';
import { startDevServer } from '@web/dev-server';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import puppeteer from 'puppeteer-core';
import { browserPaths, chromiumArgs, installHints } from './browsers.mjs';
import { loopbackOnly } from './loopback.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const FIXTURES = process.argv.slice(2).length > 0
  ? process.argv.slice(2).map((path) => `/${path.replace(/^\.?\//, '')}`)
  : [
      '/demo/data/isis-libya-2015.json',
      '/test/fixtures/stories/brexit-2019.json',
      '/test/fixtures/stories/storm-week.json',
      '/test/fixtures/stories/metro-30.json',
    ];
const WIDTHS = (process.env.STORY_WIDTHS ?? '320,360,390,768,1280').split(',').map(Number);
/** An empty page to mount the element in, from the server's origin so modules load. */
const PAGE = '/__story-check.html';

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
    middleware: [
      (context, next) => {
        if (context.path !== PAGE) return next();
        context.type = 'html';
        context.body = '<!doctype html><html lang="en"><meta charset="utf-8"><title>story check</title><body style="margin: 0"></body></html>';
        return undefined;
      },
    ],
    plugins: [loopbackOnly(), esbuildPlugin({ ts: true, tsconfig: `${root}tsconfig.json` })],
  },
  readCliArgs: false,
  readFileConfig: false,
  logStartMessage: false,
});
const port = server.server.address().port;
const browser = await puppeteer.launch({ executablePath: browserPaths.chromium, headless: true, args: chromiumArgs });

/** In the page: mounts the element `width` px wide, waits until drawn and sized, measures, removes it. */
async function measureIn(src, width) {
  await import('/src/index.ts');
  const { measureReadability, renderAtWidth } = await import('/test/helpers/readability.ts');
  const element = await renderAtWidth(width, src);
  const reading = measureReadability(element);
  element.parentElement.remove();
  window.scrollTo(0, 0);
  return reading;
}

const rows = [];
try {
  const page = await browser.newPage();
  page.on('pageerror', (error) => console.error(`[page error] ${error.message}`));
  await page.goto(`http://127.0.0.1:${port}${PAGE}`);
  for (const src of FIXTURES) {
    for (const width of WIDTHS) {
      await page.setViewport({ width, height: width < 768 ? 844 : 800 });
      const reading = await page.evaluate(measureIn, src, width);
      const problems = [
        reading.overlaps && `${reading.overlaps} overlapping`,
        reading.sticksOut && 'sticks out',
        reading.scrolls && 'scrolls inside',
        reading.labels.some((label) => label.visible && !label.bigEnough) && 'labels too small',
        reading.truncated && `${reading.truncated} titles cut short`,
      ].filter(Boolean);
      rows.push([
        src.split('/').pop(), `${width}`, `${reading.readable} / ${reading.total}`, `${reading.badges}`,
        `${Math.round(reading.height)}`, reading.orientation, problems.join(', ') || '–',
      ]);
    }
  }
} finally {
  await browser.close();
  await server.stop();
}

const header = ['fixture', 'width px', 'readable / total', 'badges', 'height px', 'orientation', 'other problems'];
console.log(`| ${header.join(' | ')} |`);
console.log(`|${header.map((_, i) => (i === 0 || i >= 5 ? '---' : '---:')).join('|')}|`);
for (const row of rows) console.log(`| ${row.join(' | ')} |`);
