// Runs the suite in Debian's Chromium and Firefox ESR through puppeteer-core, and in
// Debian's WebKitGTK MiniBrowser through WebKitWebDriver (no browser downloads).
// `scripts/test.mjs` runs this once per time zone with TZ set in the environment, which
// every browser inherits; NT_BROWSERS narrows the browsers.
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';
import { defaultReporter } from '@web/test-runner';
import { chromeLauncher } from '@web/test-runner-chrome';
import { webdriverLauncher } from '@web/test-runner-webdriver';
import * as puppeteer from 'puppeteer-core';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { browserPaths, chromiumArgs } from './scripts/browsers.mjs';
import { labelRecordPath } from './scripts/compare-labels.mjs';
import { languageFiles } from './scripts/languages.mjs';
import { besideFiles } from './scripts/beside-files.mjs';
import { loopbackOnly } from './scripts/loopback.mjs';
import { strictCspHeader } from './scripts/csp.mjs';
import { loadingRoutes } from './test/helpers/server-routes.mjs';
import { keyChordPlugin } from './test/helpers/key-chord-plugin.mjs';
import { startWebKit, webkitCapabilities } from './scripts/webkit.mjs';

const wanted = (process.env.NT_BROWSERS ?? 'chromium,firefox,webkit').split(',').map((b) => b.trim());
const timeZone = process.env.TZ ?? '';

const launchers = {
  chromium: () =>
    chromeLauncher({
      launchOptions: {
        executablePath: browserPaths.chromium,
        headless: true,
        args: chromiumArgs,
      },
    }),
  firefox: (prefs = {}) =>
    chromeLauncher({
      puppeteer,
      launchOptions: {
        browser: 'firefox',
        executablePath: browserPaths.firefox,
        headless: true,
        extraPrefsFirefox: {
          // Keep Firefox off the network: no updates, telemetry or remote settings.
          'app.update.enabled': false,
          'datareporting.policy.dataSubmissionEnabled': false,
          'toolkit.telemetry.enabled': false,
          'services.settings.server': 'http://127.0.0.1:9/',
          'network.captive-portal-service.enabled': false,
          'browser.safebrowsing.malware.enabled': false,
          'browser.safebrowsing.phishing.enabled': false,
          ...prefs,
        },
      },
    }),
  // The driver is started here, for this run alone, so it carries this run's TZ to the
  // browser; scripts/webkit.mjs stops it (and Xvfb, MiniBrowser) when this process exits.
  webkit: async () => {
    const { port } = await startWebKit({ env: process.env });
    return webdriverLauncher({ hostname: '127.0.0.1', port, logLevel: 'error', capabilities: webkitCapabilities() });
  },
};

for (const name of wanted) {
  if (!(name in launchers)) throw new Error(`Unknown browser "${name}" in NT_BROWSERS: use chromium, firefox or webkit.`);
}

/**
 * Media that puppeteer cannot emulate in Firefox (it needs CDP): a Firefox started in that
 * mode runs the test file written for it. Chromium emulates them inside its own tests.
 */
const mediaGroups = wanted.includes('firefox')
  ? [
    {
      name: 'firefox-dark',
      files: 'test/media/dark.test.ts',
      browsers: [launchers.firefox({ 'layout.css.prefers-color-scheme.content-override': 0 })],
    },
    {
      name: 'firefox-forced-colors',
      files: 'test/media/forced-colors.test.ts',
      browsers: [launchers.firefox({ 'browser.display.document_color_use': 2 })],
    },
  ]
  : [];

const zoneKey = (timeZone || 'local').replaceAll('/', '_');
function browserKey(session) {
  const name = session.browser.name.toLowerCase();
  if (name.includes('firefox')) return 'firefox';
  if (session.browser.type === 'webdriver' || name.includes('minibrowser') || name.includes('webkit')) return 'webkit';
  return 'chromium';
}

/** Tests in a suite tree: counted here so `npm test` can print one closing line. */
function countTests(suite, counts, where, path = []) {
  for (const test of suite?.tests ?? []) {
    if (test.skipped) counts.skipped += 1;
    else if (test.passed) counts.passed += 1;
    else {
      counts.failed += 1;
      counts.failures.push(`${where}: ${[...path, test.name].join(' › ')}: ${test.error?.message ?? 'failed'}`);
    }
  }
  for (const child of suite?.suites ?? []) countTests(child, counts, where, [...path, child.name]);
  return counts;
}

const summaryReporter = {
  onTestRunFinished({ sessions }) {
    // Failures are kept by name so that the end of `npm test`'s output says which failed.
    const counts = { passed: 0, failed: 0, skipped: 0, failures: [] };
    for (const session of sessions) {
      const before = counts.passed + counts.failed + counts.skipped;
      const where = `${session.browser.name} ${timeZone || 'local'} ${session.testFile}`;
      countTests(session.testResults, counts, where);
      // A file that failed to load ran no test: count it as one failure, not as nothing.
      if (!session.passed && counts.passed + counts.failed + counts.skipped === before) {
        counts.failed += 1;
        counts.failures.push(`${where}: ${session.errors?.map((error) => error.message).join('; ') || 'did not run'}`);
      }
    }
    mkdirSync('.tmp/test-results', { recursive: true });
    writeFileSync(`.tmp/test-results/${zoneKey}--${wanted.join('+')}.json`, JSON.stringify(counts));
  },
};

/** `executeServerCommand('record-labels', labels)` keeps what a run rendered, for compare-labels. */
const recordLabelsPlugin = {
  name: 'record-labels',
  executeCommand({ command, payload, session }) {
    if (command !== 'record-labels') return undefined;
    mkdirSync('.tmp/labels', { recursive: true });
    writeFileSync(labelRecordPath('.tmp/labels', browserKey(session), timeZone || 'local'), JSON.stringify(payload, null, 1));
    return true;
  },
};

/**
 * Serves CommonJS-only dev dependencies (ajv, @sinonjs/fake-timers) as one ES module each, bundled by esbuild,
 * so tests can import them in the browser.
 */
function commonjsAsModule(paths) {
  const cache = new Map();
  return {
    name: 'commonjs-as-module',
    async serve(context) {
      const path = paths.find((candidate) => context.path === `/node_modules/${candidate}`);
      if (!path) return undefined;
      if (!cache.has(path)) {
        const result = await build({
          entryPoints: [`node_modules/${path}`],
          bundle: true,
          format: 'esm',
          // fake-timers requires Node's util only where `process` exists, never in a browser.
          external: ['util'],
          write: false,
          logLevel: 'silent',
        });
        cache.set(path, result.outputFiles[0].text);
      }
      return { body: cache.get(path), type: 'js' };
    },
  };
}

/**
 * `executeServerCommand('ax-tree', { selector })`: the browser's own accessibility tree under
 * an element, from the DevTools protocol where the session has it (Chromium). Other
 * sessions answer `{ unsupported }` with the reason, so a test can say why it skips.
 */
const axTreePlugin = {
  name: 'ax-tree',
  async executeCommand({ command, payload, session }) {
    if (command !== 'ax-tree') return undefined;
    if (session.browser.type === 'webdriver') return { tree: await webdriverTree(session.browser.driver, payload.selector) };
    if (session.browser.type !== 'puppeteer' || browserKey(session) !== 'chromium') {
      return { unsupported: `no accessibility tree reachable for ${session.browser.name} from the test runner` };
    }
    const page = session.browser.getPage(session.id);
    const root = await page.$(payload.selector);
    if (!root) throw new Error(`ax-tree: nothing matches ${payload.selector}`);
    return { tree: await page.accessibility.snapshot({ root, interestingOnly: false }) };
  },
};

/**
 * `executeServerCommand('emulate-forced-colors', 'active' | 'none')`: @web/test-runner-commands'
 * emulateMedia passes colour scheme and reduced motion to Chromium but drops forcedColors, so
 * a test asking for it would run in ordinary colours. Other sessions answer `{ unsupported }`.
 */
const forcedColorsPlugin = {
  name: 'emulate-forced-colors',
  async executeCommand({ command, payload, session }) {
    if (command !== 'emulate-forced-colors') return undefined;
    if (session.browser.type !== 'puppeteer' || browserKey(session) !== 'chromium') {
      return { unsupported: `${session.browser.name} cannot emulate forced colours from the test runner` };
    }
    await session.browser.getPage(session.id).emulateMediaFeatures([{ name: 'forced-colors', value: payload }]);
    return { emulated: payload };
  },
};

/**
 * The accessibility tree as WebDriver sees it (WebKit): each element's computed role and
 * label come from the browser's own tree (WebDriver "Get Computed Role/Label"); the shape
 * is the DOM's, through shadow roots, keeping elements whose role is not none or generic.
 */
async function webdriverTree(driver, selector) {
  /* global document, getComputedStyle -- the callback below runs in the browser */
  const elements = await driver.execute((rootSelector) => {
    const root = document.querySelector(rootSelector);
    const found = [];
    // Hidden is inherited through shadow roots too: WebKit has no accessibility object under a
    // display: none ancestor, and asking for its computed role is an error it logs.
    const isHidden = (element, parentHidden) =>
      parentHidden || element.getAttribute('aria-hidden') === 'true' || getComputedStyle(element).display === 'none';
    const walk = (node, parent, parentHidden) => {
      for (const child of [...(node.shadowRoot?.children ?? []), ...node.children]) {
        const hidden = isHidden(child, parentHidden);
        const index = found.push({ element: child, parent, hidden }) - 1;
        walk(child, index, hidden);
      }
    };
    const rootHidden = isHidden(root, Boolean(root.parentElement?.closest('[aria-hidden="true"]')));
    found.push({ element: root, parent: -1, hidden: rootHidden });
    walk(root, 0, rootHidden);
    return found.map(({ element, parent, hidden }) => ({
      element,
      parent,
      hidden,
      disabled: element.getAttribute('aria-disabled') === 'true' || element.disabled === true,
      expanded: element.getAttribute('aria-expanded'),
    }));
  }, selector);
  const nodes = [];
  for (const item of elements) {
    const id = item.element['element-6066-11e4-a52e-4f735466cecf'] ?? item.element.ELEMENT;
    const role = item.hidden ? '' : await driver.getElementComputedRole(id).catch(() => '');
    const name = role ? await driver.getElementComputedLabel(id).catch(() => '') : '';
    const node = { role: role || 'none', name, children: [] };
    if (item.disabled) node.disabled = true;
    if (item.expanded !== null) node.expanded = item.expanded === 'true';
    nodes.push({ node, parent: item.parent, hidden: item.hidden });
  }
  // Nodes without a role hand their children up, so the tree holds what assistive technology meets.
  const keep = (entry) => entry.node.role !== 'none' && entry.node.role !== 'generic' && !entry.hidden;
  const attach = (index) => {
    let parent = nodes[index].parent;
    while (parent > 0 && !keep(nodes[parent])) parent = nodes[parent].parent;
    return parent;
  };
  nodes.forEach((entry, i) => {
    if (i === 0 || !keep(entry)) return;
    nodes[attach(i)].node.children.push(entry.node);
  });
  return nodes[0].node;
}

/**
 * `/demo/react/app.bundle.js`: the React example bundled whole by esbuild (React is
 * CommonJS, and one bundle keeps a single copy of it), so a test can mount it.
 */
const reactExamplePlugin = {
  name: 'react-example',
  async serve(context) {
    if (context.path !== '/demo/react/app.bundle.js') return undefined;
    const result = await build({
      entryPoints: ['demo/react/app.tsx'],
      bundle: true,
      format: 'esm',
      jsx: 'automatic',
      tsconfig: 'tsconfig.json',
      define: { 'process.env.NODE_ENV': '"production"' },
      write: false,
      logLevel: 'silent',
    });
    return { body: result.outputFiles[0].text, type: 'js' };
  },
};

/** `executeServerCommand('list-fixtures')`: the fixture documents on disk, to hold the manifest complete. */
const listFixturesPlugin = {
  name: 'list-fixtures',
  executeCommand({ command }) {
    if (command !== 'list-fixtures') return undefined;
    return readdirSync('test/fixtures/documents').filter((name) => name.endsWith('.json') && name !== 'index.json');
  },
};

export default {
  files: ['src/**/*.test.ts', 'test/**/*.test.ts', '!test/media/**'],
  groups: mediaGroups,
  hostname: '127.0.0.1',
  nodeResolve: true,
  concurrency: 1,
  concurrentBrowsers: 1,
  browserStartTimeout: 60000,
  testsFinishTimeout: 300000,
  testFramework: { config: { timeout: 20000 } },
  browsers: await Promise.all(wanted.map((name) => launchers[name]())),
  reporters: [defaultReporter(), summaryReporter],
  middleware: [
    strictCspHeader,
    // /slow/<path>?delay=ms serves <path> after a delay: for loading states and aborted fetches.
    async (context, next) => {
      if (context.path.startsWith('/slow/')) {
        const delay = Math.min(Number(context.query.delay ?? 500), 10_000);
        await new Promise((resolve) => setTimeout(resolve, delay));
        context.path = context.path.slice('/slow'.length);
      }
      return next();
    },
    loadingRoutes,
  ],
  plugins: [
    loopbackOnly(),
    recordLabelsPlugin,
    listFixturesPlugin,
    axTreePlugin,
    forcedColorsPlugin,
    keyChordPlugin,
    reactExamplePlugin,
    languageFiles(),
    besideFiles(),
    commonjsAsModule(['ajv/dist/2020.js', '@sinonjs/fake-timers/src/fake-timers-src.js']),
    esbuildPlugin({ ts: true, tsconfig: fileURLToPath(new URL('./tsconfig.json', import.meta.url)) }),
  ],
  // The time zone this run was started in, so a test can prove the browser really uses it.
  testRunnerHtml: (testFramework) => `<!doctype html>
<html lang="en-GB">
  <head><meta charset="utf-8"><script>window.__NT_EXPECTED_TIME_ZONE__ = ${JSON.stringify(timeZone)};
  // Tests keep Lit's development build for its checks and warnings, all but one: the notice
  // that it is the development build, muted by its code, which Lit's issueWarning looks up here.
  globalThis.litIssuedWarnings = new Set(['dev-mode']);
  // "ResizeObserver loop completed with undelivered notifications" is a notice, not a fault:
  // the spec delivers the rest next frame. WebKit raises it now and then while a test resizes
  // a timeline's container; it is logged here instead of failing whichever test is running.
  window.addEventListener('error', (event) => {
    if (!/^ResizeObserver loop (completed with undelivered notifications|limit exceeded)/.test(event.message)) return;
    event.stopImmediatePropagation();
    event.preventDefault();
    console.warn('Ignored by the test page:', event.message);
  }, true);</script></head>
  <body><script type="module" src="${testFramework}"></script></body>
</html>`,
};
