// The command line, as a producer runs it: `news-timeline import` and `validate` on files
// and on standard input, including hostile ones. Runs on the built dist/cli.js (scripts/test.mjs
// builds it first; alone: `npm run build && node --test test/node/`).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { Buffer } from 'node:buffer';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const cli = (args, input) => spawnSync(process.execPath, ['dist/cli.js', ...args], { encoding: 'utf8', input, maxBuffer: 1e9 });
const fixture = (name) => `test/fixtures/timelinejs/${name}`;
const dir = mkdtempSync(join(tmpdir(), 'news-timeline-'));
/** A file in a fresh directory holding `content` (text, or bytes as a Buffer). */
const file = (name, content) => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};
const json = (value) => JSON.stringify(value);
const documentWith = (event) => json({ version: 1, events: [{ date: '2015', title: 'Fine' }, event] });

// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/;

/** Every line on stderr is a message of ours: no stack trace, no runtime error name, no control character. */
function assertCleanStderr(run) {
  assert.doesNotMatch(run.stderr, /\n\s+at /, run.stderr);
  assert.doesNotMatch(run.stderr, /\b\w*Error\b|Unhandled|node:internal/, run.stderr);
  assert.doesNotMatch(run.stderr, CONTROL, JSON.stringify(run.stderr));
}

test('import converts TimelineJS JSON to a document that validates', () => {
  const run = cli(['import', fixture('story.json')]);
  assert.equal(run.status, 0, run.stderr);
  const document = JSON.parse(run.stdout);
  assert.equal(document.version, 1);
  assert.deepEqual(document.events.map((event) => event.date), ['2011', '2014-08', '2015-12-02T22:30Z', '-0043-03-15']);
  assert.match(run.stderr, /era\(s\) were not carried over/);
  assert.match(run.stderr, /error at events\[4\]\.start_date: .*no usable year/);
  const validated = cli(['validate', file('story.json', run.stdout)]);
  assert.equal(validated.status, 0, validated.stderr);
  assert.match(validated.stdout, /4 events, 0 warning\(s\)/);
});

test('import reads the Google-Sheets CSV export to the same events', () => {
  const fromJson = JSON.parse(cli(['import', fixture('story.json')]).stdout);
  const fromCsv = JSON.parse(cli(['import', fixture('story.csv')]).stdout);
  const strip = (events) =>
    events.map((event) => {
      const copy = { ...event };
      delete copy.id; // derived ids may differ; everything else must not
      return copy;
    });
  assert.deepEqual(strip(fromCsv.events), strip(fromJson.events));
});

test('import of broken input fails with the reason and prints no document', () => {
  const run = cli(['import', fixture('broken.json')]);
  assert.equal(run.status, 1);
  assert.equal(run.stdout, '');
  assert.match(run.stderr, /not valid JSON/);
  assertCleanStderr(run);
});

test('import of a headline that is a number reports it at its path, with no stack trace', () => {
  const run = cli(['import', file('headline-123.json', json({ events: [{ start_date: { year: 2015 }, text: { headline: 123 } }] }))]);
  assert.equal(run.status, 1);
  assert.match(run.stderr, /error at events\[0\]\.text\.headline: .*must be text, but it is the number 123/);
  assertCleanStderr(run);
});

test('import of fields of the wrong type everywhere reports each one and converts the rest', () => {
  const run = cli(['import', fixture('wrong-types.json')]);
  assert.equal(run.status, 0, run.stderr);
  for (const path of ['events[1].group', 'events[2].media.caption', 'events[3].text.text', 'events[4].start_date', 'events[6].media.url', 'events[7].unique_id', 'title.text.headline']) {
    assert.ok(run.stderr.includes(` at ${path}: `), path);
  }
  assert.equal(JSON.parse(run.stdout).events.length, 10);
  assertCleanStderr(run);
});

test('import of a year of "  ", true or a list names the year; none becomes year 0000 or 0001', () => {
  const events = ['  ', true, []].map((year) => ({ start_date: { year }, text: { headline: 'No year' } }));
  const run = cli(['import', file('years.json', json({ events: [...events, { start_date: { year: 2015 }, text: { headline: 'Fine' } }] }))]);
  assert.equal(run.status, 0, run.stderr);
  for (const i of [0, 1, 2]) assert.match(run.stderr, new RegExp(`error at events\\[${i}\\]\\.start_date\\.year: `));
  assert.deepEqual(JSON.parse(run.stdout).events, [{ date: '2015', title: 'Fine' }]);
});

test('import never writes a lone surrogate for &#xD800;', () => {
  const run = cli(['import', file('surrogate.json', json({ events: [{ start_date: { year: 2015 }, text: { headline: 'a&#xD800;b &#56320;' } }] }))]);
  assert.equal(run.status, 0, run.stderr);
  assert.doesNotMatch(run.stdout, /\\ud[89a-f]/i);
  assert.equal(JSON.parse(run.stdout).events[0].title, 'a\uFFFDb \uFFFD');
});

test('import writes JSON with no raw DEL, C1 or bidi control, and the same strings', () => {
  const headline = 'Esc\u001b[2J del\u007f csi\u009b2J rlo\u202egnp.exe sep\u2028end';
  const run = cli(['import', file('controls.json', json({ events: [{ start_date: { year: 2015 }, text: { headline }, unique_id: 'x\u0085' }] }))]);
  assert.equal(run.status, 0, run.stderr);
  assert.doesNotMatch(run.stdout, CONTROL);
  assert.match(run.stdout, /csi\\u009b2J rlo\\u202egnp/);
  const [event] = JSON.parse(run.stdout).events;
  assert.deepEqual([event.title, event.id], [headline, 'x\u0085']);
});

test('validate escapes terminal control sequences in problems instead of printing them', () => {
  for (const date of ['\u001b]0;PWNED\u0007\u001b[2J', '\u009b2J', 'a\u202eb\u2066c', 'line\nfake.json: error at events[9]: forged']) {
    const run = cli(['validate', file('escape.json', documentWith({ date, title: 'Escape' }))]);
    assert.equal(run.status, 1);
    assertCleanStderr(run);
    assert.equal(run.stderr.trim().split('\n').length, 1, run.stderr);
  }
  const run = cli(['validate', file('escape.json', documentWith({ date: '\u001b]0;PWNED\u0007', title: 'Escape' }))]);
  assert.match(run.stderr, /date "\\u001b\]0;PWNED\\u0007"/);
});

test('file names with control characters are escaped, on stderr and on stdout', () => {
  const named = file('\u001b[2Jstory\u009b.json', json({ version: 1, events: [{ date: 'soon', title: 'Bad' }, { date: '2015', title: 'Good' }] }));
  const run = cli(['validate', named]);
  assert.equal(run.status, 1);
  assert.match(run.stderr, /\\u001b\[2Jstory\\u009b\.json: error at events\[0\]\.date/);
  assertCleanStderr(run);
  const missing = cli(['validate', join(dir, 'gone\u001b[2J.json')]);
  assert.equal(missing.status, 2);
  assertCleanStderr(missing);
  const good = cli(['validate', file('\u001b]0;x\u0007.json', json({ version: 1, events: [{ date: '2015', title: 'Good' }] }))]);
  assert.equal(good.status, 0, good.stderr);
  assert.doesNotMatch(good.stdout, CONTROL);
});

test('a byte-order mark before the JSON is skipped by validate and import', () => {
  const bom = '\uFEFF';
  const validated = cli(['validate', file('bom-document.json', `${bom}${json({ version: 1, events: [{ date: '2015', title: 'Saved on Windows' }] })}`)]);
  assert.equal(validated.status, 0, validated.stderr);
  const imported = cli(['import', file('bom-timelinejs.json', `${bom}${json({ events: [{ start_date: { year: 2015 }, text: { headline: 'Saved on Windows' } }] })}`)]);
  assert.equal(imported.status, 0, imported.stderr);
  assert.equal(JSON.parse(imported.stdout).events[0].title, 'Saved on Windows');
});

test('"-" reads standard input, for validate and import', () => {
  const validated = cli(['validate', '-'], json({ version: 1, events: [{ date: '2015', title: 'Piped' }] }));
  assert.equal(validated.status, 0, validated.stderr);
  assert.match(validated.stdout, /^\(standard input\): 1 events/);
  const imported = cli(['import', '-'], readFileSync(fixture('story.csv'), 'utf8'));
  assert.equal(imported.status, 0, imported.stderr);
  assert.equal(JSON.parse(imported.stdout).events.length, 4);
  const invalid = cli(['validate', '-'], json({ version: 1, events: [{ date: '2015-02-30', title: 'Piped' }] }));
  assert.equal(invalid.status, 1);
  assert.match(invalid.stderr, /^\(standard input\): error at events\[0\]\.date: /);
});

test('bytes that are not UTF-8 are an error that says where, not silently replaced', () => {
  const bytes = Buffer.concat([Buffer.from('{"version":1,"events":[{"date":"2015","title":"caf'), Buffer.from([0xe9]), Buffer.from('"}]}')]);
  for (const command of ['validate', 'import']) {
    const run = cli([command, file('latin1.json', bytes)]);
    assert.equal(run.status, 1, command);
    assert.equal(run.stdout, '');
    assert.match(run.stderr, /latin1\.json: is not UTF-8 text.*offset 50\b/);
    assertCleanStderr(run);
  }
  const piped = spawnSync(process.execPath, ['dist/cli.js', 'validate', '-'], { input: Buffer.concat([Buffer.from('\uFFFD ok then '), Buffer.from([0xc3])]) });
  assert.equal(piped.status, 1);
  assert.match(piped.stderr.toString(), /offset 12\b/);
});

test('a 5 MB date gives a bounded message, not 5 MB of stderr', () => {
  const run = cli(['validate', file('huge-date.json', documentWith({ date: `\u009b${'9'.repeat(5_000_000)}`, title: 'Huge' }))]);
  assert.equal(run.status, 1);
  assert.ok(run.stderr.length < 4000, `${run.stderr.length} characters on stderr`);
  assertCleanStderr(run);
  const imported = cli(['import', file('huge-year.json', json({ events: [{ start_date: { year: 'x'.repeat(5_000_000) }, text: { headline: 'Huge' } }] }))]);
  assert.equal(imported.status, 1);
  assert.ok(imported.stderr.length < 4000, `${imported.stderr.length} characters on stderr`);
  assertCleanStderr(imported);
});

test('validate lists problems with their JSON path and fails on errors', () => {
  const run = cli(['validate', 'test/fixtures/documents/invalid-feb-30.json']);
  assert.equal(run.status, 1);
  assert.match(run.stderr, /error at events\[1\]\.date: .*"2015-02-30" is not a real date/);
});

test('validate passes the article document', () => {
  const run = cli(['validate', 'demo/data/isis-libya-2015.json']);
  assert.equal(run.status, 0, run.stderr);
  assert.match(run.stdout, /9 events/);
});

test('wrong usage prints the usage on stderr and exits 2; --help prints it on stdout and exits 0', () => {
  for (const args of [[], ['frobnicate'], ['validate'], ['validate', 'a.json', 'b.json'], ['import', '--strict', 'a.json']]) {
    const run = cli(args);
    assert.equal(run.status, 2, args.join(' '));
    assert.match(run.stderr, /^(unknown option --strict\n)?usage:/);
    assert.equal(run.stdout, '');
  }
  for (const args of [['--help'], ['-h'], ['import', '--help']]) {
    const run = cli(args);
    assert.equal(run.status, 0);
    assert.match(run.stdout, /^usage:[^]*"-" for standard input/);
    assert.equal(run.stderr, '');
  }
});

test('html prints the HTML block of a document: the script, the element with the document inline, and a dated list', () => {
  const run = cli(['html', 'demo/data/isis-libya-2015.json']);
  assert.equal(run.status, 0, run.stderr);
  assert.equal(run.stderr, '');
  const article = JSON.parse(readFileSync('demo/data/isis-libya-2015.json', 'utf8'));
  assert.match(run.stdout, /^<script type="module" src="https:\/\/unpkg\.com\/news-timeline\/dist\/news-timeline\.bundle\.js"><\/script>\n<news-timeline>\n/);
  const inline = /<script type="application\/json">(.*)<\/script>/.exec(run.stdout)[1];
  assert.deepEqual(JSON.parse(inline), article);
  const items = run.stdout.match(/<li>.*<\/li>/g);
  assert.equal(items.length, article.events.length);
  assert.match(items.at(-1), /^<li><time datetime="2015-12-02">2 December 2015<\/time> — <a href="https:\/\/www\.independent\.co\.uk\/[^"]+">British MPs back air strikes on Isis in Syria<\/a><\/li>$/);
});

test('html --bundle-url sets the script address, escaped; html reads a sheet as the authoring page does', () => {
  const sheet = file('simple.csv', 'Date,Title\n2015,"=A1, ""quoted"" <b>"\n');
  for (const args of [['html', sheet, '--bundle-url', '/assets/nt.js?a=1&b="2"'], ['html', '--bundle-url=/assets/nt.js?a=1&b="2"', sheet]]) {
    const run = cli(args);
    assert.equal(run.status, 0, run.stderr);
    assert.match(run.stdout, /^<script type="module" src="\/assets\/nt\.js\?a=1&#38;b=&#34;2&#34;"><\/script>\n/);
    assert.match(run.stdout, /<li><time datetime="2015">2015<\/time> — =A1, &#34;quoted&#34; &#60;b&#62;<\/li>/);
    assert.match(run.stdout, /"title":"=A1, \\"quoted\\" \\u003cb>"/);
  }
});

test('html of broken input names each problem by file, line, row and column, prints no HTML and exits 1', () => {
  const sheet = file('broken.csv', 'Year,Month,Headline\n2015,1,Fine\n"soon",2,"Two\nlines"\n2016,13,Bad month\n');
  const run = cli(['html', sheet]);
  assert.equal(run.status, 1);
  assert.equal(run.stdout, '');
  const lines = run.stderr.trimEnd().split('\n');
  assert.equal(lines.length, 2, run.stderr);
  assert.match(lines[0], /broken\.csv:3: error at events\[1\]\.start_date\.year: Row 3, Year: This cell must be a whole number .*"soon".* so this row is left out\.$/);
  assert.match(lines[1], /broken\.csv:5: warning at events\[2\]\.start_date\.month: Row 4, Month: /);
  assertCleanStderr(run);
  const notJson = cli(['html', file('not.json', '{"version": 1,')]);
  assert.equal(notJson.status, 1);
  assert.match(notJson.stderr, /fatal at \(document\): This looks like JSON but is not valid JSON/);
  assert.equal(notJson.stdout, '');
});

test('html with an unknown option, a --bundle-url without an address, or --bundle-url on another command is wrong usage', () => {
  for (const [args, reason] of [
    [['html', 'a.json', '--bundle'], 'unknown option --bundle'],
    [['html', 'a.json', '--bundle-url'], '--bundle-url needs an address'],
    [['validate', 'a.json', '--bundle-url', 'x.js'], '--bundle-url is an option of html only'],
  ]) {
    const run = cli(args);
    assert.equal(run.status, 2, args.join(' '));
    assert.equal(run.stderr.split('\n')[0], reason);
    assert.match(run.stderr, /\nusage:[^]*news-timeline html <file> \[--bundle-url <url>\]/);
    assert.equal(run.stdout, '');
  }
});

test('a file that cannot be read exits 2 with the reason', () => {
  mkdirSync(join(dir, 'a-folder'), { recursive: true });
  for (const path of ['no/such/file.json', join(dir, 'a-folder')]) {
    const run = cli(['validate', path]);
    assert.equal(run.status, 2, path);
    assert.match(run.stderr, /cannot be read \((ENOENT|EISDIR)/);
    assertCleanStderr(run);
  }
});

test('a reader that closes the pipe early gets no stack trace', () => {
  const events = Array.from({ length: 20_000 }, (_, i) => ({ start_date: { year: 2015 }, text: { headline: `Event ${i}` } }));
  const many = file('many.json', json({ events }));
  const piped = spawnSync('sh', ['-c', `"${process.execPath}" dist/cli.js import "${many}" | head -c 10`], { encoding: 'utf8' });
  assert.equal(piped.stdout, '{\n  "versi');
  assertCleanStderr(piped);
});

test('run() turns an unexpected failure into one line and exit code 70', async () => {
  const { run } = await import('../../dist/cli/run.js');
  const lines = [];
  const io = {
    read: () => Promise.reject(new TypeError('html.replace is not a function\u001b[2J')),
    stdout: (text) => lines.push(text),
    stderr: (text) => lines.push(text),
  };
  assert.equal(await run(['import', 'x.json'], io), 70);
  assert.deepEqual(lines, ['news-timeline: internal failure, please report it: html.replace is not a function\\u001b[2J\n']);
});
