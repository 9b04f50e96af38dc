// The authoring page, dist/editor/: index.html, editor.js (src/editor/ with the element
// inside, bundled by esbuild), editor.css, the example timeline, and beside them a copy of
// the standalone file and the language and media files, so the page's default embed address is real
// and it works from any folder it is copied to (relative URLs only). A separate entry: the
// standalone bundle does not change for it.
import { copyFileSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = fileURLToPath(new URL('..', import.meta.url));
const SOURCE = `${root}src/editor`;
export const EDITOR_DIR = 'dist/editor';

/** A page's script with everything it imports (the element too), minified. */
function bundlePage(entry, outfile) {
  return build({
    entryPoints: [entry],
    outfile,
    bundle: true,
    minify: true,
    format: 'esm',
    target: 'es2022',
    charset: 'utf8',
    legalComments: 'none',
    conditions: ['production'],
    tsconfig: `${root}tsconfig.json`,
    logLevel: 'warning',
  });
}

/** Writes dist/editor/ (after the bundle and language files are in dist/); returns its file names. */
export async function buildEditor() {
  const out = `${root}${EDITOR_DIR}`;
  mkdirSync(out, { recursive: true });
  await bundlePage(`${SOURCE}/main.ts`, `${out}/editor.js`);
  const page = readFileSync(`${SOURCE}/index.html`, 'utf8');
  if (!page.includes('src="./main.ts"')) throw new Error('src/editor/index.html no longer loads ./main.ts: update scripts/editor.mjs');
  writeFileSync(`${out}/index.html`, page.replace('src="./main.ts"', 'src="./editor.js"'));
  copyFileSync(`${SOURCE}/editor.css`, `${out}/editor.css`);
  copyFileSync(`${root}demo/data/isis-libya-2015.json`, `${out}/example.json`);
  copyFileSync(`${root}demo/favicon.svg`, `${out}/favicon.svg`);
  // The iframe embed the page's snippet points at, beside it: demo/embed.html with its script
  // bundled (the element inside), its stylesheet, and the parent page's height script.
  await bundlePage(`${root}demo/embed.ts`, `${out}/embed.js`);
  const embed = readFileSync(`${root}demo/embed.html`, 'utf8');
  if (!embed.includes('src="./embed.ts"')) throw new Error('demo/embed.html no longer loads ./embed.ts: update scripts/editor.mjs');
  writeFileSync(`${out}/embed.html`, embed.replace('src="./embed.ts"', 'src="./embed.js"'));
  for (const name of ['embed.css', 'embed-parent.js']) copyFileSync(`${root}demo/${name}`, `${out}/${name}`);
  // src/languages.ts, bundled into editor.js, fetches these beside it; the embed code points at the bundle.
  for (const name of readdirSync(`${root}dist`)) {
    if (/^news-timeline\.[\w.-]+\.js$/.test(name)) copyFileSync(`${root}dist/${name}`, `${out}/${name}`);
  }
  return readdirSync(out);
}
