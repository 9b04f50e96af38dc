// What `npm pack` would publish: the licence, the changelog and docs the README links to,
// the built files a page or tool loads, and no test. Runs on the built dist/.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';

const [pack] = JSON.parse(execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }));
const files = pack.files.map((file) => file.path);

test('the package holds the licence, the changelog and the docs the README links to', () => {
  for (const path of ['LICENSE', 'README.md', 'CHANGELOG.md', 'ACCESSIBILITY.md', 'BENCHMARKS.md', 'docs/architecture.md', 'docs/performance.md', 'demo/screenshot.png', 'demo/screenshot-phone.png']) {
    assert.ok(files.includes(path), `${path} is not in the package`);
  }
});

test('the package holds the manifest, the editor files, the standalone file, its language files and the typed entry points', () => {
  for (const path of ['dist/custom-elements.json', 'dist/web-types.json', 'dist/vscode.html-custom-data.json', 'dist/news-timeline.bundle.js', 'dist/news-timeline.de.js', 'dist/news-timeline.zh-Hant.js', 'dist/index.js', 'dist/index.d.ts', 'dist/core/index.d.ts', 'dist/schema.json']) {
    assert.ok(files.includes(path), `${path} is not in the package`);
  }
});

test('the package holds no test, fixture or consumer app', () => {
  const strays = files.filter((path) => /\.test\.|^test\/|^stories\/|^scripts\//.test(path));
  assert.deepEqual(strays, []);
});
