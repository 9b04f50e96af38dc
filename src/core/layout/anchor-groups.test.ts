import { expect } from '@open-wc/testing';
import { seededRandom } from '../../../test/helpers/random-documents.js';
import { groupByAnchor, type AnchorGroups } from './anchor-groups.js';
import { CLUSTER_BADGE_SIZE, CLUSTER_MAX_WIDTH } from './metrics.js';

/** The clusters `groupByAnchor` finds for `indices`: their members (ascending) and badge anchors. */
function clustersOf(indices: readonly number[], anchor: ArrayLike<number>) {
  const clusterOf = new Int32Array(anchor.length).fill(-1);
  const groups: AnchorGroups = { firsts: [], lasts: [], sizes: [] };
  groupByAnchor(Int32Array.from(indices), anchor, clusterOf, groups);
  return groups.sizes.map((_, c) => ({
    members: indices.filter((i) => clusterOf[i] === c),
    anchor: (groups.firsts[c] + groups.lasts[c]) / 2,
  }));
}

describe('groupByAnchor', () => {
  it('gathers every footprint given exactly once, badges never overlapping', () => {
    for (let seed = 0; seed < 20; seed += 1) {
      const random = seededRandom(200 + seed);
      const anchor = Float64Array.from({ length: 400 }, () => random() * 2000);
      const given = [...anchor.keys()].filter(() => random() < 0.6);
      const clusters = clustersOf(given, anchor);
      expect(clusters.flatMap((cluster) => cluster.members).sort((a, b) => a - b)).to.deep.equal(given);
      for (let i = 1; i < clusters.length; i += 1) {
        expect(clusters[i].anchor - clusters[i - 1].anchor).to.be.at.least(CLUSTER_BADGE_SIZE);
      }
    }
  });

  it('gives a dense stretch a badge every so often, each at most CLUSTER_MAX_WIDTH wide', () => {
    // 400 markers a pixel apart: one chain of neighbours closer than a badge.
    const anchor = Float64Array.from({ length: 400 }, (_, i) => i);
    const clusters = clustersOf([...anchor.keys()], anchor);
    expect(clusters.length).to.equal(400 / CLUSTER_MAX_WIDTH);
    for (const cluster of clusters) {
      const anchors = cluster.members.map((i) => anchor[i]);
      expect(Math.max(...anchors) - Math.min(...anchors)).to.be.below(CLUSTER_MAX_WIDTH);
    }
    expect(clusters.flatMap((cluster) => cluster.members)).to.deep.equal([...anchor.keys()]);
  });

  it('numbers clusters on from those already found and writes only the footprints it was given', () => {
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
    // The same clusters the second half gets alone.
    const alone = clustersOf([...secondHalf], anchor);
    expect(groups.sizes.slice(before)).to.deep.equal(alone.map((cluster) => cluster.members.length));
  });
});
