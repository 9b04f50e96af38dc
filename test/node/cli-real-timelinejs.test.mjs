// `news-timeline import` on real TimelineJS3 documents nobody here wrote (Knight Lab's own
// examples, see test/fixtures/timelinejs/real/README.md): events in and out, the problems by
// kind and the media kinds written are in manifest.json; every output must pass `validate`.
// Runs on the built dist/cli.js (`npm run build && node --test test/node/`).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const dir = 'test/fixtures/timelinejs/real';
const manifest = JSON.parse(readFileSync(`${dir}/manifest.json`, 'utf8'));
const out = mkdtempSync(join(tmpdir(), 'news-timeline-real-'));
const cli = (args) => spawnSync(process.execPath, ['dist/cli.js', ...args], { encoding: 'utf8', maxBuffer: 1e8 });

/** The importer's own problems (not the check of its output), as "severity path" with list indices blanked, counted. */
function problemKinds(stderr) {
  const kinds = {};
  const leftOut = new Set();
  for (const line of stderr.split('\n').filter(Boolean)) {
    const match = /^(.+?): (fatal|error|warning) at (\S+): /.exec(line);
    assert.ok(match, `an unexpected line on stderr: ${line}`);
    if (match[1].endsWith('(converted)')) continue;
    const kind = `${match[2]} ${match[3].replace(/\[\d+\]/g, '[]')}`;
    kinds[kind] = (kinds[kind] ?? 0) + 1;
    if (match[2] === 'error') leftOut.add(/^events\[(\d+)\]/.exec(match[3])?.[1]);
  }
  return { kinds, leftOut: leftOut.size };
}

for (const [name, expected] of Object.entries(manifest)) {
  test(`import ${name}: events in and out, problems by kind, media kinds, and the output validates`, () => {
    const run = cli(['import', `${dir}/${name}`]);
    assert.equal(run.status, 0, run.stderr);
    const document = JSON.parse(run.stdout);
    const { kinds, leftOut } = problemKinds(run.stderr);
    const media = {};
    for (const event of document.events) if (event.media) media[event.media.type ?? 'image'] = (media[event.media.type ?? 'image'] ?? 0) + 1;
    const links = document.events.reduce((sum, event) => sum + (event.links?.length ?? 0), 0);
    assert.deepEqual({ eventsOut: document.events.length, links, media, problems: kinds }, { eventsOut: expected.eventsOut, links: expected.links, media: expected.media, problems: expected.problems });
    // No silent loss: every slide that is not an event has an error of its own.
    assert.equal(document.events.length + leftOut, expected.slidesIn);
    const file = join(out, `${name}.news-timeline.json`);
    writeFileSync(file, run.stdout);
    const validated = cli(['validate', file]);
    assert.equal(validated.status, 0, validated.stderr);
    assert.match(validated.stdout, new RegExp(`: ${expected.eventsOut} events, `));
  });
}

test('import of a sheet with other columns fails with one message naming them and the expected ones', () => {
  const file = join(out, 'other-sheet.csv');
  writeFileSync(file, `startYear,startMonth,endYear,endMonth,title,description\n${'1990,1,1991,2,A,B\n'.repeat(50)}`);
  const run = cli(['import', file]);
  assert.equal(run.status, 1);
  assert.equal(run.stdout, '');
  const lines = run.stderr.trim().split('\n');
  assert.equal(lines.length, 1, run.stderr);
  assert.match(lines[0], /fatal at \(document\): These columns are not TimelineJS's spreadsheet template \(found "startYear", "startMonth", "endYear", "endMonth", "title", "description"\); expected Year, Month, Day, Time, End Year, End Month, End Day, End Time, Display Date, Headline, Text, Media, Media Credit, Media Caption, Media Thumbnail, Type, Group, Background, with at least Year and Headline\.$/);
});

test('the Google-Sheets CSV of women in computing imports to the same events as its JSON', () => {
  // The sheet has no unique_id column, so its ids come from the headlines.
  const strip = (run) => JSON.parse(run.stdout).events.map((event) => ({ ...event, id: undefined }));
  assert.deepEqual(strip(cli(['import', `${dir}/women_in_computing.csv`])), strip(cli(['import', `${dir}/women_in_computing.json`])));
});

test('import prints no document that validate would reject: it exits 70 and says why', async () => {
  const { printConversion } = await import('../../dist/cli/run.js');
  const lines = { stdout: [], stderr: [] };
  const io = { read: () => Promise.reject(new Error('unused')), stdout: (text) => lines.stdout.push(text), stderr: (text) => lines.stderr.push(text) };
  const document = { version: 1, events: [{ date: '2015', title: 'Fine' }, { date: '2016', end: '2015', title: 'Backwards' }] };
  assert.equal(printConversion(io, 'x.json', { document, problems: [] }), 70);
  assert.deepEqual(lines.stdout, []);
  assert.match(lines.stderr.join(''), /x\.json \(converted\): error at events\[1\]\.end: .*\nx\.json: the converted document has the errors above, so none is printed; please report this as an importer bug\.\n$/);
});
