// Markers without a label row, gathered under cluster badges: the step of placing a window
// after first fit (first-fit.ts).
import { CLUSTER_BADGE_SIZE, CLUSTER_MAX_WIDTH } from './metrics.js';

/** Clusters found so far, as columns: the first and last marker of each and its size. */
export interface AnchorGroups {
  readonly firsts: number[];
  readonly lasts: number[];
  readonly sizes: number[];
}

/**
 * Groups the footprints `overflow` (ascending indices) in marker order: a marker joins the
 * cluster before it when it is closer than a badge to that cluster's furthest marker and
 * the cluster is not yet `CLUSTER_MAX_WIDTH` wide, so no two badges overlap and a dense
 * stretch gets a badge every so often rather than one for all of it. Writes each
 * footprint's cluster (numbered on from `groups`' count) into `clusterOf` and appends the
 * clusters to `groups`. Linear: markers are ordered by a bucket per pixel, into `ordered`
 * (as long as `overflow`; a window reuses one).
 */
export function groupByAnchor(
  overflow: Int32Array,
  anchor: ArrayLike<number>,
  clusterOf: Int32Array,
  groups: AnchorGroups,
  ordered: Int32Array = new Int32Array(overflow.length),
): void {
  const { firsts, lasts, sizes } = groups;
  byAnchor(overflow, anchor, ordered);
  const base = sizes.length;
  let c = base - 1;
  for (let o = 0; o < ordered.length; o += 1) {
    const i = ordered[o];
    const at = anchor[i];
    if (c >= base && at - lasts[c] < CLUSTER_BADGE_SIZE && at - firsts[c] < CLUSTER_MAX_WIDTH) {
      if (at < firsts[c]) firsts[c] = at;
      if (at > lasts[c]) lasts[c] = at;
      sizes[c] += 1;
    } else {
      c += 1;
      firsts.push(at);
      lasts.push(at);
      sizes.push(1);
    }
    clusterOf[i] = c;
  }
}

/**
 * `indices` (ascending) in order of their anchor, to within a pixel: a stable counting sort
 * by whole pixel (docs/performance.md#clusters-by-pixel). Anchors within one pixel keep
 * index order; groupByAnchor tracks each cluster's furthest marker, so that cannot bring
 * two badges closer than a badge.
 */
function byAnchor(indices: Int32Array, anchor: ArrayLike<number>, sorted: Int32Array): void {
  if (indices.length < 2) {
    sorted.set(indices);
    return;
  }
  const low = anchorLow(indices, anchor);
  const buckets = Math.floor(anchorHigh(indices, anchor) - low) + 1;
  if (!(buckets <= 4 * indices.length + 4096)) {
    sorted.set([...indices].sort((a, b) => anchor[a] - anchor[b] || a - b));
    return;
  }
  const starts = new Int32Array(buckets + 1);
  countBuckets(indices, anchor, low, starts);
  sumBuckets(starts);
  scatter(indices, anchor, low, starts, sorted);
}

// See docs/performance.md#one-loop-per-function.

function anchorLow(indices: Int32Array, anchor: ArrayLike<number>): number {
  let low = Infinity;
  for (let o = 0; o < indices.length; o += 1) low = Math.min(low, anchor[indices[o]]);
  return low;
}

function anchorHigh(indices: Int32Array, anchor: ArrayLike<number>): number {
  let high = -Infinity;
  for (let o = 0; o < indices.length; o += 1) high = Math.max(high, anchor[indices[o]]);
  return high;
}

/** How many markers fall in each whole pixel from `low` (bucket b counted at b + 1). */
function countBuckets(indices: Int32Array, anchor: ArrayLike<number>, low: number, starts: Int32Array): void {
  for (let o = 0; o < indices.length; o += 1) starts[Math.floor(anchor[indices[o]] - low) + 1] += 1;
}

/** Counts into where each bucket starts in the sorted order. */
function sumBuckets(starts: Int32Array): void {
  for (let b = 1; b < starts.length; b += 1) starts[b] += starts[b - 1];
}

function scatter(indices: Int32Array, anchor: ArrayLike<number>, low: number, starts: Int32Array, sorted: Int32Array): void {
  for (let o = 0; o < indices.length; o += 1) {
    const i = indices[o];
    sorted[starts[Math.floor(anchor[i] - low)]++] = i;
  }
}
