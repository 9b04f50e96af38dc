// Routes the test server adds for loading tests: real redirects, a second origin, requests
// that never finish, a server error that goes away, and a record of the Referer header.
// Koa middleware for web-test-runner.config.mjs (Node, not the browser).
import { Buffer } from 'node:buffer';
import { PassThrough } from 'node:stream';
import { clearTimeout, setTimeout } from 'node:timers';

/** Longest a never-ending request is held open if the browser never lets go of it. */
const HOLD_MS = 120_000;

/** Holds `context` open until the browser closes the request (an abort) or HOLD_MS pass. */
function untilClosed(context) {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, HOLD_MS);
    context.res.once('close', () => {
      clearTimeout(timer);
      resolve();
    });
  });
}

const isLoopback = (url) => url.hostname === '127.0.0.1' || url.hostname === 'localhost';

/** Keys of /flaky/ requests already answered with a 503. */
const failedOnce = new Set();
/** Referer header (or null) of the last /referrer/<key>/ request, by key. */
const referrers = new Map();
/** Live documents by key: `{ text, version, failures: [{ status, body }], log: [...] }`. */
const liveDocuments = new Map();

function liveDocument(key) {
  if (!liveDocuments.has(key)) liveDocuments.set(key, { text: '', version: 0, failures: [], log: [] });
  return liveDocuments.get(key);
}

/** The request's body as text. */
function bodyOf(context) {
  return new Promise((resolve, reject) => {
    const chunks = [];
    context.req.on('data', (chunk) => chunks.push(chunk));
    context.req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    context.req.on('error', reject);
  });
}

/** The live routes (see `loadingRoutes`); undefined when `path` is not one of them. */
async function liveRoutes(context) {
  const { path } = context;
  const put = /^\/live\/([\w-]+)$/.exec(path);
  if (put && context.method === 'PUT') {
    const live = liveDocument(put[1]);
    live.text = await bodyOf(context);
    live.version += 1;
    context.body = { version: live.version };
    return true;
  }
  const fail = /^\/live-fail\/([\w-]+)$/.exec(path);
  if (fail && context.method === 'POST') {
    const live = liveDocument(fail[1]);
    const count = Number(context.query.count ?? 1);
    const as = context.query.as ?? '500';
    const answer = as === 'text' ? { status: 200, body: 'not json {' } : as === 'hang' ? { status: 'hang' } : { status: Number(as), body: 'Failing on purpose' };
    for (let i = 0; i < count; i += 1) live.failures.push(answer);
    context.body = { failing: live.failures.length };
    return true;
  }
  const get = /^\/live\/([\w-]+)\.json$/.exec(path);
  if (get) {
    const live = liveDocument(get[1]);
    neverCached(context);
    const etag = `"v${live.version}"`;
    // One second a version, from a fixed day: If-Modified-Since compares whole seconds.
    const modified = new Date(Date.UTC(2024, 0, 1) + live.version * 1000).toUTCString();
    const ifNoneMatch = context.get('If-None-Match') || null;
    const ifModifiedSince = context.get('If-Modified-Since') || null;
    const failure = live.failures.shift();
    let status;
    if (failure?.status === 'hang') {
      // Logged at once; `closed` turns true when the browser lets go of the request (an abort).
      const entry = { status: 'hang', ifNoneMatch, ifModifiedSince, closed: false };
      live.log.push(entry);
      await untilClosed(context);
      entry.closed = true;
      return true;
    }
    if (failure) {
      status = failure.status;
      context.status = status;
      context.body = failure.body;
    } else if (ifNoneMatch ? ifNoneMatch === etag : ifModifiedSince !== null && Date.parse(ifModifiedSince) >= Date.parse(modified)) {
      status = 304;
      context.status = 304;
      context.set('ETag', etag);
    } else {
      status = 200;
      context.type = 'application/json';
      context.body = live.text;
      context.set('ETag', etag);
      context.set('Last-Modified', modified);
    }
    live.log.push({ status, ifNoneMatch, ifModifiedSince });
    return true;
  }
  const log = /^\/live-log\/([\w-]+)$/.exec(path);
  if (log) {
    context.body = liveDocument(log[1]).log;
    return true;
  }
  return undefined;
}

/**
 * Marks the answer `no-store`, for good: test-runner-core's cache middleware, which wraps these
 * routes, would make it cacheable for a year, and a later page in the same browser would take
 * the cached file (or 404) and never ask again.
 */
function neverCached(context) {
  const { response } = context;
  const set = response.set.bind(response);
  response.set = (field, value) => (/^cache-control$/i.test(String(field)) ? undefined : set(field, value));
  set('Cache-Control', 'no-store');
}

/**
 * - `/redirect?to=<url>`: a 302 to `url`, which must be on this machine (127.0.0.1 or localhost).
 * - `/cors/<path>`: `<path>` with `Access-Control-Allow-Origin: *`, so a page on the other
 *   loopback origin (`localhost` vs `127.0.0.1`, same port) may read it.
 * - `/hang`: never answers at all.
 * - `/stall`: answers 200 with headers and the start of a JSON body, then sends nothing more.
 * - `/flaky/<path>?key=<k>`: a 503 the first time for each key, then `<path>`.
 * - `/referrer/<key>/<path>`: `<path>`, remembering the request's Referer header;
 *   `/referrer-log/<key>` answers `{ "requested": true, "referer": null }` (null: none sent).
 * - `/src/news-timeline.<name>.js` (a file beside the element) answers 404 while the page holds
 *   the cookie `nt-missing=<name>`: a file that cannot load, at its own address.
 * - `PUT /live/<key>`: the body (JSON text) is what `/live/<key>.json` serves from now on, as the
 *   next version; answers `{ "version": n }`.
 * - `GET /live/<key>.json`: that text with `ETag: "v<n>"` and a `Last-Modified` one second a
 *   version; a 304 (no body) when `If-None-Match` names the current version or, without it,
 *   `If-Modified-Since` is not older. Never cached by the browser.
 * - `POST /live-fail/<key>?count=<n>&as=<status|text|hang>`: the next n GETs of the document fail,
 *   with that status (default 500), or for `text` a 200 whose body is not JSON, or for `hang` no
 *   answer at all (logged as `{ "status": "hang", "closed": false }`, `closed` true once aborted).
 * - `GET /live-log/<key>`: every GET of the document so far, in order, as
 *   `[{ "status": 304, "ifNoneMatch": "\"v1\"", "ifModifiedSince": null }, …]`.
 */
export async function loadingRoutes(context, next) {
  const { path } = context;
  if (await liveRoutes(context)) return undefined;
  if (/^\/src\/news-timeline\.[a-z-]+\.js$/.test(path)) {
    neverCached(context);
    if (path === `/src/news-timeline.${context.cookies.get('nt-missing')}.js`) {
      context.status = 404;
      context.body = 'Not Found (nt-missing cookie)';
      return undefined;
    }
  }
  if (path === '/redirect') {
    const target = new URL(String(context.query.to ?? ''), `http://${context.host}`);
    if (!isLoopback(target)) {
      context.status = 400;
      context.body = 'redirect: only to 127.0.0.1 or localhost';
      return undefined;
    }
    context.redirect(target.href);
    return undefined;
  }
  if (path.startsWith('/cors/')) {
    context.path = path.slice('/cors'.length);
    await next();
    context.set('Access-Control-Allow-Origin', '*');
    return undefined;
  }
  if (path === '/hang') {
    await untilClosed(context);
    return undefined;
  }
  if (path === '/stall') {
    const body = new PassThrough();
    body.write('{"version": 1, "events": [');
    context.type = 'application/json';
    context.body = body;
    untilClosed(context).then(() => body.destroy());
    return undefined;
  }
  if (path.startsWith('/flaky/')) {
    const key = String(context.query.key ?? '');
    if (!failedOnce.has(key)) {
      failedOnce.add(key);
      context.status = 503;
      context.body = 'Service Unavailable';
      return undefined;
    }
    context.path = path.slice('/flaky'.length);
    return next();
  }
  const referrer = /^\/referrer\/([\w-]+)(\/.*)$/.exec(path);
  if (referrer) {
    referrers.set(referrer[1], context.get('Referer') || null);
    context.path = referrer[2];
    return next();
  }
  const log = /^\/referrer-log\/([\w-]+)$/.exec(path);
  if (log) {
    context.body = { requested: referrers.has(log[1]), referer: referrers.get(log[1]) ?? null };
    return undefined;
  }
  return next();
}
