// Opens a built fixture in headless Chromium and runs its checks of what a reader would see.
/* global document -- read inside page.waitForFunction / page.evaluate, in the browser */
import puppeteer from 'puppeteer-core';
import { browserPaths, chromiumArgs } from '../browsers.mjs';
import { serveFolder } from '../static-server.mjs';
import { fail } from './run.mjs';

export const EVENTS = 9;

/** Resolves once `selector`'s timeline has drawn the article's events; fails with the page's errors if not. */
export function waitForEvents(page, selector, problems) {
  return page
    .waitForFunction(
      (root, count) => document.querySelector(root)?.shadowRoot?.querySelectorAll('ol.events > li').length === count,
      { timeout: 30_000, polling: 50 },
      selector,
      EVENTS,
    )
    .catch(() => fail(`${selector} did not draw ${EVENTS} events ${problems.join('; ')}`));
}

/** Resolves once `selector`'s text starts with `text`; fails with `why` if not. */
export function waitForText(page, selector, text, why) {
  return page
    .waitForFunction((node, start) => document.querySelector(node)?.textContent.startsWith(start), { timeout: 10_000 }, selector, text)
    .catch(() => fail(why));
}

/** Clicks an event's button inside `selector`'s shadow root. */
export function clickEvent(page, selector, id) {
  return page.evaluate(
    (root, eventId) => document.querySelector(root).shadowRoot.querySelector(`button[data-id="${eventId}"]`).click(),
    selector,
    id,
  );
}

export async function render(folder, check) {
  const server = await serveFolder(folder);
  const browser = await puppeteer.launch({ executablePath: browserPaths.chromium, headless: true, args: chromiumArgs });
  try {
    const page = await browser.newPage();
    const problems = [];
    page.on('pageerror', (error) => problems.push(error.message));
    page.on('console', (message) => ['error', 'warn'].includes(message.type()) && problems.push(message.text()));
    await page.goto(server.url, { waitUntil: 'load' });
    await check(page, problems);
    if (problems.length) fail(`the page reported errors: ${problems.join('; ')}`);
  } finally {
    await browser.close();
    await server.close();
  }
}
