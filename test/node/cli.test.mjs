// The command line, as a producer runs it: `news-timeline import` and `validate` on files.
// Runs on the built dist/cli.js (scripts/test.mjs builds it first).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const cli = (...args) => spawnSync(process.execPath, ['dist/cli.js', ...args], { encoding: 'utf8' });
const fixture = (name) => `test/fixtures/timelinejs/${name}`;

test('import converts TimelineJS JSON to a document that validates', () => {
  const run = cli('import', fixture('story.json'));
  assert.equal(run.status, 0, run.stderr);
  const document = JSON.parse(run.stdout);
  assert.equal(document.version, 1);
  assert.deepEqual(document.events.map((event) => event.date), ['2011', '2014-08', '2015-12-02T22:30Z', '-0043-03-15']);
  assert.match(run.stderr, /era\(s\) were not carried over/);
  assert.match(run.stderr, /error at events\[4\]\.start_date: .*no usable year/);
  const dir = mkdtempSync(join(tmpdir(), 'news-timeline-'));
  writeFileSync(join(dir, 'story.json'), run.stdout);
  const validated = cli('validate', join(dir, 'story.json'));
  assert.equal(validated.status, 0, validated.stderr);
  assert.match(validated.stdout, /4 events, 0 warning\(s\)/);
});

test('import reads the Google-Sheets CSV export to the same events', () => {
  const fromJson = JSON.parse(cli('import', fixture('story.json')).stdout);
  const fromCsv = JSON.parse(cli('import', fixture('story.csv')).stdout);
  const strip = (events) =>
    events.map((event) => {
      const copy = { ...event };
      delete copy.id; // derived ids may differ; everything else must not
      return copy;
    });
  assert.deepEqual(strip(fromCsv.events), strip(fromJson.events));
});

test('import of broken input fails with the reason and prints no document', () => {
  const run = cli('import', fixture('broken.json'));
  assert.equal(run.status, 1);
  assert.equal(run.stdout, '');
  assert.match(run.stderr, /not valid JSON/);
});

test('validate lists problems with their JSON path and fails on errors', () => {
  const run = cli('validate', 'test/fixtures/documents/invalid-feb-30.json');
  assert.equal(run.status, 1);
  assert.match(run.stderr, /error at events\[1\]\.date: .*"2015-02-30" is not a real date/);
});

test('validate passes the article document', () => {
  const run = cli('validate', 'demo/data/isis-libya-2015.json');
  assert.equal(run.status, 0, run.stderr);
  assert.match(run.stdout, /9 events/);
});

test('a missing file or command says how to use it', () => {
  assert.equal(cli('validate', 'no/such/file.json').status, 2);
  const usage = cli('frobnicate');
  assert.equal(usage.status, 2);
  assert.match(usage.stderr, /usage:/);
});
