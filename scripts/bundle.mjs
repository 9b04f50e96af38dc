// The standalone file: dist/news-timeline.bundle.js, one ES module with Lit and d3 inside,
// minified, Lit in production mode. `<script type="module" src=".../news-timeline.bundle.js">`
// is all a page needs. esbuild bundles; terser minifies, because on this file it compresses
// about 4 % better than esbuild's own minifier (gzipped: 35.4 KB with esbuild, 33.9 KB with
// terser, measured when the switch was made).
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { minify } from 'terser';

const root = fileURLToPath(new URL('..', import.meta.url));
export const BUNDLE = 'dist/news-timeline.bundle.js';

/** Swaps two d3 modules for number-only stand-ins (see their comments) in this file only. */
const standIns = {
  name: 'd3-stand-ins',
  setup(builder) {
    const targets = {
      'd3-interpolate': `${root}scripts/bundle/d3-interpolate-numbers.mjs`,
      'd3-time-format': `${root}scripts/bundle/d3-time-format-unused.mjs`,
    };
    builder.onResolve({ filter: /^d3-(interpolate|time-format)$/ }, (args) => ({ path: targets[args.path] }));
  },
};

/**
 * d3-time builds every interval (local and UTC, each weekday, their `.range` aliases and
 * `.every` overrides) in top-level statements of one module, which esbuild must assume have
 * effects, so the local-time intervals this package never uses stayed in the file. Each is
 * pure; written as one expression marked so (`/* @__PURE__ *\/`), the unused ones drop out.
 * If d3-time's text ever stops matching, nothing breaks: the file only grows, and
 * scripts/size.mjs says so.
 */
const pureIntervals = {
  name: 'd3-time-pure-intervals',
  setup(builder) {
    builder.onLoad({ filter: /d3-time[\\/]dist[\\/]d3-time\.mjs$/ }, async (args) => {
      const source = await readFile(args.path, 'utf8');
      const contents = source
        // `const x = timeInterval(…);` then `x.every = …;`: one expression, the override inside;
        // the inner call marked too, or esbuild keeps it for its effects when x is unused.
        .replace(
          /const (\w+) = timeInterval\(([\s\S]*?)\n\}\);\n\n\/\/ An optimized implementation for this simple case\.\n\1\.every = ([\s\S]*?)\n\};\n/g,
          (_, name, body, every) => `const ${name} = /* @__PURE__ */ withEvery(/* @__PURE__ */ timeInterval(${body}\n}), ${every}\n});\n`,
        )
        .replace(/= (timeInterval|timeWeekday|utcWeekday)\(/g, '= /* @__PURE__ */ $1(')
        .replace(/const (\w+) = (\w+)\.range;/g, 'const $1 = /* @__PURE__ */ (() => $2.range)();')
        .replace(/const \[(\w+), (\w+)\] = ticker\(([^)]*)\);/g, (_, ticks, interval, list) =>
          `const ${ticks}$ = /* @__PURE__ */ ticker(${list}), ${ticks} = /* @__PURE__ */ (() => ${ticks}$[0])(), ${interval} = /* @__PURE__ */ (() => ${ticks}$[1])();`);
      return { contents: `${contents}\nfunction withEvery(interval, every) { interval.every = every; return interval; }\n`, loader: 'js' };
    });
  },
};

/**
 * d3-array, one published module, builds a few helpers in top-level statements (the bisectors,
 * `blur2`, `blurImage`, `shuffle`), which esbuild must assume have effects: the blur and
 * shuffle code stayed in the file though nothing calls it. Each call is pure; marked so
 * (`/* @__PURE__ *\/`), the unused ones drop out. checkD3ArrayRewrite proves the rest unchanged.
 */
const pureArrayHelpers = {
  name: 'd3-array-pure-helpers',
  setup(builder) {
    builder.onLoad({ filter: /d3-array[\\/]dist[\\/]d3-array\.mjs$/ }, async (args) => {
      const source = await readFile(args.path, 'utf8');
      const contents = source.replace(/^(const|var) (\w+) = (bisector|Blur2|shuffler)\(/gm, '$1 $2 = /* @__PURE__ */ $3(');
      return { contents, loader: 'js' };
    });
  },
};

/** Collapses the whitespace and comments of `css` template literals: CSS, not text, lives there. */
const compactCss = {
  name: 'compact-css',
  setup(builder) {
    builder.onLoad({ filter: /src[\\/]styles[\\/].*\.ts$/ }, async (args) => {
      const source = await readFile(args.path, 'utf8');
      const contents = source.replace(/css`([^`]*)`/g, (_, body) => {
        const compact = body
          .replace(/\/\*[\s\S]*?\*\//g, '')
          .replace(/\s+/g, ' ')
          .replace(/\s*([{};,>])\s*/g, '$1')
          // After a colon only: before one, a space can be a descendant combinator (".a :hover").
          .replace(/:\s+/g, ':')
          .replace(/;}/g, '}')
          .trim();
        return `css\`${compact}\``;
      });
      return { contents, loader: 'ts' };
    });
  },
};

/**
 * V8's explicit compile hint (Chrome 136+; a plain comment elsewhere), kept as the file's
 * first line, the only place V8 reads it: nearly every function here runs for the first
 * timeline, so compile them while the file streams in, off the main thread, rather than one
 * by one on it during the first render. Measured here, both builds alternating in one
 * Chromium: article 31.5 → 22.7 ms.
 */
const COMPILE_HINT = '//# allFunctionsCalledOnLoad';

/**
 * What the UTC intervals compute, through d3-time as published and as pureIntervals
 * rewrites it: the two must agree (scripts/size.mjs fails otherwise).
 */
export async function checkD3TimeRewrite() {
  const entry = `import * as t from 'd3-time';
    const out = [];
    const from = Date.UTC(1850, 0, 1), to = Date.UTC(2030, 5, 1);
    for (const name of ['utcMinute', 'utcHour', 'utcDay', 'utcSunday', 'utcMonth', 'utcYear', 'unixDay']) {
      for (const step of [1, 2, 3, 5, 10, 25]) {
        const interval = t[name].every(step);
        const span = name === 'utcYear' || name === 'utcMonth' ? to - from : 86400000 * 40;
        out.push(name, step, interval.range(new Date(from), new Date(from + span)).map(Number).join());
        out.push(interval.floor(new Date(to)).getTime(), interval.offset(new Date(to), 7).getTime());
      }
    }
    for (const count of [3, 10, 40]) out.push(t.utcTicks(new Date(from), new Date(to), count).map(Number).join());
    export default out.join('|');`;
  const run = async (plugins) => {
    const built = await build({ stdin: { contents: entry, resolveDir: root }, bundle: true, write: false, format: 'esm', plugins, logLevel: 'warning' });
    return (await import(`data:text/javascript,${encodeURIComponent(built.outputFiles[0].text)}`)).default;
  };
  const [published, rewritten] = await Promise.all([run([]), run([pureIntervals])]);
  if (published !== rewritten) throw new Error('d3-time rewritten for the bundle computes other UTC intervals than d3-time itself');
  return published.length;
}

/** What d3-array's helpers that d3-scale and d3-time use compute, published and rewritten: the two must agree. */
export async function checkD3ArrayRewrite() {
  const entry = `import * as a from 'd3-array';
    const values = [3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5].sort(a.ascending);
    const out = [values.join(), [...values].sort(a.descending).join()];
    for (const x of [0, 1, 2.5, 5, 10]) out.push(a.bisectLeft(values, x), a.bisectRight(values, x), a.bisectCenter(values, x), a.bisector((d) => d).left(values, x));
    for (const [start, stop, count] of [[0, 1, 10], [-3, 1e6, 7], [1e12, 2e12, 5]]) out.push(a.ticks(start, stop, count).join(), a.tickStep(start, stop, count), a.tickIncrement(start, stop, count));
    export default out.join('|');`;
  const run = async (plugins) => {
    const built = await build({ stdin: { contents: entry, resolveDir: root }, bundle: true, write: false, format: 'esm', plugins, logLevel: 'warning' });
    return (await import(`data:text/javascript,${encodeURIComponent(built.outputFiles[0].text)}`)).default;
  };
  const [published, rewritten] = await Promise.all([run([]), run([pureArrayHelpers])]);
  if (published !== rewritten) throw new Error('d3-array rewritten for the bundle computes other results than d3-array itself');
  return published.length;
}

export async function bundle() {
  const built = await build({
    entryPoints: [`${root}src/index.ts`],
    bundle: true,
    write: false,
    // Syntax only: terser renames and compresses below.
    minifySyntax: true,
    format: 'esm',
    target: 'es2022',
    tsconfig: `${root}tsconfig.json`,
    legalComments: 'none',
    plugins: [standIns, pureIntervals, pureArrayHelpers, compactCss],
    logLevel: 'warning',
  });
  const minified = await minify(built.outputFiles[0].text, {
    module: true,
    ecma: 2022,
    // pure_getters: reading a property never has an effect this file relies on (no bare reads that
    // force layout, no getters with effects), so terser may drop or reorder reads: −66 B gzipped.
    compress: { passes: 2, pure_getters: true },
    mangle: true,
    format: { comments: false, preamble: COMPILE_HINT },
  });
  await mkdir(dirname(`${root}${BUNDLE}`), { recursive: true });
  // A line break can only stand inside a template literal here (terser writes everything
  // else on one line), and those are Lit's html/svg templates: an indented run of
  // whitespace there renders as the single space a bare line break does.
  await writeFile(`${root}${BUNDLE}`, `${minified.code.replace(/\n[ \t]+/g, '\n')}\n`);
}

if (import.meta.url === `file://${process.argv[1]}`) await bundle();
