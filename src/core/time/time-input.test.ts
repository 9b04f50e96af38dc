import { expect } from '@open-wc/testing';
import { invalidArgument, parseWindowEdge, toEpochMs } from './time-input.js';

/** The RangeError `run` throws. */
function errorOf(run: () => unknown): RangeError {
  try {
    run();
  } catch (error) {
    expect(error).to.be.instanceOf(RangeError);
    return error as RangeError;
  }
  throw new Error('expected a RangeError, got none');
}

describe('toEpochMs', () => {
  it('toEpochMs gives a Date\'s time and a finite number as it is, at either edge', () => {
    const ms = Date.UTC(2015, 11, 2, 9, 30);
    for (const edge of ['start', 'end'] as const) {
      expect(toEpochMs(new Date(ms), 'x', edge)).to.equal(ms);
      expect(toEpochMs(ms, 'x', edge)).to.equal(ms);
      expect(toEpochMs(-1e12, 'x', edge)).to.equal(-1e12);
    }
  });

  it('toEpochMs reads a year as its first moment at the start edge and the end of the year at the end edge', () => {
    expect(toEpochMs('2015', 'x', 'start')).to.equal(Date.UTC(2015, 0, 1));
    expect(toEpochMs('2015', 'x', 'end')).to.equal(Date.UTC(2016, 0, 1));
  });

  it('toEpochMs reads a month or a day as the whole period, December running into the next year', () => {
    expect(toEpochMs('2015-12', 'x', 'start')).to.equal(Date.UTC(2015, 11, 1));
    expect(toEpochMs('2015-12', 'x', 'end')).to.equal(Date.UTC(2016, 0, 1));
    expect(toEpochMs('2016-02-29', 'x', 'start')).to.equal(Date.UTC(2016, 1, 29));
    expect(toEpochMs('2016-02-29', 'x', 'end')).to.equal(Date.UTC(2016, 2, 1));
  });

  it('toEpochMs reads a time with its offset as that instant, ending a minute later', () => {
    expect(toEpochMs('2015-12-02T10:30+01:00', 'x', 'start')).to.equal(Date.UTC(2015, 11, 2, 9, 30));
    expect(toEpochMs('2015-12-02T10:30+01:00', 'x', 'end')).to.equal(Date.UTC(2015, 11, 2, 9, 31));
  });

  it('toEpochMs throws a RangeError naming the argument for a number or Date that is no time', () => {
    expect(errorOf(() => toEpochMs(Number.NaN, "zoomTo's start", 'start')).message).to.equal(
      "news-timeline: zoomTo's start must be a Date, epoch ms or a date string, not NaN",
    );
    expect(errorOf(() => toEpochMs(Infinity, "zoomTo's end", 'end')).message).to.contain("zoomTo's end").and.contain('Infinity');
    expect(errorOf(() => toEpochMs(new Date(Number.NaN), "zoomBy's anchor", 'start')).message).to.contain("zoomBy's anchor").and.contain('Invalid Date');
  });

  it('toEpochMs throws a RangeError naming the argument and quoting the text for a string that is no date', () => {
    const { message } = errorOf(() => toEpochMs('yesterday', "zoomTo's start", 'start'));
    expect(message).to.match(/^news-timeline: zoomTo's start: /);
    expect(message).to.contain('"yesterday"');
    expect(errorOf(() => toEpochMs('2015-13', "zoomTo's end", 'end')).message).to.contain('month 13');
  });

  it('toEpochMs keeps the message short for a huge string', () => {
    const huge = `1${'9'.repeat(1_000_000)}`;
    const { message } = errorOf(() => toEpochMs(huge, "zoomTo's start", 'start'));
    expect(message).to.contain("zoomTo's start");
    expect(message.length).to.be.below(400);
  });
});

describe('invalidArgument', () => {
  it('invalidArgument quotes a string shortened and cuts any other value to 60 characters', () => {
    const long = invalidArgument('zoomBy\'s factor', 'x'.repeat(10_000), 'a number').message;
    expect(long).to.match(/^news-timeline: zoomBy's factor must be a number, not "x+…"$/);
    expect(long.length).to.be.below(150);
    const big = invalidArgument('zoomBy\'s factor', 10n ** 200n, 'a number').message;
    expect(big).to.equal(`news-timeline: zoomBy's factor must be a number, not ${'1'.padEnd(60, '0')}`);
  });
});

describe('parseWindowEdge', () => {
  const original = console.warn;
  let warnings: unknown[][] = [];
  beforeEach(() => {
    warnings = [];
    console.warn = (...args: unknown[]) => {
      warnings.push(args);
    };
  });
  afterEach(() => {
    console.warn = original;
  });

  it('parseWindowEdge gives undefined without text, silently', () => {
    expect(parseWindowEdge(undefined, 'start')).to.equal(undefined);
    expect(parseWindowEdge('', 'end')).to.equal(undefined);
    expect(warnings).to.deep.equal([]);
  });

  it('parseWindowEdge reads the start attribute as the period\'s start and the end attribute as its end', () => {
    expect(parseWindowEdge('2015', 'start')).to.equal(Date.UTC(2015, 0, 1));
    expect(parseWindowEdge('2015', 'end')).to.equal(Date.UTC(2016, 0, 1));
    expect(parseWindowEdge('2015-12', 'start')).to.equal(Date.UTC(2015, 11, 1));
    expect(parseWindowEdge('2015-12', 'end')).to.equal(Date.UTC(2016, 0, 1));
    expect(warnings).to.deep.equal([]);
  });

  it('parseWindowEdge ignores bad text and warns once, naming the attribute and quoting the text', () => {
    expect(parseWindowEdge('next week', 'end')).to.equal(undefined);
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.have.length(1);
    const text = String(warnings[0][0]);
    expect(text).to.match(/^<news-timeline>: the end attribute is ignored: /);
    expect(text).to.contain('"next week"');
  });

  it('parseWindowEdge keeps the warning short for a huge attribute', () => {
    expect(parseWindowEdge('z'.repeat(1_000_000), 'start')).to.equal(undefined);
    expect(warnings).to.have.length(1);
    expect(String(warnings[0][0]).length).to.be.below(400);
  });
});
