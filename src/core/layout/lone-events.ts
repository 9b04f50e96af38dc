import { CLUSTER_MAX_WIDTH, LABEL_GAP } from './metrics.js';
import type { AnchorGroups } from './anchor-groups.js';
import { placeLabel } from './labels.js';
import type { Slots, WindowInput } from './slots.js';

// A cluster badge stands for two or more events: "+1" hides a label behind a tap for nothing.
// Runs after grouping, and only does work in the rare window that has a lone event in view
// (docs/performance.md#lone-events-only-when-there-is-one).

/** What settling lone events reads beyond the slots, and where it writes the labels it moved. */
export interface LoneEventWork {
  /** How many slots were filled. */
  readonly count: number;
  /** Label starts moved off their usual place, by event index. */
  readonly moved: Map<number, number>;
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

/** A footprint a column holds: start, end, slot. */
type Held = [number, number, number];

/**
 * One lane's lone events in view (`ordered[from..to)`, marker order), in columns that cannot
 * grow. First each label moves along the axis, near its marker, into a column with room
 * (roomBeside). Then each still alone joins the cluster next to it in marker order when that
 * one's nearest marker is within `CLUSTER_MAX_WIDTH`, else the labelled event nearest it
 * within that reach gives up its label and the two share a badge. Keeps the lane's
 * `overflowCount`; returns whether any event took a row or gave one up.
 */
function settleInColumns(
  input: WindowInput,
  slots: Slots,
  lane: { from: number; to: number; lane: number },
  groups: AnchorGroups,
  work: LoneEventWork,
  overflowCount: Int32Array,
): boolean {
  const { ordered, clusterOf, shown, footAnchor, rowOf, eventOf } = slots;
  const { firsts, lasts, sizes } = groups;
  const { from, to } = lane;
  const lone = (slot: number) => sizes[clusterOf[slot]] === 1 && rowOf[slot] === -1 && shown[slot] === 1;
  let columns: Held[][] | undefined;
  let changed = false;
  for (let o = from; o < to; o += 1) {
    const slot = ordered[o];
    if (!lone(slot)) continue;
    columns ??= laneColumns(slots, work.count, lane.lane, input.maxRows);
    const room = roomBeside(input, slots, slot, columns);
    if (room === undefined) continue;
    rowOf[slot] = room.column;
    work.moved.set(eventOf[slot], room.start);
    sizes[clusterOf[slot]] = 0;
    overflowCount[lane.lane] -= 1;
    changed = true;
  }
  if (columns === undefined) return changed;
  for (let o = from; o < to; o += 1) {
    const slot = ordered[o];
    if (!lone(slot)) continue;
    const c = clusterOf[slot];
    const at = footAnchor[slot];
    // Neighbours in marker order that are still without a row.
    let p = o - 1;
    while (p >= from && rowOf[ordered[p]] !== -1) p -= 1;
    let n = o + 1;
    while (n < to && rowOf[ordered[n]] !== -1) n += 1;
    const before = p >= from ? clusterOf[ordered[p]] : -1;
    const after = n < to ? clusterOf[ordered[n]] : -1;
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
    const partner = nearestLabelled(input, slots, at, columns);
    if (partner === -1) continue;
    rowOf[partner] = -1;
    work.moved.delete(eventOf[partner]);
    clusterOf[partner] = c;
    sizes[c] += 1;
    overflowCount[lane.lane] += 1;
    changed = true;
    firsts[c] = Math.min(firsts[c], footAnchor[partner]);
    lasts[c] = Math.max(lasts[c], footAnchor[partner]);
  }
  return changed;
}

/**
 * The labelled event in view whose marker is nearest `at` and within `CLUSTER_MAX_WIDTH`,
 * never a pinned one, taken out of its column; -1 when there is none.
 */
function nearestLabelled(input: WindowInput, slots: Slots, at: number, columns: Held[][]): number {
  let best: [column: number, index: number] | undefined;
  let distance: number = CLUSTER_MAX_WIDTH;
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

/** What each of a lane's `maxRows` columns holds, by start. */
function laneColumns(slots: Slots, count: number, lane: number, maxRows: number): Held[][] {
  const { laneAt, rowOf, footStart, footEnd } = slots;
  const columns: Held[][] = Array.from({ length: maxRows }, () => []);
  for (let slot = 0; slot < count; slot += 1) {
    if (laneAt[slot] === lane && rowOf[slot] >= 0) columns[rowOf[slot]].push([footStart[slot], footEnd[slot], slot]);
  }
  for (const column of columns) column.sort((a, b) => a[0] - b[0]);
  return columns;
}

/**
 * The column and label start nearest the label's usual place where the lone event's footprint
 * (its label, and a span's bar) clears what the column holds by `LABEL_GAP`, its nearer
 * edge within `CLUSTER_MAX_WIDTH` of the marker; undefined when no column has room.
 * The footprint found is added to its column.
 */
function roomBeside(input: WindowInput, slots: Slots, slot: number, columns: Held[][]): { column: number; start: number } | undefined {
  const { sizes, spans, starts, ends, domain, length } = input;
  const i = slots.eventOf[slot];
  const size = sizes[i];
  const at = slots.footAnchor[slot];
  const usual = placeLabel(at, size, length);
  // Its nearest edge at most a cluster's reach from the marker; a slanted stem joins them.
  const clamp = (start: number) => Math.max(0, Math.min(length - size, start));
  const earliest = clamp(at - size - CLUSTER_MAX_WIDTH);
  const latest = Math.max(earliest, clamp(at + CLUSTER_MAX_WIDTH));
  let bar: [number, number] | undefined;
  if (spans[i]) {
    const k = length / (domain[1] - domain[0]);
    const barStart = Math.max(0, (starts[i] - domain[0]) * k);
    bar = [barStart, barStart + Math.max(2, Math.min(length, (ends[i] - domain[0]) * k) - barStart)];
  }
  let best: { column: number; start: number } | undefined;
  columns.forEach((column, c) => {
    // Each gap between neighbours (and before the first, after the last) in turn.
    for (let g = 0; g <= column.length; g += 1) {
      const open = g === 0 ? -Infinity : column[g - 1][1] + LABEL_GAP;
      const close = g === column.length ? Infinity : column[g][0] - LABEL_GAP;
      if (bar && (bar[0] < open || bar[1] > close)) continue;
      const low = Math.max(earliest, open);
      const high = Math.min(latest, close - size);
      if (low > high) continue;
      const start = Math.min(high, Math.max(low, usual));
      if (!best || Math.abs(start - usual) < Math.abs(best.start - usual)) best = { column: c, start };
    }
  });
  if (best) {
    const footprint: Held = bar ? [Math.min(best.start, bar[0]), Math.max(best.start + size, bar[1]), slot] : [best.start, best.start + size, slot];
    const column = columns[best.column];
    const after = column.findIndex((held) => held[0] > footprint[0]);
    column.splice(after === -1 ? column.length : after, 0, footprint);
  }
  return best;
}
