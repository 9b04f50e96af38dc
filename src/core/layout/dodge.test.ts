import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { dodgeLabels, dodgeWindow } from './dodge.js';
import { LABEL_GAP } from './metrics.js';

describe('dodgeLabels', () => {
  it('leaves labels that do not meet where they are', () => {
    const starts = dodgeLabels([100, 300, 500], [60, 60, 60], 800);
    expect([...starts!]).to.deep.equal([88, 288, 488]);
  });

  it('moves labels of one marker down past each other, in order, one gap apart', () => {
    const starts = dodgeLabels([100, 100, 100], [60, 60, 60], 800)!;
    expect([...starts]).to.deep.equal([88, 88 + 60 + LABEL_GAP, 88 + 2 * (60 + LABEL_GAP)]);
  });

  it('moves labels up from the column\'s end as far as they must, and none above 0', () => {
    const starts = dodgeLabels([790, 790, 790], [60, 60, 60], 800)!;
    expect(starts[2] + 60).to.equal(800);
    expect(starts[1] + 60 + LABEL_GAP).to.equal(starts[2]);
    expect(starts[0] + 60 + LABEL_GAP).to.equal(starts[1]);
  });

  it('gives up (undefined) when the labels cannot all fit the column', () => {
    expect(dodgeLabels([0, 10, 20], [100, 100, 100], 300)).to.equal(undefined);
    expect(dodgeLabels([], [], 300)!.length).to.equal(0);
  });

  it('never overlaps, keeps order and stays inside the column (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: -50, max: 1100 }), fc.integer({ min: 20, max: 90 })), { maxLength: 30 }),
        fc.integer({ min: 200, max: 3000 }),
        (pairs, length) => {
          const sorted = [...pairs].sort((a, b) => a[0] - b[0]);
          const starts = dodgeLabels(sorted.map(([at]) => at), sorted.map(([, size]) => size), length);
          const total = sorted.reduce((sum, [, size]) => sum + size + LABEL_GAP, -LABEL_GAP);
          if (!starts) return total > length;
          return sorted.every(([, size], i) => starts[i] >= 0 && starts[i] + size <= length &&
            (i === 0 || starts[i - 1] + sorted[i - 1][1] + LABEL_GAP <= starts[i] + 1e-9));
        },
      ),
      { seed: 1614, numRuns: 300 },
    );
  });
});

describe('dodgeWindow', () => {
  const columns = { starts: [0, 10, 20, 900], ends: [1, 11, 21, 950], anchors: [0.5, 10.5, 20.5, 900], spans: [0, 0, 0, 1] };

  it('labels every event in view in row 0, in marker order, with each label\'s start', () => {
    const placed = dodgeWindow({ ...columns, sizes: [60, 60, 60, 60], domain: [0, 100], length: 400, laneCount: 1 })!;
    expect([...placed.rows.keys()]).to.deep.equal([0, 1, 2]);
    expect([...placed.rows.values()]).to.deep.equal([0, 0, 0]);
    expect(placed.rowCounts).to.deep.equal([1]);
    expect(placed.clusters).to.deep.equal([]);
    const starts = [...placed.labelStarts.values()];
    expect(starts[1]).to.be.at.least(starts[0] + 60 + LABEL_GAP);
  });

  it('is undefined when the events in view cannot all be labelled', () => {
    expect(dodgeWindow({ ...columns, sizes: [200, 200, 200, 200], domain: [0, 100], length: 400, laneCount: 1 })).to.equal(undefined);
  });
});
