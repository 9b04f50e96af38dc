// Type-checks a fixture as its users would (tsc, or vue-tsc for .vue files), then checks that the
// checker rejects the fixture's expect-error file on exactly the lines holding its marker.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fail, run } from './run.mjs';

const CHECKERS = { tsc: 'typescript/bin/tsc', 'vue-tsc': 'vue-tsc/bin/vue-tsc.js' };

export function typecheck(app, fixture) {
  const folder = join(app, fixture.name);
  const checker = join(app, 'node_modules', CHECKERS[fixture.checker]);
  run(process.execPath, [checker, '-p', join(folder, 'tsconfig.json')], { cwd: folder });
  if (!fixture.expectError) return;

  const { file, marker, code } = fixture.expectError;
  writeFileSync(join(folder, 'tsconfig.expect-error.json'), JSON.stringify({ extends: './tsconfig.json', files: [], include: [file] }));
  const rejected = run(process.execPath, [checker, '-p', join(folder, 'tsconfig.expect-error.json'), '--pretty', 'false'], { cwd: folder }, 1);
  const wanted = readFileSync(join(fixture.source, file), 'utf8')
    .split('\n')
    .flatMap((line, index) => (line.includes(marker) ? [index + 1] : []));
  const errors = rejected.trim().split('\n').filter((line) => /^\S.*: error TS\d+:/.test(line));
  const pattern = new RegExp(`^${file.replace('.', '\\.')}\\((\\d+),\\d+\\): error ${code}:`);
  const lines = errors.map((error) => Number(pattern.exec(error)?.[1]));
  if (!wanted.length || errors.length !== wanted.length || lines.some((line, i) => line !== wanted[i])) {
    fail(`${fixture.checker} should reject ${fixture.name}/${file} on lines ${wanted.join(', ')} only (${code}), but said:\n${rejected}`);
  }
}
