// The live demo's document (scripts/live-demo.mjs): an event more each step, from three, round
// again after the last; validators and 304s as a newsroom server should answer.
//   node --test test/node/live-demo.test.mjs
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { liveDemo, LIVE_DEMO_PATH } from '../../scripts/live-demo.mjs';

const root = new URL('../../', import.meta.url).pathname;
const whole = JSON.parse(readFileSync(`${root}demo/data/isis-libya-2015.json`, 'utf8'));

/** A minimal Koa context: the request's path and headers, and what the middleware set. */
function request(path, headers = {}) {
  const set = {};
  const context = {
    path,
    status: 200,
    body: undefined,
    type: undefined,
    get: (name) => headers[name] ?? '',
    set: (name, value) => { set[name] = value; },
  };
  return { context, set };
}

test('serves three events, then one more each step, and starts again after the last', async () => {
  let clock = 1_000_000;
  const serve = liveDemo(root, { now: () => clock, stepMs: 1000 });
  const counts = [];
  for (let step = 0; step < whole.events.length; step += 1) {
    const { context } = request(LIVE_DEMO_PATH);
    await serve(context, () => assert.fail('the live document must not fall through'));
    const body = JSON.parse(context.body);
    assert.equal(body.title, whole.title);
    assert.deepEqual(body.events, whole.events.slice(0, body.events.length));
    counts.push(body.events.length);
    clock += 1000;
  }
  assert.deepEqual(counts, [3, 4, 5, 6, 7, 8, 9, 3, 4]);
});

test('an unchanged document is a 304 to If-None-Match; a changed one has a new ETag and a later Last-Modified', async () => {
  let clock = 5_000_000;
  const serve = liveDemo(root, { now: () => clock, stepMs: 20_000 });
  const first = request(LIVE_DEMO_PATH);
  await serve(first.context, () => undefined);
  assert.equal(first.set['Cache-Control'], 'no-cache');
  const again = request(LIVE_DEMO_PATH, { 'If-None-Match': first.set.ETag });
  clock += 19_000;
  await serve(again.context, () => undefined);
  assert.equal(again.context.status, 304);
  assert.equal(again.context.body, undefined);
  clock += 1000;
  const later = request(LIVE_DEMO_PATH, { 'If-None-Match': first.set.ETag });
  await serve(later.context, () => undefined);
  assert.equal(later.context.status, 200);
  assert.notEqual(later.set.ETag, first.set.ETag);
  assert.ok(Date.parse(later.set['Last-Modified']) > Date.parse(first.set['Last-Modified']));
});

test('other paths go on to the next middleware', async () => {
  const serve = liveDemo(root);
  let passed = false;
  await serve(request('/demo/data/isis-libya-2015.json').context, () => { passed = true; });
  assert.ok(passed);
});
