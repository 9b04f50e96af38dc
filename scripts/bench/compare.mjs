// The baseline half of `npm run bench` (BENCH_BASELINE=path/to/news-timeline.bundle.js):
// names, the copy the page loads, and the tables comparing this build with the other one.
import { execFileSync } from 'node:child_process';
import { copyFile, mkdir } from 'node:fs/promises';
import { dirname } from 'node:path';
import { ms, ratio, sizeLabel } from './format.mjs';

export const CURRENT = 'news-timeline';
export const BASELINE = 'news-timeline (baseline)';
/**
 * Where the page loads the baseline from: a copy under the served root, so the dev server
 * serves both builds alike (same headers and caching, so the same V8 code cache treatment).
 */
export const BASELINE_PATH = '.tmp/bench/baseline/news-timeline.bundle.js';

export async function copyBaseline(root, from) {
  await mkdir(dirname(`${root}${BASELINE_PATH}`), { recursive: true });
  await copyFile(from, `${root}${BASELINE_PATH}`);
}

/** The commit a file was built from, as far as git knows (`-dirty` if the tree has changes). */
export function describeBuild(path) {
  try {
    return execFileSync('git', ['-C', dirname(path), 'describe', '--always', '--dirty'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return 'not in a git repository';
  }
}

/** Current / baseline per size: first render (median of runs) and zoom step (median, p95 of steps). */
export function comparisonTable(results, sizes) {
  const rows = sizes.flatMap((size) => {
    const current = results.find((r) => r.library === CURRENT && r.size === size);
    const baseline = results.find((r) => r.library === BASELINE && r.size === size);
    if (!current || !baseline) return [];
    if (current.timedOut || baseline.timedOut) {
      return [`| ${sizeLabel(size)} | ${current.timedOut ? 'not drawn' : ms(current.firstRender)} | ${baseline.timedOut ? 'not drawn' : ms(baseline.firstRender)} | – | – | – | – | – | – | – |`];
    }
    const cells = [
      [current.firstRender, baseline.firstRender],
      [current.zoomMedian, baseline.zoomMedian],
      [current.zoomP95, baseline.zoomP95],
    ].map(([ours, theirs]) => `${ms(ours)} | ${ms(theirs)} | **${ratio(ours, theirs)}**`);
    return [`| ${sizeLabel(size)} | ${cells.join(' | ')} |`];
  });
  return [
    '| events | first render current | baseline | ratio | zoom median current | baseline | ratio | zoom p95 current | baseline | ratio |',
    '|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
    ...rows,
  ].join('\n');
}

/**
 * Every run's first render, in the order run, the build that went first in its pair starred;
 * and the ratio of each pair, whose two pages ran back to back and so under much the same load.
 */
export function runsTable(results, sizes) {
  const list = (result) => (result?.renders ?? []).map((run) => `${ms(run.paintedMs)}${run.first ? '*' : ''}`).join(', ') || '–';
  const rows = sizes.map((size) => {
    const find = (library) => results.find((r) => r.library === library && r.size === size);
    const [current, baseline] = [find(CURRENT)?.renders ?? [], find(BASELINE)?.renders ?? []];
    const pairs = current.slice(0, baseline.length).map((run, i) => run.paintedMs / baseline[i].paintedMs);
    const sorted = [...pairs].sort((a, b) => a - b);
    const paired = pairs.length ? `${pairs.map((r) => r.toFixed(2)).join(', ')} (median **${sorted[Math.floor(sorted.length / 2)].toFixed(3)}**)` : '–';
    return `| ${sizeLabel(size)} | ${list(find(CURRENT))} | ${list(find(BASELINE))} | ${paired} |`;
  });
  return ['| events | current | baseline | current / baseline, pair by pair |', '|---:|---|---|---|', ...rows].join('\n');
}

export function compareMarkdown({ results, sizes, when, machine, runs, steps, current, baseline, tables }) {
  return `# news-timeline: this build against a baseline

\`npm run bench\` with \`BENCH_BASELINE\`, ${when} UTC. **Machine:** ${machine}.

- **current:** \`dist/news-timeline.bundle.js\` built from ${current.commit} (${current.path})
- **baseline:** ${baseline.commit} (${baseline.path})

Both builds run in the same Chromium, one fresh page per build, size and run, the two builds alternating page by page
and the one that goes first alternating from run to run, after one unmeasured page of each (the article) to warm up.
${runs} runs per size, ${steps} zoom steps per run. Ratios are current / baseline: below 1, the current build is faster.

## Current / baseline

${comparisonTable(results, sizes)}

## First render of each run (* went first in its pair)

The spread within one column is the machine's noise; a ratio inside it is no difference. The two pages of a
pair ran back to back, so the median of the pair-by-pair ratios is less moved by a burst of load than the ratio of medians.

${runsTable(results, sizes)}

${tables}`;
}
