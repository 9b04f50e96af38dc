// `npm test`: the whole suite in Chromium, Firefox ESR and WebKit, once per time zone, then
// a check that every date label came out identical in all of them.
//   node scripts/test.mjs            all time zones
//   node scripts/test.mjs --quick    the first time zone only, without the Storybook and consumer checks
// Extra arguments after `--` go to web-test-runner (e.g. `-- --files src/core/**`).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { installHints, missingBrowsers } from './browsers.mjs';
import { compareLabelRecords } from './compare-labels.mjs';

export const TIME_ZONES = ['America/Los_Angeles', 'Asia/Tokyo', 'Pacific/Kiritimati'];

const args = process.argv.slice(2);
const quick = args.includes('--quick');
const passthrough = args.includes('--') ? args.slice(args.indexOf('--') + 1) : [];
const browsers = (process.env.NT_BROWSERS ?? 'chromium,firefox,webkit').split(',').map((b) => b.trim());

const missing = missingBrowsers(browsers);
if (missing.length > 0) {
  console.error(`Cannot run the tests: ${missing.join(' and ')} not found.`);
  for (const name of missing) console.error(`  ${name}: ${installHints[name]}`);
  console.error('(NT_BROWSERS=chromium npm test runs with one browser only.)');
  process.exit(1);
}

// Built once, first: test/bundle.test.ts loads the standalone file, and the command-line
// tests run dist/cli.js.
const built = spawnSync(process.execPath, ['scripts/build.mjs'], { stdio: 'inherit' });
if (built.status !== 0) {
  console.error('The build failed: nothing was tested.');
  process.exit(1);
}

const resultsDir = '.tmp/test-results';
rmSync(resultsDir, { recursive: true, force: true });
rmSync('.tmp/labels', { recursive: true, force: true });
mkdirSync(resultsDir, { recursive: true });

const zones = quick ? TIME_ZONES.slice(0, 1) : TIME_ZONES;
let failedRuns = 0;

/**
 * One run of the browser tests in `zone`, in `engines`, with web-test-runner's `extra` arguments:
 * whether it passed, and whether any test failed (its summary, web-test-runner.config.mjs).
 */
function runZone(zone, engines, extra) {
  const run = spawnSync(
    process.execPath,
    ['node_modules/@web/test-runner/dist/bin.js', '--config', 'web-test-runner.config.mjs', ...extra],
    { stdio: 'inherit', env: { ...process.env, TZ: zone, NT_BROWSERS: engines.join(',') } },
  );
  const summary = `${resultsDir}/${zone.replaceAll('/', '_')}--${engines.join('+')}.json`;
  const testsFailed = existsSync(summary) ? JSON.parse(readFileSync(summary, 'utf8')).failed > 0 : undefined;
  return { passed: run.status === 0, testsFailed };
}

/**
 * The runs of one time zone. Each engine runs the whole suite in the first zone; after it,
 * Chromium runs it again and the other engines only draw the date labels, which are compared
 * across zones below: what differs by engine is formatting, which those labels cover; the rest
 * is the same JavaScript in every engine. This keeps `npm test` near ten minutes on two cores.
 */
function runsOf(zone) {
  const others = browsers.filter((name) => name !== 'chromium');
  if (zone === zones[0] || passthrough.length > 0 || others.length === browsers.length || others.length === 0) {
    return [{ engines: browsers, extra: passthrough }];
  }
  return [{ engines: ['chromium'], extra: [] }, { engines: others, extra: ['--files', 'test/date-labels-across-zones.test.ts'] }];
}

for (const zone of zones) for (const { engines, extra } of runsOf(zone)) {
  console.log(`\n=== ${engines.join(' + ')} in TZ=${zone}${extra.length > 0 && passthrough.length === 0 ? ' (date labels only)' : ''} ===`);
  let run = runZone(zone, engines, extra);
  // A browser driver that hangs (WebKitWebDriver timing out while it ends a session) fails the
  // run with no test failed; that run is repeated once, and says so. A failed test never is.
  if (!run.passed && run.testsFailed !== true) {
    console.log(`\n=== TZ=${zone} again: the run failed with no test failed (a browser driver, not a test) ===`);
    run = runZone(zone, engines, extra);
  }
  if (!run.passed) failedRuns += 1;
}

// Once, after the browser runs: every Storybook story rendered and checked with axe in
// Chromium (scripts/check-stories.mjs builds the catalogue first). Not in a narrowed run.
if (!quick && passthrough.length === 0 && browsers.includes('chromium')) {
  console.log('\n=== Storybook stories in chromium ===');
  const stories = spawnSync(process.execPath, ['scripts/check-stories.mjs', '--results', `${resultsDir}/stories.json`], { stdio: 'inherit' });
  if (stories.status !== 0) failedRuns += 1;
}

// Counts written by the summary reporter in web-test-runner.config.mjs, one file per run,
// and by the stories check.
const totals = { passed: 0, failed: 0, skipped: 0 };
const failures = [];
for (const file of readdirSync(resultsDir)) {
  const counts = JSON.parse(readFileSync(`${resultsDir}/${file}`, 'utf8'));
  totals.passed += counts.passed;
  totals.failed += counts.failed;
  totals.skipped += counts.skipped;
  failures.push(...(counts.failures ?? []));
}

// The command line runs in Node on the built dist/, once, whatever the time zone.
console.log('\n=== command line (node:test) ===');
const nodeRun = spawnSync(process.execPath, ['--test', '--test-reporter=tap', 'test/node/'], { encoding: 'utf8' });
process.stdout.write(nodeRun.stdout.split('\n').filter((line) => /^(not )?ok |^# (pass|fail)/.test(line)).join('\n') + '\n');
const tapCount = (name) => Number(nodeRun.stdout.match(new RegExp(`^# ${name} (\\d+)`, 'm'))?.[1] ?? 0);
totals.passed += tapCount('pass');
totals.failed += tapCount('fail');
if (nodeRun.status !== 0) failedRuns += 1;

// Once, in a whole run: the package packed and used by a strict React 19 + TypeScript app
// (scripts/test-consumers.mjs; dist/ is already built above).
if (!quick && passthrough.length === 0) {
  console.log('\n=== consumer apps (npm pack) ===');
  const consumers = spawnSync(process.execPath, ['scripts/test-consumers.mjs', '--no-build'], { stdio: 'inherit' });
  if (consumers.status !== 0) failedRuns += 1;
}

// A run narrowed with `-- --files …` may leave out test/date-labels-across-zones.test.ts: nothing to compare then.
const labelProblems = passthrough.length > 0 ? [] : compareLabelRecords('.tmp/labels', zones, browsers);
for (const problem of labelProblems) console.error(problem);

console.log(`\nTime zones: ${zones.join(', ')}; browsers: ${browsers.join(', ')}.`);
console.log(passthrough.length > 0 ? 'Date labels not compared: the run was narrowed.' : labelProblems.length === 0
  ? `Date labels identical across time zones (${zones.length} zones).`
  : `Date labels differ across time zones: ${labelProblems.length} difference(s).`);
const failed = totals.failed + labelProblems.length;
if (failures.length > 0) console.log(`\nFailed tests:\n${failures.map((failure) => `  ✗ ${failure.split('\n')[0].slice(0, 300)}`).join('\n')}\n`);
console.log(`Tests: ${totals.passed} passed, ${failed} failed${totals.skipped ? `, ${totals.skipped} skipped` : ''}`);
process.exit(failedRuns > 0 || failed > 0 || totals.passed === 0 ? 1 : 0);
