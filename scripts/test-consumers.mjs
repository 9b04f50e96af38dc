// `npm run test:consumers`: the package as its users get it. Builds dist/ (skip with --no-build),
// packs it with `npm pack`, installs the tarball with React 19, Vue 3 and Vite into one fresh folder
// outside the repository (scripts/consumers/install.mjs), then for each app of test/consumers/
// (react, vue, vite-ts; scripts/consumers/fixtures.mjs):
//   1. tsc or vue-tsc (strict, skipLibCheck false) accepts it and rejects, on exactly its
//      "sideways" lines, its expect-error file;
//   2. Vite builds it, the files beside the element are copied next to its script (as the README
//      tells bundler users), and headless Chromium renders it: each timeline draws the article's
//      nine events and the app's timeline-select / timeline-load handler runs;
// and the README's React and Vue snippets are the fixtures' files, word for word.
import { copyFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { BESIDE_FILES } from './beside-files.mjs';
import { browserPaths, installHints } from './browsers.mjs';
import { FIXTURES } from './consumers/fixtures.mjs';
import { packAndInstall } from './consumers/install.mjs';
import { render } from './consumers/render.mjs';
import { ConsumerFailure, fail, run } from './consumers/run.mjs';
import { typecheck } from './consumers/typecheck.mjs';

const ARTICLE = 'demo/data/isis-libya-2015.json';
const SNIPPETS = [
  ['react/wrapper.tsx', 'tsx'],
  ['react/bare-tag.tsx', 'tsx'],
  ['vue/ArticleTimeline.vue', 'vue'],
  ['vue/vite.config.ts', 'ts'],
];
const started = performance.now();
const timings = [];

/** Runs `step`, adding its duration under `name` to the report. */
async function timed(name, step) {
  const since = performance.now();
  const result = await step();
  timings.push(`${name} ${((performance.now() - since) / 1000).toFixed(1)} s`);
  return result;
}

try {
  await main();
} catch (error) {
  if (!(error instanceof ConsumerFailure)) throw error;
  console.error(`test:consumers: ${error.message}`);
  process.exitCode = 1;
}

async function main() {
  if (!browserPaths.chromium) fail(`Chromium is not installed: ${installHints.chromium}`);
  const readme = readFileSync('README.md', 'utf8');
  for (const [file, language] of SNIPPETS) {
    const code = readFileSync(join('test/consumers', file), 'utf8');
    if (!readme.includes(`\`\`\`${language}\n${code}\`\`\``)) fail(`README.md does not show test/consumers/${file} as it is`);
  }

  if (!process.argv.includes('--no-build')) await timed('build', () => run('npm', ['run', 'build'], { stdio: 'inherit' }));
  const work = mkdtempSync(join(tmpdir(), 'news-timeline-consumer-'));
  try {
    const app = await timed('pack + install', () => packAndInstall(work, FIXTURES, ARTICLE));
    const vite = join(app, 'node_modules/vite/bin/vite.js');
    for (const fixture of FIXTURES) {
      const folder = join(app, fixture.name);
      await timed(`${fixture.name}: ${fixture.checker}`, () => typecheck(app, fixture));
      await timed(`${fixture.name}: vite build`, () => run(process.execPath, [vite, 'build', '--logLevel', 'warn'], { cwd: folder }));
      // As the README tells bundler users: the files the element fetches beside its own script.
      for (const name of Object.keys(BESIDE_FILES)) {
        copyFileSync(join(app, `node_modules/news-timeline/dist/news-timeline.${name}.js`), join(folder, `dist/assets/news-timeline.${name}.js`));
      }
      await timed(`${fixture.name}: render`, () => render(join(folder, 'dist'), fixture.check));
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
  console.log(`test:consumers: passed in ${((performance.now() - started) / 1000).toFixed(1)} s (${timings.join(', ')})`);
}
