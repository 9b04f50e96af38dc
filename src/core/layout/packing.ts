// The two packing steps, shared by `packRows`/`clusterOverflow` (one list of footprints) and
// the view's placement of a window (every lane at once, in columns): labels first-fit into
// rows, and markers without a row gathered under badges. Internal to core: not part of
// `news-timeline/core`.

import { CLUSTER_BADGE_SIZE, CLUSTER_MAX_WIDTH, LABEL_GAP } from './metrics.js';

/**
 * First fit in the given (chronological) order: each footprint takes the lowest of
 * `maxRows` rows where it clears what that row holds, else keeps -1 in `rows`. Only
 * footprints of `lane` take part when `laneAt` is given. `pinned` footprints are placed
 * first, so they are never left without a row where one can hold them. A footprint's row
 * depends only on the footprints it overlaps. Returns how many got no row.
 */
export function firstFitRows(
  start: ArrayLike<number>,
  end: ArrayLike<number>,
  count: number,
  maxRows: number,
  pinned: readonly number[],
  rows: Int32Array,
  laneAt?: Int32Array,
  lane = 0,
): number {
  const inLane = (i: number) => laneAt === undefined || laneAt[i] === lane;
  const held: number[][] = Array.from({ length: maxRows }, () => []);
  const clear = (row: number, i: number) =>
    held[row].every((other) => end[other] + LABEL_GAP <= start[i] || end[i] + LABEL_GAP <= start[other]);
  for (let i = 0; i < count; i += 1) if (inLane(i)) rows[i] = -1;
  for (const i of pinned) {
    if (i < 0 || i >= count || !inLane(i) || rows[i] !== -1) continue;
    const row = held.findIndex((_, r) => clear(r, i));
    if (row === -1) continue;
    rows[i] = row;
    held[row].push(i);
  }
  const rowEnds = new Float64Array(maxRows).fill(-Infinity);
  // The earliest any row is free again: a footprint starting before it fits nowhere, which
  // is most footprints of a crowded window, so they cost one comparison instead of a row scan.
  let freeFrom = -Infinity;
  let overflow = 0;
  for (let i = 0; i < count; i += 1) {
    if (!inLane(i) || rows[i] !== -1) continue;
    if (start[i] >= freeFrom) {
      for (let row = 0; row < maxRows; row += 1) {
        if (rowEnds[row] + LABEL_GAP <= start[i] && (held[row].length === 0 || clear(row, i))) {
          rowEnds[row] = end[i];
          rows[i] = row;
          freeFrom = Infinity;
          for (let r = 0; r < maxRows; r += 1) freeFrom = Math.min(freeFrom, rowEnds[r] + LABEL_GAP);
          break;
        }
      }
    }
    if (rows[i] === -1) overflow += 1;
  }
  return overflow;
}

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
 * by whole pixel. Anchors within one pixel keep index order; groupByAnchor tracks each
 * cluster's furthest marker, so that cannot bring two badges closer than a badge.
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

// One loop a function, and nothing after it: V8 optimises a long loop while it runs, and
// code after the loop, not yet run, would throw that code away (see fillSlots).

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
