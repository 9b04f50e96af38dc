// Files the standalone element fetches beside itself when a timeline first needs them, each
// one small self-contained ES module built from its entry in src/: what not every timeline
// needs stays out of news-timeline.bundle.js. `besideFiles()` serves the same modules to the
// demo and test servers, which run src/ as it is (the loaders sit at the top of src/).
import { mkdir, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { buildBesideModule } from './languages.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));

/** Each file's name (dist/news-timeline.<name>.js), entry, budget in gzipped bytes, and what loads it. */
export const BESIDE_FILES = {
  media: {
    entry: 'src/media/define.ts',
    budget: 4 * 1024,
    when: 'a card first shows a video, a player site or a page',
  },
  permalinks: {
    entry: 'src/permalinks/permalinks.ts',
    budget: 3 * 1024,
    when: 'a timeline with the permalinks attribute first draws',
  },
  autoplay: {
    entry: 'src/autoplay/autoplay.ts',
    budget: 3 * 1024,
    when: 'a timeline has the autoplay attribute',
  },
  keys: {
    entry: 'src/keys/define.ts',
    budget: 3 * 1024,
    when: 'a reader first opens the list of keyboard shortcuts ("?")',
  },
  live: {
    entry: 'src/live/live.ts',
    // The document diff, the refresh loop, the marks' styles and the reader's Pause button.
    budget: 4 * 1024,
    when: 'a timeline has the refresh attribute, or draws a later document in place',
  },
  find: {
    entry: 'src/find/define.ts',
    budget: 3 * 1024,
    when: 'a timeline whose document has groups or tags, or with the search attribute, first draws',
  },
};

/** The module of file `name`, minified. */
export function buildBeside(name) {
  return buildBesideModule(`${root}${BESIDE_FILES[name].entry}`);
}

/** Writes dist/news-timeline.<name>.js for every file; returns their paths. */
export async function writeBesideFiles() {
  await mkdir(`${root}dist`, { recursive: true });
  return Promise.all(Object.keys(BESIDE_FILES).map(async (name) => {
    const path = `dist/news-timeline.${name}.js`;
    await writeFile(`${root}${path}`, await buildBeside(name));
    return path;
  }));
}

/** The file name a request path asks for, when it is one of these beside `dir` (e.g. '/src/'). */
export function besideFileAt(path, dir) {
  const match = /^news-timeline\.(\w+)\.js$/.exec(path.startsWith(dir) ? path.slice(dir.length) : '');
  return match && Object.hasOwn(BESIDE_FILES, match[1]) ? match[1] : undefined;
}

/** A dev-server plugin: `/src/news-timeline.<name>.js` (beside the loaders in src/) built from its source on request. */
export function besideFiles() {
  return {
    name: 'beside-files',
    async serve(context) {
      const name = besideFileAt(context.path, '/src/');
      return name ? { body: await buildBeside(name), type: 'js' } : undefined;
    },
  };
}
