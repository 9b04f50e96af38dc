import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import Ajv2020 from 'ajv/dist/2020.js';
import { parseEventDate } from '../time/dates.js';
import { parseTimelineDocument } from './parse.js';
import type { ProblemSeverity } from './types.js';

// schema.json and parseTimelineDocument describe one format twice. These tests hold them
// together: the schema accepts exactly the documents the parser reads without a problem,
// apart from the few rules (listed per fixture as `parserOnly`) JSON Schema cannot state.

interface FixtureEntry {
  readonly file: string;
  readonly shows: string;
  readonly schemaValid: boolean;
  readonly problems: readonly { readonly path: string; readonly severity: ProblemSeverity }[];
  readonly fatal: boolean;
  readonly eventCount: number;
  readonly parserOnly?: string;
}

type JsonObject = Record<string, unknown>;

const FIXTURES = new URL('../../../../test/fixtures/documents/', import.meta.url);

async function fetchJson(url: URL): Promise<unknown> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url.pathname}: HTTP ${response.status}`);
  return response.json();
}

// Loaded before the suites are declared, so that each fixture gets its own named test.
const schema = (await fetchJson(new URL('./schema.json', import.meta.url))) as JsonObject;
const manifest = (await fetchJson(new URL('index.json', FIXTURES))) as { fixtures: FixtureEntry[] };
const documents = new Map<string, unknown>(
  await Promise.all(manifest.fixtures.map(async (entry) => [entry.file, await fetchJson(new URL(entry.file, FIXTURES))] as const)),
);

describe('schema.json date pattern', () => {
  const pattern = new RegExp(((schema.$defs as JsonObject).eventDate as JsonObject).pattern as string, 'u');
  const agrees = (text: string) => {
    const parserAccepts = !('error' in parseEventDate(text));
    expect(pattern.test(text), `"${text}": parseEventDate ${parserAccepts ? 'accepts' : 'rejects'} it`).to.equal(parserAccepts);
  };
  const two = (n: number) => String(n).padStart(2, '0');
  const years = ['0000', '-0000', '0001', '-0001', '0004', '-0004', '0043', '-0043', '0100', '-0100', '0400', '-0400',
    '1600', '1700', '1900', '2000', '2015', '2016', '9996', '9999', '-9999'];

  it('agrees with parseEventDate on every month and day (00-32) of leap, century and BC years', () => {
    for (const year of years) {
      agrees(year);
      for (let month = 0; month <= 13; month += 1) {
        agrees(`${year}-${two(month)}`);
        for (let day = 0; day <= 32; day += 1) agrees(`${year}-${two(month)}-${two(day)}`);
      }
    }
  });

  it('agrees with parseEventDate on February 29 of every year from -2000 to 2400', () => {
    for (let year = -2000; year <= 2400; year += 1) {
      const digits = String(Math.abs(year)).padStart(4, '0');
      agrees(`${year < 0 ? '-' : ''}${digits}-02-29`);
    }
  });

  it('agrees with parseEventDate on hours, minutes, seconds and offsets', () => {
    const zones = ['', 'Z', 'z', '+14:00', '+14:01', '+13:59', '-12:00', '-12:01', '-11:59', '+00:00', '-00:00', '+05:45',
      '+01:60', '+15:00', '+0100', '+01', 'UTC'];
    for (const day of ['2015-12-02', '1900-02-29', '2000-02-29', '-0043-03-15']) {
      for (const time of ['00:00', '23:59', '24:00', '12:60', '9:30', '12:00:00', '12:00:59', '12:00:60', '12:00:00.5']) {
        for (const zone of zones) agrees(`${day}T${time}${zone}`);
      }
    }
  });

  it('agrees with parseEventDate on other ways of writing dates', () => {
    for (const text of ['', '12/02/2015', '2 December 2015', '20151202', '2015-1-2', '+2015', '02015', ' 2015', '2015 ',
      '2015\n', '2015-12-02T', '2015-12-02 22:30Z', '2015-W49', '-0000']) {
      agrees(text);
    }
  });
});

describe('schema.json', () => {
  it('gives every property a description for editors', () => {
    const missing: string[] = [];
    const walk = (node: unknown, path: string) => {
      if (typeof node !== 'object' || node === null) return;
      const record = node as JsonObject;
      for (const [name, property] of Object.entries((record.properties as JsonObject | undefined) ?? {})) {
        if (typeof (property as JsonObject).description !== 'string') missing.push(`${path}.properties.${name}`);
      }
      for (const [key, child] of Object.entries(record)) walk(child, `${path}.${key}`);
    };
    walk(schema, '#');
    expect(missing).to.deep.equal([]);
  });

  it('forbids unknown properties on every object, as the parser warns about them', () => {
    const open: string[] = [];
    const walk = (node: unknown, path: string) => {
      if (typeof node !== 'object' || node === null) return;
      const record = node as JsonObject;
      if (record.type === 'object' && record.additionalProperties !== false) open.push(path);
      for (const [key, child] of Object.entries(record)) walk(child, `${path}.${key}`);
    };
    walk(schema, '#');
    expect(open).to.deep.equal([]);
  });
});

describe('fixture manifest', () => {
  it('lists each fixture once, with a description', () => {
    const files = manifest.fixtures.map((entry) => entry.file);
    expect(new Set(files).size).to.equal(files.length);
    for (const entry of manifest.fixtures) expect(entry.shows, entry.file).to.be.a('string').and.not.equal('');
  });

  it('has at least 25 fixtures, valid and invalid', () => {
    expect(manifest.fixtures.length).to.be.at.least(25);
    expect(manifest.fixtures.filter((entry) => entry.problems.length === 0).length).to.be.at.least(5);
  });

  it('keeps the parser-only rules to those JSON Schema cannot express', () => {
    const parserOnly = manifest.fixtures.filter((entry) => entry.parserOnly !== undefined).map((entry) => entry.file);
    expect(parserOnly).to.have.members([
      'invalid-duplicate-ids.json', 'invalid-unknown-group.json', 'invalid-end-before-date.json',
      'invalid-duplicate-group-ids.json', 'invalid-locale-repeated-variant.json', 'invalid-url-ipv4-range.json',
      'invalid-media-captions-on-page.json',
    ]);
  });
});

describe('parseTimelineDocument on the fixtures', () => {
  for (const entry of manifest.fixtures) {
    it(`${entry.file}: ${entry.shows}`, () => {
      const input = documents.get(entry.file);
      const before = JSON.stringify(input);
      const result = parseTimelineDocument(input);
      expect(result.problems.map(({ path, severity }) => ({ path, severity }))).to.deep.equal(entry.problems);
      expect(result.document === undefined, 'fatal').to.equal(entry.fatal);
      expect(result.document?.events.length ?? 0, 'events kept').to.equal(entry.eventCount);
      for (const problem of result.problems) expect(problem.message, problem.path).to.be.a('string').with.length.above(20);
      expect(JSON.stringify(input), 'input unchanged').to.equal(before);
    });
  }
});

describe('schema.json on the fixtures (ajv)', () => {
  type Validate = ((data: unknown) => boolean) & { errors?: unknown };
  let validate: Validate;

  before(() => {
    // ajv is CommonJS: web-test-runner.config.mjs serves it bundled as a module.
    validate = new Ajv2020({ strict: true, allErrors: true }).compile(schema) as Validate;
  });

  it('the manifest lists every fixture document on disk', async () => {
    const onDisk = await executeServerCommand<string[], undefined>('list-fixtures');
    expect(onDisk, 'fixture files').to.have.length.greaterThan(0);
    expect([...onDisk].sort()).to.deep.equal(manifest.fixtures.map((entry) => entry.file).sort());
  });

  for (const entry of manifest.fixtures) {
    const expectation = entry.parserOnly
      ? `accepts it, while the parser objects (${entry.parserOnly})`
      : entry.schemaValid ? 'accepts it' : 'rejects it';
    it(`${entry.file}: the schema ${expectation}`, () => {
      const valid = validate(documents.get(entry.file));
      expect(valid, JSON.stringify(validate.errors)).to.equal(entry.schemaValid);
      const problems = parseTimelineDocument(documents.get(entry.file)).problems;
      if (entry.parserOnly === undefined) {
        // The two descriptions agree: valid for the schema exactly when the parser is silent.
        expect(problems.length === 0, 'parser reports no problems').to.equal(valid);
      } else {
        expect(valid).to.equal(true);
        expect(problems.some((problem) => problem.severity === 'error' || problem.severity === 'warning'), 'parser objects').to.equal(true);
      }
    });
  }
});
