// The live demo's document (`npm start`, demo/live.html): the article's timeline as a story
// still being written. `/demo/live/isis-libya-2015.json` holds its first three events, then
// one more every 20 seconds, as a newsroom adds to its JSON while readers watch; after the
// last it starts again from three (so a removal shows too). It answers as a well-set-up
// newsroom server should: an ETag and Last-Modified, `Cache-Control: no-cache`, and a 304
// to a request that already has the current version.
import { readFileSync } from 'node:fs';

export const LIVE_DEMO_PATH = '/demo/live/isis-libya-2015.json';
const FIRST = 3;
const STEP_MS = 20_000;

/**
 * A dev-server middleware serving LIVE_DEMO_PATH from `root`'s demo document; `now` (ms) and
 * `stepMs` are for tests. The clock starts when the middleware is made.
 */
export function liveDemo(root, { now = Date.now, stepMs = STEP_MS } = {}) {
  const whole = JSON.parse(readFileSync(`${root}demo/data/isis-libya-2015.json`, 'utf8'));
  const started = now();
  const sizes = whole.events.length - FIRST + 1;

  return async (context, next) => {
    if (context.path !== LIVE_DEMO_PATH) return next();
    const step = Math.floor((now() - started) / stepMs);
    const count = FIRST + (step % sizes);
    // Whole seconds: an HTTP date has no finer unit, and If-Modified-Since compares them.
    const changed = new Date(Math.floor((started + step * stepMs) / 1000) * 1000);
    const etag = `"live-${step}"`;
    context.set('Cache-Control', 'no-cache');
    context.set('ETag', etag);
    context.set('Last-Modified', changed.toUTCString());
    if (context.get('If-None-Match') === etag) {
      context.status = 304;
      return undefined;
    }
    context.type = 'application/json';
    context.body = JSON.stringify({ ...whole, events: whole.events.slice(0, count) });
    return undefined;
  };
}
