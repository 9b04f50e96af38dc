import type { TimeDomain } from './scale.js';
import { groupByAnchor, type AnchorGroups } from './packing.js';
import type { Slots, WindowInput } from './placement.js';

// The events of a window that got no label row: gathered under cluster badges, their
// markers and bars drawn as marks. A whole 100,000-event document puts nearly every event
// here on every zoom step, so the step keeps per cluster only what the badge shows (how
// many, the first and last event); the member list and the time they cover are read when
// a reader opens one, by placing the same window again.

/** Half a marker: a point this close outside the plot still shows. */
export const EDGE_SLACK_PX = 8;

export interface Extent {
  readonly start: number;
  readonly size: number;
}

export interface ViewCluster {
  readonly lane: number;
  readonly anchor: number;
  /** Indices into `document.events`, chronological (read when first asked for). */
  readonly members: readonly number[];
  /** How many members. */
  readonly size: number;
  /** The first and the last member (indices into `document.events`). */
  readonly first: number;
  readonly last: number;
  /** The time the members cover: zooming to it reveals them (read when first asked for). */
  readonly domain: TimeDomain;
}

/** Where events in view but without a label sit: one marker per pixel, and the stretches their bars cover. */
export interface ViewMarks {
  readonly lane: number;
  /** Whole pixels along the axis holding a clustered event's marker, ascending, each once. */
  readonly points: readonly number[];
  /** The union of clustered spans' bars: ascending, never overlapping. */
  readonly bars: readonly Extent[];
}

/** Every cluster's members of one window in one array, cluster after cluster (`memberAt` offsets). */
export interface MemberStore {
  members: Int32Array;
  memberAt: Int32Array;
}

/** A window's clusters' members, collected (by `collect`) the first time any is asked for. */
class WindowMembers {
  private store: MemberStore | undefined;
  private readonly collect: () => MemberStore;

  constructor(collect: () => MemberStore) {
    this.collect = collect;
  }

  of(cluster: number): Int32Array {
    const { members, memberAt } = (this.store ??= this.collect());
    return members.subarray(memberAt[cluster], memberAt[cluster + 1]);
  }
}

class WindowCluster implements ViewCluster {
  readonly lane: number;
  readonly anchor: number;
  readonly size: number;
  readonly first: number;
  readonly last: number;
  private readonly number: number;
  private readonly source: WindowMembers;
  private readonly ends: Float64Array;
  private readonly firstStart: number;
  private list: number[] | undefined;
  private covered: TimeDomain | undefined;

  constructor(lane: number, anchor: number, span: { size: number; first: number; last: number }, number: number, source: WindowMembers, input: WindowInput) {
    this.lane = lane;
    this.anchor = anchor;
    this.size = span.size;
    this.first = span.first;
    this.last = span.last;
    this.number = number;
    this.source = source;
    this.ends = input.ends;
    // Events are in start order: the first member starts first.
    this.firstStart = input.starts[span.first];
  }

  get members(): readonly number[] {
    return (this.list ??= Array.from(this.source.of(this.number)));
  }

  get domain(): TimeDomain {
    if (!this.covered) {
      let latest = -Infinity;
      for (const i of this.source.of(this.number)) if (this.ends[i] > latest) latest = this.ends[i];
      this.covered = [this.firstStart, latest];
    }
    return this.covered;
  }

  /** The plain fields, members and domain included (what `JSON.stringify` shows). */
  toJSON(): object {
    const { lane, anchor, members, size, first, last, domain } = this;
    return { lane, anchor, members, size, first, last, domain };
  }
}

/**
 * Gathers each lane's footprints without a row into clusters and draws the markers and bars
 * of those in view: one marker per pixel, through a bitmap over the plot and its edge slack,
 * and bars merged where they overlap (500 clustered spans of a whole document draw as a few
 * stretches, not 500 outlines). With `store`, also collects every cluster's members into it.
 */
export function gatherClusters(
  input: WindowInput,
  slots: Slots,
  count: number,
  overflowCount: Int32Array,
  collect: () => MemberStore,
  store?: MemberStore,
): { clusters: ViewCluster[]; marks: ViewMarks[] } {
  const { starts, ends, spans, domain, length, laneCount } = input;
  const { eventOf, laneAt, footAnchor, anchorAt, shown, rowOf, clusterOf, overflow, ordered } = slots;
  const k = length / (domain[1] - domain[0]);
  // The footprints without a row, lane by lane, each lane's in chronological order.
  const laneStart = new Int32Array(laneCount + 1);
  for (let lane = 0; lane < laneCount; lane += 1) laneStart[lane + 1] = laneStart[lane] + overflowCount[lane];
  const fill = laneStart.slice(0, laneCount);
  for (let slot = 0; slot < count; slot += 1) if (rowOf[slot] === -1) overflow[fill[laneAt[slot]]++] = slot;
  const groups: AnchorGroups = { firsts: [], lasts: [], sizes: [] };
  const firstCluster = new Int32Array(laneCount + 1);
  for (let lane = 0; lane < laneCount; lane += 1) {
    const from = laneStart[lane];
    const to = laneStart[lane + 1];
    groupByAnchor(overflow.subarray(from, to), footAnchor, clusterOf, groups, ordered.subarray(from, to));
    firstCluster[lane + 1] = groups.sizes.length;
  }
  const clusterCount = groups.sizes.length;
  const firstOf = new Int32Array(clusterCount).fill(-1);
  const lastOf = new Int32Array(clusterCount);
  const inView = new Uint8Array(clusterCount);
  let filled: Int32Array | undefined;
  if (store) {
    store.memberAt = new Int32Array(clusterCount + 1);
    for (let c = 0; c < clusterCount; c += 1) store.memberAt[c + 1] = store.memberAt[c] + groups.sizes[c];
    store.members = new Int32Array(store.memberAt[clusterCount]);
    filled = store.memberAt.slice(0, clusterCount);
  }
  const source = new WindowMembers(collect);
  const clusters: ViewCluster[] = [];
  const marks: ViewMarks[] = [];
  const points = new Uint8Array(Math.ceil(length) + 2 * EDGE_SLACK_PX + 2);
  // Bars by the pixel they start in: the earliest start and the latest end there.
  const pixels = Math.floor(length) + 1;
  const barFrom = new Float64Array(pixels).fill(Infinity);
  const barTo = new Float64Array(pixels).fill(-Infinity);
  for (let lane = 0; lane < laneCount; lane += 1) {
    // Only the stretch of pixels this lane touched is read back and cleared.
    let low = Infinity;
    let high = -Infinity;
    for (let o = laneStart[lane]; o < laneStart[lane + 1]; o += 1) {
      const slot = overflow[o];
      const c = clusterOf[slot];
      const i = eventOf[slot];
      // Slots are in event order: the first seen is the first member, the latest the last.
      if (firstOf[c] === -1) firstOf[c] = i;
      lastOf[c] = i;
      if (filled) store!.members[filled[c]++] = i;
      if (!shown[slot]) continue;
      inView[c] = 1;
      let at: number;
      if (spans[i]) {
        const start = Math.max(0, (starts[i] - domain[0]) * k);
        const end = start + Math.max(2, Math.min(length, (ends[i] - domain[0]) * k) - start);
        at = Math.min(pixels - 1, Math.floor(start));
        if (start < barFrom[at]) barFrom[at] = start;
        if (end > barTo[at]) barTo[at] = end;
        at += EDGE_SLACK_PX;
      } else {
        at = Math.round(anchorAt[slot]) + EDGE_SLACK_PX;
        points[at] = 1;
      }
      if (at < low) low = at;
      if (at > high) high = at;
    }
    for (let c = firstCluster[lane]; c < firstCluster[lane + 1]; c += 1) {
      if (!inView[c]) continue;
      const anchor = (groups.firsts[c] + groups.lasts[c]) / 2;
      clusters.push(new WindowCluster(lane, anchor, { size: groups.sizes[c], first: firstOf[c], last: lastOf[c] }, c, source, input));
    }
    const drawn: number[] = [];
    let bars: Extent[] = [];
    if (low <= high) {
      for (let p = low; p <= high; p += 1) if (points[p]) drawn.push(p - EDGE_SLACK_PX);
      points.fill(0, low, high + 1);
      const from = Math.max(0, low - EDGE_SLACK_PX);
      const to = Math.min(pixels, high - EDGE_SLACK_PX + 1);
      bars = mergedBars(barFrom, barTo, from, to);
      barFrom.fill(Infinity, from, to);
      barTo.fill(-Infinity, from, to);
    }
    marks.push({ lane, points: drawn, bars });
  }
  return { clusters, marks };
}

/** Overlapping bars merge into the stretch they cover, in one sweep across pixels `from` to `to`. */
function mergedBars(barFrom: Float64Array, barTo: Float64Array, from: number, to: number): Extent[] {
  const bars: Extent[] = [];
  let runStart = NaN;
  let runEnd = -Infinity;
  for (let p = from; p < to; p += 1) {
    if (barTo[p] === -Infinity) continue;
    if (barFrom[p] <= runEnd) {
      if (barTo[p] > runEnd) runEnd = barTo[p];
      continue;
    }
    if (runEnd > -Infinity) bars.push({ start: runStart, size: runEnd - runStart });
    runStart = barFrom[p];
    runEnd = barTo[p];
  }
  if (runEnd > -Infinity) bars.push({ start: runStart, size: runEnd - runStart });
  return bars;
}
