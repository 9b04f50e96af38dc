// `npm run build`: ESM + .d.ts into dist/ with tsc (Lit and d3 stay dependencies for
// bundler users), the JSON Schema, and the standalone bundle with Lit and d3 inside.
import { spawnSync } from 'node:child_process';
import { copyFileSync, rmSync } from 'node:fs';
import { bundle, BUNDLE } from './bundle.mjs';

rmSync('dist', { recursive: true, force: true });
const tsc = spawnSync(process.execPath, ['node_modules/typescript/bin/tsc', '-p', 'scripts/tsconfig.build.json'], {
  stdio: 'inherit',
});
if (tsc.status !== 0) process.exit(tsc.status ?? 1);
copyFileSync('src/core/schema.json', 'dist/schema.json');
await bundle();
console.log(`Built dist/ (ESM, .d.ts), dist/schema.json and ${BUNDLE}.`);
