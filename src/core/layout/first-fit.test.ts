import { expect } from '@open-wc/testing';
import { seededRandom } from '../../../test/helpers/random-documents.js';
import { firstFitRows, type FitInput } from './first-fit.js';
import { LABEL_GAP } from './metrics.js';

/** Footprints of `lanes` lanes interleaved in chronological order, as a window lays them out. */
function interleaved(count: number, seed: number, lanes = 3, step = 30) {
  const random = seededRandom(seed);
  const start = new Float64Array(count);
  const end = new Float64Array(count);
  const laneAt = new Int32Array(count);
  let at = 0;
  for (let i = 0; i < count; i += 1) {
    at += random() * step;
    start[i] = at;
    end[i] = at + 40 + random() * 140;
    laneAt[i] = Math.floor(random() * lanes);
  }
  return { start, end, laneAt };
}

/** Rows of one lane's footprints packed alone, and how many got none. */
function packAlone(start: ArrayLike<number>, end: ArrayLike<number>, maxRows: number, pinned: readonly number[] = []) {
  const rows = new Int32Array(start.length);
  const overflow = new Int32Array(1);
  firstFitRows({ start, end, count: start.length, maxRows }, rows, overflow, pinned);
  return { rows: [...rows], overflow: overflow[0] };
}

/** Footprints that overlap (with the gap) form components; first fit must not reach across them. */
function components(start: ArrayLike<number>, end: ArrayLike<number>): number[][] {
  const groups: number[][] = [];
  let last = -Infinity;
  for (let i = 0; i < start.length; i += 1) {
    if (start[i] < last + LABEL_GAP) groups[groups.length - 1].push(i);
    else groups.push([i]);
    last = Math.max(last, end[i]);
  }
  return groups;
}

describe('firstFitRows', () => {
  it('puts footprints that fit side by side in one row and the rest above, up to maxRows', () => {
    const start = [0, 100 + LABEL_GAP, 150, 160, 400];
    const end = [100, 200, 250, 260, 410];
    expect(packAlone(start, end, 2)).to.deep.equal({ rows: [0, 0, 1, -1, 0], overflow: 1 });
  });

  it('never overlaps two footprints in a row and never exceeds maxRows (random, fixed seed)', () => {
    for (let round = 0; round < 30; round += 1) {
      const { start, end } = interleaved(300, round, 1, 13);
      const maxRows = 1 + (round % 5);
      const { rows } = packAlone(start, end, maxRows);
      const lastEnd = new Map<number, number>();
      rows.forEach((row, i) => {
        expect(row).to.be.within(-1, maxRows - 1);
        if (row === -1) return;
        expect(start[i], `round ${round}, footprint ${i}`).to.be.at.least((lastEnd.get(row) ?? -Infinity) + LABEL_GAP);
        lastEnd.set(row, end[i]);
      });
    }
  });

  it('is stable: each group of overlapping footprints gets the rows it would get alone', () => {
    for (let seed = 0; seed < 20; seed += 1) {
      const { start, end } = interleaved(150, 100 + seed, 1, 80);
      const { rows } = packAlone(start, end, 3);
      for (const group of components(start, end)) {
        const alone = packAlone(group.map((i) => start[i]), group.map((i) => end[i]), 3);
        expect(group.map((i) => rows[i])).to.deep.equal(alone.rows);
      }
    }
  });

  it('packs every lane at once as each lane alone, and counts each lane\'s footprints without a row', () => {
    for (let seed = 0; seed < 10; seed += 1) {
      const { start, end, laneAt } = interleaved(600, seed);
      const rows = new Int32Array(start.length);
      const overflow = new Int32Array(3);
      firstFitRows({ start, end, count: start.length, maxRows: 3, laneAt }, rows, overflow);
      for (const lane of [0, 1, 2]) {
        const own = [...laneAt.keys()].filter((i) => laneAt[i] === lane);
        const alone = packAlone(own.map((i) => start[i]), own.map((i) => end[i]), 3);
        expect(own.map((i) => rows[i]), `seed ${seed}, lane ${lane}`).to.deep.equal(alone.rows);
        expect(overflow[lane]).to.equal(alone.overflow);
      }
    }
  });

  it('with only a lane, packs it as alone, pins included, and leaves the rows of other lanes alone', () => {
    for (let seed = 0; seed < 10; seed += 1) {
      const { start, end, laneAt } = interleaved(600, seed);
      const fit: FitInput = { start, end, count: start.length, maxRows: 3, laneAt };
      const rows = new Int32Array(start.length).fill(7);
      const overflow = new Int32Array(3).fill(-2);
      for (const lane of [0, 1, 2]) {
        const own = [...laneAt.keys()].filter((i) => laneAt[i] === lane);
        const pins = [own[40], own[41], own[150]];
        firstFitRows(fit, rows, overflow, pins, lane);
        const alone = packAlone(own.map((i) => start[i]), own.map((i) => end[i]), 3, [40, 41, 150]);
        expect(own.map((i) => rows[i]), `seed ${seed}, lane ${lane}`).to.deep.equal(alone.rows);
        expect(overflow[lane]).to.equal(alone.overflow);
        expect(pins.every((i) => rows[i] >= 0), 'pins get a row').to.be.true;
        for (let i = 0; i < rows.length; i += 1) if (laneAt[i] > lane) expect(rows[i]).to.equal(7);
        expect([...overflow.subarray(lane + 1)].every((count) => count === -2)).to.be.true;
      }
    }
  });

  it('with pins keeps every row clear of overlaps', () => {
    const { start, end } = interleaved(400, 9, 1);
    const rows = new Int32Array(start.length);
    firstFitRows({ start, end, count: start.length, maxRows: 2 }, rows, new Int32Array(1), [10, 11, 12, 300]);
    for (const row of [0, 1]) {
      const inRow = [...rows.keys()].filter((i) => rows[i] === row).sort((a, b) => start[a] - start[b]);
      for (let k = 1; k < inRow.length; k += 1) expect(start[inRow[k]]).to.be.at.least(end[inRow[k - 1]] + LABEL_GAP);
    }
  });
});
