// The shape of src/: no import cycle among its modules, and no file longer than one person
// can hold in mind. Reads the sources as text; needs no build.
//   node --test test/node/structure.test.mjs
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';

const MAX_LINES = 300;
const SRC = 'src';

/** Every file below `dir`, as paths relative to the working directory. */
function filesUnder(dir) {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath ?? entry.path, entry.name))
    .sort();
}

// `import … from '…'`, `export … from '…'`, `import '…'` and `import('…')`, types included.
const IMPORT = /(?:^|[;\s])(?:import|export)\s[^'"`;]*?from\s*['"]([^'"]+)['"]|(?:^|[;\s])import\s*\(?\s*['"]([^'"]+)['"]/gm;

/** The project files `file` imports: relative specifiers, `.js` read as the `.ts` source. */
export function importsOf(file, text) {
  const found = new Set();
  for (const match of text.matchAll(IMPORT)) {
    const specifier = match[1] ?? match[2];
    if (!specifier.startsWith('.')) continue;
    found.add(relative('.', resolve(dirname(file), specifier.replace(/\.js$/, '.ts'))));
  }
  return [...found];
}

/** Each import cycle among `files` (paths to text), one per strongly connected group, as the path round it. */
export function importCycles(files) {
  const graph = new Map(files.map((file) => [file, importsOf(file, readFileSync(file, 'utf8'))]));
  for (const [file, targets] of graph) graph.set(file, targets.filter((target) => graph.has(target)));
  // Tarjan's strongly connected components, then one cycle walked inside each.
  const index = new Map();
  const low = new Map();
  const stack = [];
  const onStack = new Set();
  const groups = [];
  const visit = (file) => {
    index.set(file, index.size);
    low.set(file, index.get(file));
    stack.push(file);
    onStack.add(file);
    for (const target of graph.get(file)) {
      if (!index.has(target)) {
        visit(target);
        low.set(file, Math.min(low.get(file), low.get(target)));
      } else if (onStack.has(target)) {
        low.set(file, Math.min(low.get(file), index.get(target)));
      }
    }
    if (low.get(file) !== index.get(file)) return;
    const group = [];
    let member;
    do {
      member = stack.pop();
      onStack.delete(member);
      group.push(member);
    } while (member !== file);
    if (group.length > 1 || graph.get(file).includes(file)) groups.push(new Set(group));
  };
  for (const file of graph.keys()) if (!index.has(file)) visit(file);
  return groups.map((group) => cycleWithin(graph, group));
}

/** A path from the group's first file back to itself through the group only (breadth-first: the shortest). */
function cycleWithin(graph, group) {
  const start = [...group].sort()[0];
  const cameFrom = new Map();
  const queue = [start];
  while (queue.length > 0) {
    const file = queue.shift();
    for (const target of graph.get(file)) {
      if (!group.has(target)) continue;
      if (target === start) {
        const path = [file];
        while (path[0] !== start) path.unshift(cameFrom.get(path[0]));
        return [...path, start];
      }
      if (!cameFrom.has(target)) {
        cameFrom.set(target, file);
        queue.push(target);
      }
    }
  }
  return [start, start];
}

/** Files longer than `limit` lines, with their counts (a final newline ends a line, as `wc -l` counts). */
export function longFiles(files, limit = MAX_LINES) {
  return files
    .map((file) => ({ file, lines: readFileSync(file, 'utf8').replace(/\n$/, '').split('\n').length }))
    .filter(({ lines }) => lines > limit);
}

const sources = filesUnder(SRC).filter((file) => file.endsWith('.ts'));

test('src/ has no import cycle', () => {
  const cycles = importCycles(sources);
  assert.deepEqual(cycles.map((cycle) => cycle.join(' → ')), [], 'import cycles in src/');
});

test(`no src/ file is over ${MAX_LINES} lines`, () => {
  const long = longFiles(filesUnder(SRC));
  assert.deepEqual(long.map(({ file, lines }) => `${file}: ${lines} lines`), [], `files over ${MAX_LINES} lines`);
});

test('the cycle check finds a real cycle, through re-exports and type imports, and prints it', () => {
  const fixture = filesUnder('test/node/fixtures/import-cycle');
  const dir = 'test/node/fixtures/import-cycle';
  assert.deepEqual(importCycles(fixture), [[`${dir}/first.ts`, `${dir}/second.ts`, `${dir}/third.ts`, `${dir}/first.ts`]]);
  assert.deepEqual(importCycles(fixture.filter((file) => !file.endsWith('third.ts'))), []);
});

test('the length check names a file over the limit with its count, and lets one at the limit pass', () => {
  const dir = mkdtempSync(join(tmpdir(), 'news-timeline-structure-'));
  writeFileSync(join(dir, 'at.ts'), 'x\n'.repeat(MAX_LINES));
  writeFileSync(join(dir, 'over.ts'), 'x\n'.repeat(MAX_LINES) + 'x');
  assert.deepEqual(longFiles(filesUnder(dir)), [{ file: join(dir, 'over.ts'), lines: MAX_LINES + 1 }]);
});
