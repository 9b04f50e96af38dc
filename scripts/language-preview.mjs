// node scripts/language-preview.mjs <tag>: every message of src/localize/languages/<tag>.ts with
// sample values (⟦…⟧ stand for placeholders), counted ones for 0 1 2 3 5 11 21 100 1000, the media
// player's (media.ts) last; fails on a missing or extra key or an unused placeholder. For translators
// and reviewers.
import { build } from 'esbuild';
const tag = process.argv[2];
const entry = `import language from './src/localize/languages/${tag}.ts'; import { countingFor } from './src/localize/plural.ts';
  export default language(countingFor('${tag}'));`;
const built = await build({ stdin: { contents: entry, resolveDir: process.cwd(), loader: 'ts' }, bundle: true, write: false, format: 'esm', logLevel: 'error' });
const table = (await import(`data:text/javascript,${encodeURIComponent(built.outputFiles[0].text)}`)).default;
const enEntry = "export { en } from './src/localize/en.ts'; export { mediaEn } from './src/localize/media.ts';";
const enBuilt = await build({ stdin: { contents: enEntry, resolveDir: process.cwd(), loader: 'ts' }, bundle: true, write: false, format: 'esm', logLevel: 'error' });
const english = await import(`data:text/javascript,${encodeURIComponent(enBuilt.outputFiles[0].text)}`);
const en = { ...english.en, ...english.mediaEn };
const samples = { span: '⟦3 years⟧', label: '⟦LABEL⟧', key: '⟦KEY⟧', title: '⟦TITLE⟧', count: 12, from: '⟦FROM⟧', to: '⟦TO⟧', visible: 6, total: 8, where: '⟦WHERE⟧', reason: '⟦REASON⟧', status: 404, seconds: 0.5, what: '⟦WHAT⟧', detail: '⟦DETAIL⟧', url: '⟦URL⟧', site: '⟦YouTube⟧' };
let problems = 0;
const missing = Object.keys(en).filter((k) => !(k in table));
const extra = Object.keys(table).filter((k) => !(k in en));
if (missing.length || extra.length) { console.log('MISSING', missing, 'EXTRA', extra); problems++; }
for (const [key, message] of Object.entries(table)) {
  if (typeof message === 'string') { console.log(`${key}: ${message}`); continue; }
  const src = en[key].toString();
  const params = [...src.slice(0, src.indexOf('=>')).matchAll(/\w+/g)].map((m) => m[0]);
  const values = Object.fromEntries(params.map((p) => [p, samples[p]]));
  const out = message(values);
  console.log(`${key}: ${out}`);
  for (const p of params) {
    const shown = typeof samples[p] === 'number' ? null : samples[p];
    if (shown && !out.includes(shown)) { console.log(`  !! ${key} does not use {${p}}`); problems++; }
  }
  if (key === 'moreProblems' && !out.includes('{problems}')) { console.log('  !! moreProblems must keep {problems}'); problems++; }
  if (params.includes('count') || params.includes('total')) {
    for (const n of [0, 1, 2, 3, 5, 11, 21, 100, 1000]) console.log(`    ${n}: ${message({ ...values, count: n, total: n, visible: n })}`);
  }
}
console.log(problems ? `${problems} problem(s)` : 'OK: same keys as English, every placeholder used');
process.exit(problems ? 1 : 0);
