import { CLUSTER_MAX_WIDTH, LABEL_GAP } from './metrics.js';
import type { AnchorGroups } from './anchor-groups.js';
import type { Slots, WindowInput } from './slots.js';

// A cluster badge stands for two or more events: "+1" hides a label behind a tap for nothing.
// Runs after grouping, and only does work in the rare window that has a lone event in view
// (docs/performance.md#lone-events-only-when-there-is-one).

/** What settling lone events reads beyond the slots. */
export interface LoneEventWork {
  /** How many slots were filled. */
  readonly count: number;
}

/**
 * Each lone event in view (its cluster would hold only it) takes a label row beyond the
 * lane's `maxRows`, first fit among the lone ones (one row more, unless two of them overlap),
 * when `growRows`; otherwise (vertical: columns cannot grow) it is settled in the columns
 * there are (settleInColumns). Writes rows into `slots.rowOf`, clusters into `clusterOf` and
 * `groups` (a cluster emptied keeps size 0) and `overflowCount`. Returns whether any event
 * took a row or gave one up (`overflow` is then stale).
 */
export function settleLoneEvents(
  input: WindowInput,
  slots: Slots,
  laneStart: Int32Array,
  groups: AnchorGroups,
  overflowCount: Int32Array,
  work: LoneEventWork,
): boolean {
  let changed = false;
  for (let lane = 0; lane + 1 < laneStart.length; lane += 1) {
    const from = laneStart[lane];
    const to = laneStart[lane + 1];
    if (input.growRows !== true) {
      changed = settleInColumns(input, slots, { from, to, lane }, groups, work, overflowCount) || changed;
      continue;
    }
    const lifted = liftLoneEvents(slots, from, to, groups.sizes, input.maxRows);
    overflowCount[lane] -= lifted;
    changed ||= lifted > 0;
  }
  return changed;
}

/** A label a column holds: its start, end and slot. */
type Held = [number, number, number];

/**
 * One lane's lone events in view (`ordered[from..to)`, marker order), in columns that cannot
 * grow: each joins the cluster next to it in marker order when that one's nearest marker is
 * within `CLUSTER_MAX_WIDTH`, else the labelled event whose marker is nearest gives up its
 * label and the two share a badge. Keeps the lane's `overflowCount`; returns whether any
 * event gave up its label.
 */
function settleInColumns(
  input: WindowInput,
  slots: Slots,
  lane: { from: number; to: number; lane: number },
  groups: AnchorGroups,
  work: LoneEventWork,
  overflowCount: Int32Array,
): boolean {
  const { ordered, clusterOf, shown, footAnchor, rowOf } = slots;
  const { firsts, lasts, sizes } = groups;
  const { from, to } = lane;
  let columns: Held[][] | undefined;
  let changed = false;
  for (let o = from; o < to; o += 1) {
    const slot = ordered[o];
    const c = clusterOf[slot];
    if (sizes[c] !== 1 || !shown[slot]) continue;
    const at = footAnchor[slot];
    const before = o > from ? clusterOf[ordered[o - 1]] : -1;
    const after = o + 1 < to ? clusterOf[ordered[o + 1]] : -1;
    const gapBefore = before === -1 ? Infinity : at - lasts[before];
    const gapAfter = after === -1 ? Infinity : firsts[after] - at;
    if (Math.min(gapBefore, gapAfter) < CLUSTER_MAX_WIDTH) {
      const target = gapBefore <= gapAfter ? before : after;
      clusterOf[slot] = target;
      sizes[target] += 1;
      sizes[c] = 0;
      firsts[target] = Math.min(firsts[target], at);
      lasts[target] = Math.max(lasts[target], at);
      continue;
    }
    columns ??= laneColumns(slots, work.count, lane.lane, input.maxRows);
    const partner = nearestLabelled(input, slots, at, columns);
    if (partner === -1) continue;
    rowOf[partner] = -1;
    clusterOf[partner] = c;
    sizes[c] += 1;
    overflowCount[lane.lane] += 1;
    changed = true;
    firsts[c] = Math.min(at, footAnchor[partner]);
    lasts[c] = Math.max(at, footAnchor[partner]);
  }
  return changed;
}

/** The labelled event in view whose marker is nearest `at`, never a pinned one, taken out of its column; -1 when there is none. */
function nearestLabelled(input: WindowInput, slots: Slots, at: number, columns: Held[][]): number {
  let best: [column: number, index: number] | undefined;
  let distance = Infinity;
  columns.forEach((column, c) => column.forEach(([, , slot], index) => {
    const away = Math.abs(slots.footAnchor[slot] - at);
    if (away < distance && slots.shown[slot] && !input.pinned.includes(slots.eventOf[slot])) {
      distance = away;
      best = [c, index];
    }
  }));
  if (best === undefined) return -1;
  return columns[best[0]].splice(best[1], 1)[0][2];
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

/** The labels each of a lane's `maxRows` columns holds. */
function laneColumns(slots: Slots, count: number, lane: number, maxRows: number): Held[][] {
  const { laneAt, rowOf, footStart, footEnd } = slots;
  const columns: Held[][] = Array.from({ length: maxRows }, () => []);
  for (let slot = 0; slot < count; slot += 1) {
    if (laneAt[slot] === lane && rowOf[slot] >= 0) columns[rowOf[slot]].push([footStart[slot], footEnd[slot], slot]);
  }
  return columns;
}
