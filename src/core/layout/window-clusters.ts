import type { TimeDomain } from '../time/scale.js';
import { EDGE_SLACK_PX } from './metrics.js';
import { groupByAnchor, type AnchorGroups } from './anchor-groups.js';
import { settleLoneEvents } from './lone-events.js';
import type { Slots, WindowInput } from './slots.js';

// The events of a window that got no label row: gathered under cluster badges, their
// markers and bars drawn as marks. See docs/performance.md#members-read-when-asked.

export interface Extent {
  readonly start: number;
  readonly size: number;
}

export interface DrawingCluster {
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
export interface DrawingMarks {
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
  #store: MemberStore | undefined;
  readonly #collect: () => MemberStore;

  constructor(collect: () => MemberStore) {
    this.#collect = collect;
  }

  of(cluster: number): Int32Array {
    const { members, memberAt } = (this.#store ??= this.#collect());
    return members.subarray(memberAt[cluster], memberAt[cluster + 1]);
  }
}

class WindowCluster implements DrawingCluster {
  readonly lane: number;
  readonly anchor: number;
  readonly size: number;
  readonly first: number;
  readonly last: number;
  readonly #number: number;
  readonly #source: WindowMembers;
  readonly #ends: Float64Array;
  readonly #firstStart: number;
  #list: number[] | undefined;
  #covered: TimeDomain | undefined;

  constructor(lane: number, anchor: number, span: { size: number; first: number; last: number }, number: number, source: WindowMembers, input: WindowInput) {
    this.lane = lane;
    this.anchor = anchor;
    this.size = span.size;
    this.first = span.first;
    this.last = span.last;
    this.#number = number;
    this.#source = source;
    this.#ends = input.ends;
    // Events are in start order: the first member starts first.
    this.#firstStart = input.starts[span.first];
  }

  get members(): readonly number[] {
    return (this.#list ??= Array.from(this.#source.of(this.#number)));
  }

  get domain(): TimeDomain {
    if (!this.#covered) {
      let latest = -Infinity;
      for (const i of this.#source.of(this.#number)) if (this.#ends[i] > latest) latest = this.#ends[i];
      this.#covered = [this.#firstStart, latest];
    }
    return this.#covered;
  }

  /** The plain fields, members and domain included (what `JSON.stringify` shows). */
  toJSON(): object {
    return { lane: this.lane, anchor: this.anchor, members: this.members, size: this.size, first: this.first, last: this.last, domain: this.domain };
  }
}

/**
 * Gathers each lane's footprints without a row into clusters and draws the markers and bars
 * of those in view: one marker per pixel, through a bitmap over the plot and its edge slack,
 * and bars merged where they overlap (500 clustered spans of a whole document draw as a few
 * stretches, not 500 outlines). With `store`, also collects every cluster's members into it.
 * Each pass over the footprints is a function of its own (docs/performance.md#one-loop-per-function).
 */
export function gatherClusters(
  input: WindowInput,
  slots: Slots,
  count: number,
  overflowCount: Int32Array,
  collect: () => MemberStore,
  store?: MemberStore,
): { clusters: DrawingCluster[]; marks: DrawingMarks[] } {
  const { length, laneCount } = input;
  const { footAnchor, clusterOf, overflow, ordered } = slots;
  let laneStart = overflowByLane(slots, count, overflowCount, laneCount);
  const groups: AnchorGroups = { firsts: [], lasts: [], sizes: [] };
  const firstCluster = new Int32Array(laneCount + 1);
  for (let lane = 0; lane < laneCount; lane += 1) {
    const from = laneStart[lane];
    const to = laneStart[lane + 1];
    groupByAnchor(overflow.subarray(from, to), footAnchor, clusterOf, groups, ordered.subarray(from, to));
    firstCluster[lane + 1] = groups.sizes.length;
  }
  // Events that took a row leave the overflow, and their emptied clusters are never drawn.
  if (groups.sizes.includes(1) && settleLoneEvents(input, slots, laneStart, groups, overflowCount, { count })) {
    laneStart = overflowByLane(slots, count, overflowCount, laneCount);
  }
  const clusterCount = groups.sizes.length;
  if (store) collectMembers(slots, laneStart[laneCount], groups.sizes, store);
  const marking: Marking = {
    firstOf: new Int32Array(clusterCount).fill(-1),
    lastOf: new Int32Array(clusterCount),
    inView: new Uint8Array(clusterCount),
    points: new Uint8Array(Math.ceil(length) + 2 * EDGE_SLACK_PX + 2),
    barFrom: new Float64Array(Math.floor(length) + 1).fill(Infinity),
    barTo: new Float64Array(Math.floor(length) + 1).fill(-Infinity),
  };
  const source = new WindowMembers(collect);
  const clusters: DrawingCluster[] = [];
  const marks: DrawingMarks[] = [];
  for (let lane = 0; lane < laneCount; lane += 1) {
    const [low, high] = markLane(input, slots, laneStart[lane], laneStart[lane + 1], marking);
    const { firstOf, lastOf, inView } = marking;
    for (let c = firstCluster[lane]; c < firstCluster[lane + 1]; c += 1) {
      if (!inView[c]) continue;
      const anchor = (groups.firsts[c] + groups.lasts[c]) / 2;
      clusters.push(new WindowCluster(lane, anchor, { size: groups.sizes[c], first: firstOf[c], last: lastOf[c] }, c, source, input));
    }
    marks.push({ lane, ...readMarks(marking, low, high) });
  }
  return { clusters, marks };
}

/** Per cluster and per pixel, what the footprints without a row leave for the drawing. */
interface Marking {
  /** The first and last member of each cluster (slots come in event order). */
  readonly firstOf: Int32Array;
  readonly lastOf: Int32Array;
  /** Whether any member of the cluster is in view. */
  readonly inView: Uint8Array;
  /** One per pixel of the plot and its edge slack: a clustered marker there. */
  readonly points: Uint8Array;
  /** Bars by the pixel they start in: the earliest start and the latest end there. */
  readonly barFrom: Float64Array;
  readonly barTo: Float64Array;
}

/** The footprints without a row into `slots.overflow`, lane by lane, each lane's in chronological order; where each lane's begin. */
function overflowByLane(slots: Slots, count: number, overflowCount: Int32Array, laneCount: number): Int32Array {
  const { laneAt, rowOf, overflow } = slots;
  const laneStart = new Int32Array(laneCount + 1);
  for (let lane = 0; lane < laneCount; lane += 1) laneStart[lane + 1] = laneStart[lane] + overflowCount[lane];
  const fill = laneStart.slice(0, laneCount);
  for (let slot = 0; slot < count; slot += 1) if (rowOf[slot] === -1) overflow[fill[laneAt[slot]]++] = slot;
  return laneStart;
}

/** Every cluster's members, cluster after cluster, into `store`. */
function collectMembers(slots: Slots, total: number, sizes: readonly number[], store: MemberStore): void {
  const { eventOf, clusterOf, overflow } = slots;
  store.memberAt = new Int32Array(sizes.length + 1);
  for (let c = 0; c < sizes.length; c += 1) store.memberAt[c + 1] = store.memberAt[c] + sizes[c];
  store.members = new Int32Array(total);
  const filled = store.memberAt.slice(0, sizes.length);
  for (let o = 0; o < total; o += 1) {
    const slot = overflow[o];
    store.members[filled[clusterOf[slot]]++] = eventOf[slot];
  }
}

/**
 * One lane's footprints without a row (`overflow[from..to)`): each cluster's first and last
 * member and whether it is in view, and the markers and bars of those in view. Returns the
 * stretch of `points` indices touched ([Infinity, -Infinity] for none).
 */
function markLane(input: WindowInput, slots: Slots, from: number, to: number, marking: Marking): [number, number] {
  const { starts, ends, spans, domain, length } = input;
  const { eventOf, anchorAt, shown, clusterOf, overflow } = slots;
  const { firstOf, lastOf, inView, points, barFrom, barTo } = marking;
  const k = length / (domain[1] - domain[0]);
  const lastPixel = barTo.length - 1;
  let low = Infinity;
  let high = -Infinity;
  for (let o = from; o < to; o += 1) {
    const slot = overflow[o];
    const c = clusterOf[slot];
    const i = eventOf[slot];
    if (firstOf[c] === -1) firstOf[c] = i;
    lastOf[c] = i;
    if (!shown[slot]) continue;
    inView[c] = 1;
    let at: number;
    if (spans[i]) {
      const start = Math.max(0, (starts[i] - domain[0]) * k);
      const end = start + Math.max(2, Math.min(length, (ends[i] - domain[0]) * k) - start);
      const pixel = Math.min(lastPixel, Math.floor(start));
      barFrom[pixel] = Math.min(barFrom[pixel], start);
      barTo[pixel] = Math.max(barTo[pixel], end);
      at = pixel + EDGE_SLACK_PX;
    } else {
      // Shown markers lie at -EDGE_SLACK_PX or later: rounding after the shift never meets -0.
      at = Math.round(anchorAt[slot] + EDGE_SLACK_PX);
      points[at] = 1;
    }
    low = Math.min(low, at);
    high = Math.max(high, at);
  }
  return [low, high];
}

/** A lane's marks from the stretch of `points` indices it touched, which are then cleared for the next lane. */
function readMarks(marking: Marking, low: number, high: number): Omit<DrawingMarks, 'lane'> {
  const { points, barFrom, barTo } = marking;
  if (!(low <= high)) return { points: [], bars: [] };
  const drawn: number[] = [];
  for (let p = low; p <= high; p += 1) if (points[p]) drawn.push(p - EDGE_SLACK_PX);
  points.fill(0, low, high + 1);
  const from = Math.max(0, low - EDGE_SLACK_PX);
  const to = Math.min(barTo.length, high - EDGE_SLACK_PX + 1);
  const bars = mergedBars(barFrom, barTo, from, to);
  barFrom.fill(Infinity, from, to);
  barTo.fill(-Infinity, from, to);
  return { points: drawn, bars };
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
