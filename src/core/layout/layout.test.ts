import { expect } from '@open-wc/testing';
import { seededRandom } from '../../../test/helpers/random-documents.js';
import {
  CLUSTER_BADGE_SIZE, CLUSTER_MAX_WIDTH, clusterOverflow, estimateLabelHeight, estimateLabelWidth, LABEL_GAP, LABEL_MAX_WIDTH, LABEL_MIN_WIDTH,
  packRows, placeLabel, type Footprint,
} from './layout.js';

function randomFootprints(count: number, seed: number, length = 2000): Footprint[] {
  const random = seededRandom(seed);
  return Array.from({ length: count }, () => {
    const anchor = random() * length;
    const size = 40 + random() * 150;
    return { anchor, start: anchor - 12, end: anchor - 12 + size };
  }).sort((a, b) => a.anchor - b.anchor);
}

/** Footprints that overlap (with the gap) form components; layout must not reach across them. */
function components(footprints: readonly Footprint[]): number[][] {
  const groups: number[][] = [];
  let end = -Infinity;
  footprints.forEach((footprint, i) => {
    if (footprint.start < end + LABEL_GAP) groups[groups.length - 1].push(i);
    else groups.push([i]);
    end = Math.max(end, footprint.end);
  });
  return groups;
}

describe('layout', () => {
  it('estimateLabelWidth stays within the label bounds', () => {
    expect(estimateLabelWidth('2011', 'A')).to.equal(LABEL_MIN_WIDTH);
    expect(estimateLabelWidth('2 December 2015', 'x'.repeat(400))).to.equal(LABEL_MAX_WIDTH);
    expect(estimateLabelWidth('2 December 2015', 'MPs back air strikes')).to.be.within(LABEL_MIN_WIDTH, LABEL_MAX_WIDTH);
  });

  it('estimateLabelHeight grows with wrapped dates, long titles (two lines at most) and text size', () => {
    const short = estimateLabelHeight('2011', 'Short', 200);
    expect(estimateLabelHeight('August 2014 – December 2015', 'Short', 100)).to.be.greaterThan(short);
    expect(estimateLabelHeight('2011', 'A title long enough to need a second line', 200)).to.be.greaterThan(short);
    expect(estimateLabelHeight('2011', 'x'.repeat(500), 200)).to.equal(estimateLabelHeight('2011', 'x'.repeat(80), 200));
    expect(estimateLabelHeight('2011', 'Short', 400, 2)).to.be.closeTo(short * 2, 1);
  });

  it('placeLabel starts a label just before its marker, flips at the far edge, clamps at both', () => {
    expect(placeLabel(100, 80, 1000)).to.equal(88);
    expect(placeLabel(990, 100, 1000)).to.equal(900);
    expect(placeLabel(2, 100, 1000)).to.equal(0);
    expect(placeLabel(50, 100, 60)).to.equal(0);
  });

  it('packRows puts footprints that fit side by side in one row and the rest above, up to maxRows', () => {
    const f = (start: number, end: number) => ({ start, end, anchor: start });
    expect([...packRows([f(0, 100), f(100 + LABEL_GAP, 200), f(150, 250), f(160, 260), f(400, 410)], 2)]).to.deep.equal([
      0, 0, 1, -1, 0,
    ]);
  });

  it('packRows never overlaps two footprints in a row and never exceeds maxRows (random, fixed seed)', () => {
    for (let round = 0; round < 30; round += 1) {
      const footprints = randomFootprints(300, round);
      const maxRows = 1 + (round % 5);
      const rows = [...packRows(footprints, maxRows)];
      const lastEnd = new Map<number, number>();
      footprints.forEach((footprint, i) => {
        const row = rows[i];
        expect(row).to.be.within(-1, maxRows - 1);
        if (row === -1) return;
        expect(footprint.start, `round ${round}, footprint ${i}`).to.be.at.least((lastEnd.get(row) ?? -Infinity) + LABEL_GAP);
        lastEnd.set(row, footprint.end);
      });
    }
  });

  it('packRows is stable: each group of overlapping footprints gets the rows it would get alone', () => {
    for (let seed = 0; seed < 20; seed += 1) {
      const footprints = randomFootprints(150, 100 + seed, 6000);
      const rows = [...packRows(footprints, 3)];
      for (const group of components(footprints)) {
        const alone = [...packRows(group.map((i) => footprints[i]), 3)];
        expect(group.map((i) => rows[i])).to.deep.equal(alone);
      }
    }
  });

  it('clusterOverflow gathers every footprint without a row exactly once, badges never overlapping', () => {
    for (let seed = 0; seed < 20; seed += 1) {
      const footprints = randomFootprints(400, 200 + seed);
      const rows = [...packRows(footprints, 2)];
      const clusters = clusterOverflow(footprints, rows);
      const members = clusters.flatMap((cluster) => cluster.members).sort((a, b) => a - b);
      const overflow = rows.flatMap((row, i) => (row === -1 ? [i] : []));
      expect(members).to.deep.equal(overflow);
      for (let i = 1; i < clusters.length; i += 1) {
        expect(clusters[i].anchor - clusters[i - 1].anchor).to.be.at.least(CLUSTER_BADGE_SIZE);
      }
    }
  });

  it('clusterOverflow gives a dense stretch a badge every so often, each at most CLUSTER_MAX_WIDTH wide', () => {
    // 400 markers a pixel apart, none with a row: one chain of neighbours closer than a badge.
    const footprints = Array.from({ length: 400 }, (_, i) => ({ start: i, end: i + 80, anchor: i }));
    const clusters = clusterOverflow(footprints, footprints.map(() => -1));
    expect(clusters.length).to.equal(400 / CLUSTER_MAX_WIDTH);
    for (const cluster of clusters) {
      const anchors = cluster.members.map((i) => footprints[i].anchor);
      expect(Math.max(...anchors) - Math.min(...anchors)).to.be.below(CLUSTER_MAX_WIDTH);
    }
    expect(clusters.flatMap((cluster) => cluster.members)).to.deep.equal(footprints.map((_, i) => i));
  });
});
