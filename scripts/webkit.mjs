// WebKit for the tests: Debian's WebKitGTK MiniBrowser, driven by WebKitWebDriver, on a
// private Xvfb display (MiniBrowser has no headless mode). web-test-runner.config.mjs
// starts one driver per run, so the TZ of that run reaches the browser: MiniBrowser is
// started by the driver and inherits its environment.
import { spawn } from 'node:child_process';
import { accessSync, constants, existsSync, readdirSync } from 'node:fs';
import { get } from 'node:http';
import { createServer } from 'node:net';
import { delimiter, join } from 'node:path';
import { clearTimeout } from 'node:timers';

export const webkitInstallHint = 'apt-get install -y webkit2gtk-driver xvfb';

function onPath(name) {
  for (const dir of (process.env.PATH ?? '').split(delimiter)) {
    const path = join(dir, name);
    try {
      accessSync(path, constants.X_OK);
      return path;
    } catch {
      // not in this directory
    }
  }
  return undefined;
}

// Debian puts MiniBrowser in the multiarch library folder of libwebkit2gtk-4.1-0 (pulled in
// by webkit2gtk-driver), not on PATH; /usr/libexec is where other distributions put it.
function findMiniBrowser() {
  if (process.env.MINIBROWSER_PATH) return existsSync(process.env.MINIBROWSER_PATH) ? process.env.MINIBROWSER_PATH : undefined;
  const libDirs = existsSync('/usr/lib') ? readdirSync('/usr/lib').filter((d) => d.includes('-linux-')) : [];
  const roots = [...libDirs.map((d) => `/usr/lib/${d}`), '/usr/libexec'];
  return roots
    .flatMap((root) => ['webkit2gtk-4.1', 'webkit2gtk-4.0'].map((api) => `${root}/${api}/MiniBrowser`))
    .find((path) => existsSync(path));
}

export const webkitPaths = {
  driver: onPath('WebKitWebDriver'),
  miniBrowser: findMiniBrowser(),
  xvfb: onPath('Xvfb'),
};

/** What WebKit lacks here, by the names a person would look for ([] when it can run). */
export function missingWebKitParts() {
  const names = { driver: 'WebKitWebDriver', miniBrowser: 'MiniBrowser', xvfb: 'Xvfb' };
  return Object.keys(names).filter((key) => !webkitPaths[key]).map((key) => names[key]);
}

/** WebDriver capabilities that make WebKitWebDriver start MiniBrowser. */
export function webkitCapabilities() {
  return {
    browserName: 'MiniBrowser',
    // Else webdriverio 9 asks for a BiDi socket (webSocketUrl), and Debian's WebKitWebDriver
    // refuses the session: "Failed to match capabilities".
    'wdio:enforceWebDriverClassic': true,
    'webkitgtk:browserOptions': { binary: webkitPaths.miniBrowser, args: ['--automation'] },
  };
}

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** Keeps the last output of a child for error messages, without holding the event loop open. */
function tail(child) {
  let text = '';
  for (const stream of [child.stdout, child.stderr]) {
    stream?.on('data', (chunk) => (text = (text + chunk).slice(-2000)));
    stream?.unref?.();
  }
  return () => text.trim();
}

/** Rejects when `child` exits before `ready` resolves, so a broken install fails fast. */
function untilReady(child, name, output, ready, timeoutMs = 15000) {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${name} did not start within ${timeoutMs} ms.\n${output()}`)), timeoutMs);
    child.once('exit', (code, signal) => reject(new Error(`${name} exited (${signal ?? code}) while starting.\n${output()}`)));
    child.once('error', reject);
    ready.then(resolve, reject).finally(() => clearTimeout(timer));
  });
}

function statusOk(port) {
  return new Promise((resolve) => {
    const request = get({ host: '127.0.0.1', port, path: '/status', timeout: 1000 }, (response) => {
      response.resume();
      resolve(response.statusCode === 200);
    });
    request.on('error', () => resolve(false));
    request.on('timeout', () => request.destroy());
  });
}

async function driverAnswers(port, child) {
  while (child.exitCode === null && !(await statusOk(port))) {
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/**
 * Starts Xvfb and WebKitWebDriver (on 127.0.0.1 and a free port) with `env` (carry TZ here).
 * Each runs in its own process group, so stop() also ends the MiniBrowser and web processes
 * the driver started. stop() runs on exit by itself; a watchdog shell ends them too if this
 * process dies without running exit handlers (SIGKILL).
 */
export async function startWebKit({ env = process.env } = {}) {
  const missing = missingWebKitParts();
  if (missing.length > 0) throw new Error(`WebKit cannot run: ${missing.join(', ')} not found. ${webkitInstallHint}`);
  const groups = [];
  let watchdog;
  const signalGroups = (pids, signal) => {
    for (const pid of pids) {
      try {
        process.kill(-pid, signal);
      } catch {
        // already gone
      }
    }
  };
  // Synchronous, as it runs in an exit handler: TERM, a short grace, then KILL for anything
  // stuck (a hung web process), so nothing is left once this process is gone.
  const stop = () => {
    const pids = groups.splice(0);
    if (watchdog) signalGroups([watchdog.pid], 'SIGTERM');
    signalGroups(pids, 'SIGTERM');
    Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 300);
    signalGroups(pids, 'SIGKILL');
  };
  process.once('exit', stop);
  // wtr stops its browsers on SIGINT itself, then exits (and so runs stop); these two it leaves
  // to the default action, which would skip exit handlers.
  for (const signal of ['SIGTERM', 'SIGHUP']) process.once(signal, () => process.exit(128 + (signal === 'SIGTERM' ? 15 : 1)));

  try {
    // -displayfd: Xvfb picks a free display itself and writes its number to fd 3.
    const xvfb = spawn(webkitPaths.xvfb, ['-displayfd', '3', '-screen', '0', '1280x1024x24', '-nolisten', 'tcp'], {
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe', 'pipe'],
    });
    groups.push(xvfb.pid);
    xvfb.unref();
    const xvfbOutput = tail(xvfb);
    const display = await untilReady(
      xvfb,
      'Xvfb',
      xvfbOutput,
      new Promise((resolve) => {
        let text = '';
        xvfb.stdio[3].on('data', (chunk) => {
          text += chunk;
          if (text.includes('\n')) resolve(`:${text.trim()}`);
        });
        xvfb.stdio[3].unref?.();
      }),
    );

    const port = await freePort();
    const driver = spawn(webkitPaths.driver, [`--port=${port}`, '--host=127.0.0.1', '--replace-on-new-session'], {
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...env, DISPLAY: display },
    });
    groups.push(driver.pid);
    driver.unref();
    await untilReady(driver, 'WebKitWebDriver', tail(driver), driverAnswers(port, driver));

    const watched = groups.map((pid) => `-${pid}`).join(' ');
    watchdog = spawn(
      'sh',
      ['-c', `while kill -0 ${process.pid} 2>/dev/null; do sleep 1; done; kill -TERM ${watched} 2>/dev/null; sleep 2; kill -KILL ${watched} 2>/dev/null`],
      { detached: true, stdio: 'ignore' },
    );
    watchdog.unref();
    return { port, display, stop };
  } catch (error) {
    stop();
    throw error;
  }
}
