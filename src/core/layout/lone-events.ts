import { CLUSTER_MAX_WIDTH, LABEL_GAP } from './metrics.js';
import type { AnchorGroups } from './anchor-groups.js';
import type { Slots, WindowInput } from './slots.js';

// A cluster badge stands for two or more events: "+1" hides a label behind a tap for nothing.
// Runs after grouping, and only does work in the rare window that has a lone event in view
// (docs/performance.md#lone-events-only-when-there-is-one).

/**
 * Each lone event in view (its cluster would hold only it) takes a label row beyond the
 * lane's `maxRows`, first fit among the lone ones (one row more, unless two of them overlap),
 * when `growRows`; otherwise (vertical: columns cannot grow) it joins the cluster next to it
 * in marker order when that one's nearest marker is within `CLUSTER_MAX_WIDTH`, else keeps
 * its badge. Writes rows into `slots.rowOf`, clusters into `clusterOf` and `groups` (a cluster
 * emptied keeps size 0), and takes those given a row off `overflowCount`. Returns whether any
 * event took a row (`overflow` is then stale).
 */
export function settleLoneEvents(
  { maxRows, growRows }: WindowInput,
  slots: Slots,
  laneStart: Int32Array,
  groups: AnchorGroups,
  overflowCount: Int32Array,
): boolean {
  const { ordered, clusterOf, shown, footAnchor } = slots;
  const { firsts, lasts, sizes } = groups;
  let lifted = false;
  for (let lane = 0; lane + 1 < laneStart.length; lane += 1) {
    const from = laneStart[lane];
    const to = laneStart[lane + 1];
    if (growRows === true) {
      const rows = liftLoneEvents(slots, from, to, sizes, maxRows);
      overflowCount[lane] -= rows;
      lifted ||= rows > 0;
      continue;
    }
    // In marker order, each lone event joins the nearer neighbour within reach.
    for (let o = from; o < to; o += 1) {
      const slot = ordered[o];
      const c = clusterOf[slot];
      if (sizes[c] !== 1 || !shown[slot]) continue;
      const at = footAnchor[slot];
      const before = o > from ? clusterOf[ordered[o - 1]] : -1;
      const after = o + 1 < to ? clusterOf[ordered[o + 1]] : -1;
      const gapBefore = before === -1 ? Infinity : at - lasts[before];
      const gapAfter = after === -1 ? Infinity : firsts[after] - at;
      const target = gapBefore <= gapAfter ? before : after;
      if (Math.min(gapBefore, gapAfter) >= CLUSTER_MAX_WIDTH) continue;
      clusterOf[slot] = target;
      sizes[target] += 1;
      sizes[c] = 0;
      firsts[target] = Math.min(firsts[target], at);
      lasts[target] = Math.max(lasts[target], at);
    }
  }
  return lifted;
}

/** The lane's lone events in view (`overflow[from..to)`, chronological) into rows from `maxRows` on, first fit; how many. */
function liftLoneEvents(slots: Slots, from: number, to: number, sizes: number[], maxRows: number): number {
  const { overflow, clusterOf, shown, rowOf, footStart, footEnd } = slots;
  // Ends of the rows added to this lane.
  const rowEnds: number[] = [];
  let lifted = 0;
  for (let o = from; o < to; o += 1) {
    const slot = overflow[o];
    const c = clusterOf[slot];
    if (sizes[c] !== 1 || !shown[slot]) continue;
    let row = rowEnds.findIndex((end) => end + LABEL_GAP <= footStart[slot]);
    if (row === -1) row = rowEnds.push(-Infinity) - 1;
    rowEnds[row] = footEnd[slot];
    rowOf[slot] = maxRows + row;
    sizes[c] = 0;
    lifted += 1;
  }
  return lifted;
}
