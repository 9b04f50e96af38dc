// The interface languages beside English: each src/localize/languages/<tag>.ts as one small
// self-contained ES module, dist/news-timeline.<tag>.js, which src/languages.ts fetches
// relative to itself when a timeline first needs it. `languageFiles()` serves the same
// modules to the demo and test servers, which run src/ as it is.
import { readdirSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = fileURLToPath(new URL('..', import.meta.url));
const SOURCES = `${root}src/localize/languages`;

/** Every language tag with a source file. */
export function languageTags() {
  return readdirSync(SOURCES).filter((name) => name.endsWith('.ts') && !name.endsWith('.test.ts')).map((name) => name.slice(0, -3)).sort();
}

/**
 * A file fetched beside the standalone one (a language, the media player): `entry` with what
 * it imports, as one small self-contained ES module, minified.
 */
export async function buildBesideModule(entry) {
  const built = await build({
    entryPoints: [entry],
    bundle: true,
    write: false,
    minify: true,
    // The text as UTF-8, not \u escapes: six bytes a letter in Arabic, Greek or Chinese otherwise.
    charset: 'utf8',
    format: 'esm',
    target: 'es2022',
    legalComments: 'none',
    logLevel: 'warning',
  });
  return built.outputFiles[0].text;
}

/** The module of language `tag`: its table as the default export. */
export function buildLanguage(tag) {
  return buildBesideModule(`${SOURCES}/${tag}.ts`);
}

/** Writes dist/news-timeline.<tag>.js for every language; returns the tags. */
export async function buildLanguages() {
  const tags = languageTags();
  await mkdir(`${root}dist`, { recursive: true });
  await Promise.all(tags.map(async (tag) => writeFile(`${root}dist/news-timeline.${tag}.js`, await buildLanguage(tag))));
  return tags;
}

/** A dev-server plugin: `/src/news-timeline.<tag>.js` (beside src/languages.ts) built from its source on request. */
export function languageFiles() {
  const tags = new Set(languageTags());
  return {
    name: 'language-files',
    async serve(context) {
      const match = /^\/src\/news-timeline\.([A-Za-z-]+)\.js$/.exec(context.path);
      if (match && tags.has(match[1])) return { body: await buildLanguage(match[1]), type: 'js' };
      return undefined;
    },
  };
}
