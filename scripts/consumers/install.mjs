// Packs the package with `npm pack` and installs the tarball, with every fixture's framework, into
// one fresh folder outside the repository (so nothing resolves through our own node_modules).
import { cpSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fail, run } from './run.mjs';

// Pinned to the repository's devDependencies, so `npm ci` has already put them in npm's cache.
const PACKAGES = [
  'react', 'react-dom', '@types/react', '@types/react-dom',
  'vue', 'vue-tsc', '@vitejs/plugin-vue',
  'vite', 'typescript',
];

/** Returns the folder `app` holding node_modules, with each fixture copied into `app/<name>/`. */
export function packAndInstall(work, fixtures, article) {
  const [packed] = JSON.parse(run('npm', ['pack', '--json', '--pack-destination', work]).replace(/^[^[]*/, ''));
  // The README's two screenshots are shipped for its links on the npm page; nothing else of demo/.
  const stray = packed.files.map((file) => file.path)
    .filter((path) => /^(test|demo|stories|scripts)\//.test(path) && !/^demo\/screenshot(-phone)?\.png$/.test(path));
  if (stray.length) fail(`the package holds files it should not: ${stray.slice(0, 5).join(', ')}`);

  const app = join(work, 'app');
  for (const fixture of fixtures) {
    const folder = join(app, fixture.name);
    cpSync(fixture.source, folder, { recursive: true });
    mkdirSync(join(folder, 'public'));
    cpSync(article, join(folder, 'public', 'isis-libya-2015.json'));
  }
  const versions = JSON.parse(readFileSync('package.json', 'utf8')).devDependencies;
  writeFileSync(
    join(app, 'package.json'),
    JSON.stringify({
      name: 'news-timeline-consumers',
      private: true,
      type: 'module',
      dependencies: {
        'news-timeline': `file:../${packed.filename}`,
        ...Object.fromEntries(PACKAGES.map((name) => [name, versions[name]])),
      },
    }),
  );
  // From npm's cache when it holds these versions (it does after the repository's own install).
  run('npm', ['install', '--prefer-offline', '--ignore-scripts', '--no-audit', '--no-fund', '--loglevel=error'], { cwd: app });
  return app;
}
