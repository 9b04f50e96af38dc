// The media player: src/media/define.ts as one small self-contained ES module,
// dist/news-timeline.media.js, which src/media-player.ts fetches relative to itself when a
// card first shows media other than a picture. `mediaFile()` serves the same module to the
// demo and test servers, which run src/ as it is.
import { mkdir, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { buildBesideModule } from './languages.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));

/** The player's module, minified. */
export function buildMedia() {
  return buildBesideModule(`${root}src/media/define.ts`);
}

/** Writes dist/news-timeline.media.js. */
export async function writeMedia() {
  await mkdir(`${root}dist`, { recursive: true });
  await writeFile(`${root}dist/news-timeline.media.js`, await buildMedia());
}

/** A dev-server plugin: `/src/news-timeline.media.js` (beside src/media-player.ts) built from its source on request. */
export function mediaFile() {
  return {
    name: 'media-file',
    async serve(context) {
      if (context.path === '/src/news-timeline.media.js') return { body: await buildMedia(), type: 'js' };
      return undefined;
    },
  };
}
