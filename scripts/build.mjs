// `npm run build`: ESM + .d.ts into dist/ with tsc (Lit and d3 stay dependencies for
// bundler users), the JSON Schema, the Custom Elements Manifest, and the standalone bundle
// with Lit and d3 inside, and the authoring page in dist/editor/.
import { spawnSync } from 'node:child_process';
import { copyFileSync, rmSync } from 'node:fs';
import { bundle, BUNDLE } from './bundle.mjs';
import { writeEditorData } from './editor-data.mjs';
import { buildEditor, EDITOR_DIR } from './editor.mjs';
import { buildLanguages } from './languages.mjs';
import { writeBesideFiles } from './beside-files.mjs';

rmSync('dist', { recursive: true, force: true });
const tsc = spawnSync(process.execPath, ['node_modules/typescript/bin/tsc', '-p', 'scripts/tsconfig.build.json'], {
  stdio: 'inherit',
});
if (tsc.status !== 0) process.exit(tsc.status ?? 1);
copyFileSync('src/core/document/schema.json', 'dist/schema.json');
// The Custom Elements Manifest (package.json "customElements"), from the element's JSDoc.
const cem = spawnSync(
  process.execPath,
  ['node_modules/@custom-elements-manifest/analyzer/cem.js', 'analyze', '--config', 'scripts/custom-elements-manifest.config.mjs'],
  { stdio: 'inherit' },
);
if (cem.status !== 0) process.exit(cem.status ?? 1);
// VS Code and JetBrains completion, from that manifest.
const editorFiles = writeEditorData();
await bundle();
const languages = await buildLanguages();
const beside = await writeBesideFiles();
// After the bundle, languages and the files beside it: the page's folder gets copies of them.
await buildEditor();
console.log(
  `Built dist/ (ESM, .d.ts), dist/schema.json, dist/custom-elements.json, ${editorFiles.join(', ')}, ${BUNDLE}, ${languages.length} language files, ${beside.join(', ')} and the authoring page ${EDITOR_DIR}/index.html.`,
);
