// `npm start` prints only addresses it listens on: 127.0.0.1 (scripts/loopback.mjs), at the
// port the socket really has. Starts the server on a free port (PORT=0), stops it by its PID.
//   node --test test/node/dev-server.test.mjs
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
/* global fetch -- Node's own (Node 20+) */

// eslint-disable-next-line no-control-regex -- terminal colours around the addresses
const ANSI = /\x1b\[[0-9;]*[A-Za-z]/g;

/** `npm start` in its own process group, so that stopping it stops the node under npm too. */
function startServer() {
  const child = spawn('npm', ['start'], {
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, PORT: '0', NO_COLOR: '1', npm_config_update_notifier: 'false' },
  });
  let output = '';
  const ready = new Promise((resolve, reject) => {
    const read = (chunk) => {
      output += chunk;
      // The whole announcement, to its last line's end: a chunk may stop inside an address.
      if (/Authoring page: \S+\n/.test(output.replace(ANSI, ''))) resolve();
    };
    child.stdout.on('data', read);
    child.stderr.on('data', read);
    child.once('exit', (code) => reject(new Error(`npm start exited (${code}) before it announced the demo:\n${output}`)));
  });
  const exited = new Promise((resolve) => child.once('exit', resolve));
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) process.kill(-child.pid, 'SIGTERM');
    await exited;
  };
  return { ready, output: () => output.replace(ANSI, ''), stop };
}

test('npm start prints only 127.0.0.1 addresses, and each one answers', { timeout: 120_000 }, async () => {
  const server = startServer();
  try {
    await server.ready;
    const addresses = server.output().match(/http:\/\/\S+/g) ?? [];
    assert.ok(addresses.length > 0, `no http:// address printed:\n${server.output()}`);
    for (const address of addresses) {
      assert.equal(new URL(address).hostname, '127.0.0.1', `${address} is not on 127.0.0.1:\n${server.output()}`);
    }
    for (const address of addresses) {
      const response = await fetch(address, { redirect: 'manual' });
      assert.ok(response.status < 400, `${address} answered ${response.status}`);
    }
    // The live demo: its page, and its document with validators (a 304 when unchanged).
    const base = new URL(addresses[0]);
    assert.equal((await fetch(new URL('/demo/live.html', base))).status, 200);
    const live = await fetch(new URL('/demo/live/isis-libya-2015.json', base));
    assert.ok((await live.json()).events.length >= 3);
    const again = await fetch(new URL('/demo/live/isis-libya-2015.json', base), { headers: { 'If-None-Match': live.headers.get('ETag') } });
    assert.equal(again.status, 304);
    // Anything printed while those requests ran is held to the same rule.
    for (const address of server.output().match(/http:\/\/\S+/g)) assert.equal(new URL(address).hostname, '127.0.0.1', address);
  } finally {
    await server.stop();
  }
});
