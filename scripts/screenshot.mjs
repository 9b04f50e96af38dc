// Screenshot of a page in Debian's Chromium, for the README and for looking at changes:
//   node scripts/screenshot.mjs <url> <out.png> [width=1280] [selector] [--dark]
import puppeteer from 'puppeteer-core';
import { browserPaths, chromiumArgs } from './browsers.mjs';

const [url, out, width = '1280', selector] = process.argv.slice(2).filter((a) => !a.startsWith('--'));
if (!url || !out) {
  console.error('usage: node scripts/screenshot.mjs <url> <out.png> [width] [selector] [--dark]');
  process.exit(2);
}
const browser = await puppeteer.launch({ executablePath: browserPaths.chromium, headless: true, args: chromiumArgs });
try {
  const page = await browser.newPage();
  page.on('console', (message) => console.log(`[page ${message.type()}] ${message.text()}`));
  page.on('pageerror', (error) => console.log(`[page error] ${error.message}`));
  await page.setViewport({ width: Number(width), height: 900 });
  if (process.argv.includes('--dark')) await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: 'dark' }]);
  await page.goto(url, { waitUntil: 'networkidle0' });
  await new Promise((resolve) => setTimeout(resolve, 300));
  const target = selector ? await page.$(selector) : page;
  await (target ?? page).screenshot({ path: out, fullPage: !selector });
  console.log(`wrote ${out}`);
} finally {
  await browser.close();
}
