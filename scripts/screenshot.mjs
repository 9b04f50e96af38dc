/* global localStorage, document, InputEvent -- the page.evaluate callback runs in the browser */
// Screenshot of a page in Debian's Chromium, for the README and for looking at changes:
//   node scripts/screenshot.mjs <url> <out.png> [width=1280] [selector] [--dark] [--height=900]
// The README's pair, from a demo server this starts and stops itself: the article page's
// timeline figure at 390 × 844 (a phone; the figure whole, as the page scrolls) and at 1280 × 800:
//   node scripts/screenshot.mjs --readme   → demo/screenshot-phone.png, demo/screenshot.png
// The authoring page with TimelineJS's template fixture pasted (one row flagged), whole, at
// 1280 and 390 px:
//   node scripts/screenshot.mjs --editor   → docs/images/authoring-1280.png, authoring-390.png
import { mkdirSync, readFileSync } from 'node:fs';
import { startDevServer } from '@web/dev-server';
import puppeteer from 'puppeteer-core';
import { browserPaths, chromiumArgs } from './browsers.mjs';
import devServerConfig from './dev-server.config.mjs';

const flags = process.argv.slice(2).filter((a) => a.startsWith('--'));
const [url, out, width = '1280', selector] = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const height = Number(flags.find((flag) => flag.startsWith('--height='))?.split('=')[1] ?? 900);
const readme = flags.includes('--readme');
const editor = flags.includes('--editor');
if (!readme && !editor && (!url || !out)) {
  console.error('usage: node scripts/screenshot.mjs <url> <out.png> [width] [selector] [--dark] [--height=900]\n'
    + '       node scripts/screenshot.mjs --readme');
  process.exit(2);
}

/** Shoots `target` at a `width` × `height` viewport: the element `selector`, else the full page; `paste` goes into the authoring page first. */
async function shoot(browser, target, path, { width, height, selector, paste }) {
  const page = await browser.newPage();
  try {
    page.on('console', (message) => console.log(`[page ${message.type()}] ${message.text()}`));
    page.on('pageerror', (error) => console.log(`[page error] ${error.message}`));
    await page.setViewport({ width, height });
    if (flags.includes('--dark')) await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: 'dark' }]);
    await page.goto(target, { waitUntil: 'networkidle0' });
    if (paste !== undefined) {
      await page.evaluate((text) => {
        localStorage.clear();
        const area = document.querySelector('timeline-editor').shadowRoot.querySelector('editor-input').shadowRoot.querySelector('textarea');
        area.value = text;
        area.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertFromPaste' }));
      }, paste);
      // The page redraws its previews 300 ms after the last input.
      await new Promise((resolve) => setTimeout(resolve, 1500));
    }
    await new Promise((resolve) => setTimeout(resolve, 300));
    const element = selector ? await page.$(selector) : null;
    if (selector && !element) throw new Error(`${target}: nothing matches ${selector}`);
    await (element ?? page).screenshot({ path, fullPage: !selector });
    console.log(`wrote ${path} (${width} × ${height}${selector ? `, ${selector}` : ', full page'})`);
  } finally {
    await page.close();
  }
}

const server = readme || editor
  ? await startDevServer({
      // A free port; its announcement of the configured port would be wrong.
      config: { ...devServerConfig, port: 0, plugins: devServerConfig.plugins.filter((plugin) => plugin.name !== 'announce-demo') },
      readCliArgs: false, readFileConfig: false, logStartMessage: false,
    })
  : undefined;
const browser = await puppeteer.launch({ executablePath: browserPaths.chromium, headless: true, args: chromiumArgs });
try {
  if (editor) {
    const page = `http://127.0.0.1:${server.server.address().port}/editor/`;
    const paste = readFileSync('test/fixtures/timelinejs/story.csv', 'utf8');
    mkdirSync('docs/images', { recursive: true });
    for (const width of [1280, 390]) await shoot(browser, page, `docs/images/authoring-${width}.png`, { width, height: 900, paste });
  } else if (server) {
    const demo = `http://127.0.0.1:${server.server.address().port}/demo/`;
    await shoot(browser, demo, 'demo/screenshot-phone.png', { width: 390, height: 844, selector: '.article__figure' });
    await shoot(browser, demo, 'demo/screenshot.png', { width: 1280, height: 800, selector: '.article__figure' });
  } else {
    await shoot(browser, url, out, { width: Number(width), height, selector });
  }
} finally {
  await browser.close();
  await server?.stop();
}
