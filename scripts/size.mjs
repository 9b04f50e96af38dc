// `npm run size`: the standalone bundle's gzipped size against the budget. Fails over it.
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { bundle, BUNDLE, checkD3ArrayRewrite, checkD3TimeRewrite } from './bundle.mjs';
import { buildLanguage, languageTags } from './languages.mjs';
import { BESIDE_FILES, buildBeside } from './beside-files.mjs';

/**
 * Bytes, gzipped at level 9: the whole standalone file, Lit and d3 included. Raised from 35 KB
 * for the load time limit with Try again and grapheme-safe bounded messages (issue 14), to
 * 37 KB for the one table of interface strings and controllers with one concern each (issue
 * 15), then to 40 KB, the hard ceiling, so that a story reads whole on a phone: shortened empty
 * stretches with their marks, story-sized heights and rows, labels moved beside their events,
 * no single-event badge (issue 16). Every peer is larger (43–157 KB). From here a feature not
 * every timeline needs goes in a file of its own.
 */
export const BUDGET_BYTES = 40 * 1024;

/**
 * Bytes, gzipped, of each language file (dist/news-timeline.<tag>.js): fetched when a reader's
 * language needs it. Raised from 1.5 KB for the media player's strings (issue 19): a language
 * file loads only for readers of that language, once, and only it can carry them. Raised to 3 KB
 * for the strings of live updates (issue 22): with them ar and el were just over 2 KB.
 */
export const LANGUAGE_BUDGET_BYTES = 3 * 1024;


await bundle();
// The bundle's rewrite of d3-time (pureIntervals in bundle.mjs) must not change what it computes.
await checkD3TimeRewrite();
await checkD3ArrayRewrite();
const raw = readFileSync(BUNDLE);
const gzipped = gzipSync(raw, { level: 9 }).length;
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
console.log(`${BUNDLE}: ${kb(raw.length)} minified, ${kb(gzipped)} gzipped (budget ${kb(BUDGET_BYTES)})`);
// The compile hint must stay the file's first line (see bundle.mjs): V8 reads it only there.
if (!raw.toString('utf8', 0, 64).startsWith('//# allFunctionsCalledOnLoad\n')) {
  console.error(`${BUNDLE} does not start with the compile hint //# allFunctionsCalledOnLoad.`);
  process.exit(1);
}
if (gzipped > BUDGET_BYTES) {
  console.error(`Over budget by ${kb(gzipped - BUDGET_BYTES)}.`);
  process.exit(1);
}

const languages = await Promise.all(languageTags().map(async (tag) => [tag, gzipSync(await buildLanguage(tag), { level: 9 }).length]));
const largest = languages.reduce((most, entry) => (entry[1] > most[1] ? entry : most), ['', 0]);
console.log(`${languages.length} language files: ${languages.map(([tag, bytes]) => `${tag} ${kb(bytes)}`).join(', ')} (each within ${kb(LANGUAGE_BUDGET_BYTES)})`);
const over = languages.filter(([, bytes]) => bytes > LANGUAGE_BUDGET_BYTES);
if (over.length > 0) {
  console.error(`Over the language budget: ${over.map(([tag, bytes]) => `${tag} (${bytes} bytes)`).join(', ')}; largest ${largest[0]}.`);
  process.exit(1);
}

// Each file beside the bundle (scripts/beside-files.mjs) has a budget of its own.
for (const [name, { budget, when }] of Object.entries(BESIDE_FILES)) {
  const bytes = gzipSync(await buildBeside(name), { level: 9 }).length;
  console.log(`dist/news-timeline.${name}.js: ${kb(bytes)} gzipped (${bytes} bytes, budget ${kb(budget)}; loaded when ${when})`);
  if (bytes > budget) {
    console.error(`dist/news-timeline.${name}.js is over its budget by ${bytes - budget} bytes.`);
    process.exit(1);
  }
}
