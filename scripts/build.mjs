// `npm run build`: ESM + .d.ts into dist/ with tsc, and the JSON Schema beside them.
import { spawnSync } from 'node:child_process';
import { copyFileSync, rmSync } from 'node:fs';

rmSync('dist', { recursive: true, force: true });
const tsc = spawnSync(process.execPath, ['node_modules/typescript/bin/tsc', '-p', 'scripts/tsconfig.build.json'], {
  stdio: 'inherit',
});
if (tsc.status !== 0) process.exit(tsc.status ?? 1);
copyFileSync('src/core/schema.json', 'dist/schema.json');
console.log('Built dist/ (ESM, .d.ts) and dist/schema.json.');
