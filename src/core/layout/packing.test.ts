import { expect } from '@open-wc/testing';
import { seededRandom } from '../../../test/helpers/random-documents.js';
import { LABEL_GAP } from './metrics.js';
import { firstFitRows, groupByAnchor, type AnchorGroups } from './packing.js';
import { clusterOverflow, packRows } from './layout.js';

/** Footprints of three lanes interleaved in chronological order, as a window lays them out. */
function interleaved(count: number, seed: number) {
  const random = seededRandom(seed);
  const start = new Float64Array(count);
  const end = new Float64Array(count);
  const laneAt = new Int32Array(count);
  let at = 0;
  for (let i = 0; i < count; i += 1) {
    at += random() * 30;
    start[i] = at;
    end[i] = at + 40 + random() * 140;
    laneAt[i] = Math.floor(random() * 3);
  }
  return { start, end, laneAt };
}

describe('packing', () => {
  it('firstFitRows(…, laneAt, lane) packs one lane as packRows packs its footprints alone, pins included', () => {
    for (let seed = 0; seed < 10; seed += 1) {
      const { start, end, laneAt } = interleaved(600, seed);
      const rows = new Int32Array(start.length).fill(7);
      for (const lane of [0, 1, 2]) {
        const own = [...laneAt.keys()].filter((i) => laneAt[i] === lane);
        const pins = [own[40], own[41], own[150]];
        const overflow = firstFitRows(start, end, start.length, 3, pins, rows, laneAt, lane);
        const alone = packRows(own.map((i) => ({ start: start[i], end: end[i], anchor: start[i] })), 3, [40, 41, 150]);
        expect(own.map((i) => rows[i]), `seed ${seed}, lane ${lane}`).to.deep.equal([...alone]);
        expect(overflow).to.equal([...alone].filter((row) => row === -1).length);
        expect(pins.every((i) => rows[i] >= 0), 'pins get a row').to.be.true;
      }
    }
  });

  it('firstFitRows leaves the rows of other lanes alone', () => {
    const { start, end, laneAt } = interleaved(200, 3);
    const rows = new Int32Array(start.length).fill(7);
    firstFitRows(start, end, start.length, 2, [], rows, laneAt, 1);
    for (let i = 0; i < rows.length; i += 1) if (laneAt[i] !== 1) expect(rows[i]).to.equal(7);
  });

  it('firstFitRows with pins keeps every row clear of overlaps', () => {
    const { start, end } = interleaved(400, 9);
    const rows = new Int32Array(start.length);
    firstFitRows(start, end, start.length, 2, [10, 11, 12, 300], rows);
    for (const row of [0, 1]) {
      const inRow = [...rows.keys()].filter((i) => rows[i] === row).sort((a, b) => start[a] - start[b]);
      for (let k = 1; k < inRow.length; k += 1) expect(start[inRow[k]]).to.be.at.least(end[inRow[k - 1]] + LABEL_GAP);
    }
  });

  it('groupByAnchor numbers clusters on from those already found and writes only the footprints it was given', () => {
    const anchor = Float64Array.from({ length: 300 }, (_, i) => i * 7);
    const firstHalf = Int32Array.from({ length: 100 }, (_, i) => i);
    const secondHalf = Int32Array.from({ length: 100 }, (_, i) => 200 + i);
    const clusterOf = new Int32Array(300).fill(-5);
    const groups: AnchorGroups = { firsts: [], lasts: [], sizes: [] };
    groupByAnchor(firstHalf, anchor, clusterOf, groups);
    const before = groups.sizes.length;
    groupByAnchor(secondHalf, anchor, clusterOf, groups);
    expect(clusterOf[200]).to.equal(before);
    expect([...clusterOf.subarray(100, 200)].every((c) => c === -5)).to.be.true;
    expect(groups.sizes.reduce((sum, size) => sum + size, 0)).to.equal(200);
    // The same clusters clusterOverflow finds for the second half alone.
    const alone = clusterOverflow([...secondHalf].map((i) => ({ start: anchor[i], end: anchor[i] + 50, anchor: anchor[i] })), new Array(100).fill(-1));
    expect(groups.sizes.slice(before)).to.deep.equal(alone.map((cluster) => cluster.members.length));
  });
});
