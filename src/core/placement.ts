import type { TimeDomain } from './scale.js';
import { LABEL_INSET } from './layout.js';
import { firstFitRows, groupByAnchor, LABEL_GAP, type AnchorGroups } from './packing.js';
import { searchSorted, type EventColumns } from './columns.js';

// Where every event that can reach a window goes: a label row, or a cluster with its marker
// and bar drawn among the marks. Runs on every zoom and pan step over everything in view
// (100,000 events of a whole document): columns in, columns out, and the per-event work in
// plain loops without a call or an object per event, which is also what code that the JIT
// has not optimised yet (the first steps after a document arrives) runs fastest.

/** Half a marker: a point this close outside the plot still shows. */
export const EDGE_SLACK_PX = 8;
/** Share of the axis laid out beyond each edge, so panning a little does not reshuffle rows. */
export const LAYOUT_MARGIN = 0.25;

export interface Extent {
  readonly start: number;
  readonly size: number;
}

export interface ViewCluster {
  readonly lane: number;
  readonly anchor: number;
  /** Indices into `document.events`, chronological (built on first read: a whole document's clusters hold every event). */
  readonly members: readonly number[];
  /** How many members. */
  readonly size: number;
  /** The first and the last member (indices into `document.events`). */
  readonly first: number;
  readonly last: number;
  /** The time the members cover: zooming to it reveals them. */
  readonly domain: TimeDomain;
}

/** A cluster whose member list is read out of the window's columns only when asked for. */
class WindowCluster implements ViewCluster {
  readonly lane: number;
  readonly anchor: number;
  readonly domain: TimeDomain;
  readonly size: number;
  readonly first: number;
  readonly last: number;
  private readonly indices: Int32Array;
  private list: number[] | undefined;

  constructor(lane: number, anchor: number, domain: TimeDomain, indices: Int32Array) {
    this.lane = lane;
    this.anchor = anchor;
    this.domain = domain;
    this.indices = indices;
    this.size = indices.length;
    this.first = indices[0];
    this.last = indices[indices.length - 1];
  }

  get members(): readonly number[] {
    return (this.list ??= Array.from(this.indices));
  }

  /** The plain fields, members included (what `JSON.stringify` shows). */
  toJSON(): object {
    const { lane, anchor, members, size, first, last, domain } = this;
    return { lane, anchor, members, size, first, last, domain };
  }
}

/** Where events in view but without a label sit: one marker per pixel, and the stretches their bars cover. */
export interface ViewMarks {
  readonly lane: number;
  /** Whole pixels along the axis holding a clustered event's marker, ascending, each once. */
  readonly points: readonly number[];
  /** The union of clustered spans' bars: ascending, never overlapping. */
  readonly bars: readonly Extent[];
}

/** What placing a window needs: the document's columns, its lanes, and the window. */
export interface WindowInput extends Pick<EventColumns, 'starts' | 'ends' | 'anchors' | 'spans' | 'reach'> {
  readonly laneOf: Int32Array;
  readonly laneCount: number;
  /** Each event's label size along the axis. */
  readonly sizes: Float64Array;
  readonly domain: TimeDomain;
  readonly length: number;
  readonly maxRows: number;
  /** Events that keep their label though a cluster would hide them (see `ViewOptions.pinned`). */
  readonly pinned: readonly number[];
}

export interface WindowPlacement {
  /** Label row of each event in view that has one, by event index, chronological. */
  readonly rows: Map<number, number>;
  /** Rows each lane needs. */
  readonly rowCounts: number[];
  readonly clusters: ViewCluster[];
  /** One per lane. */
  readonly marks: ViewMarks[];
}

/**
 * Places a window. Footprints are first-fit into each lane's rows in chronological order
 * (as `packRows`), so an event's row depends only on the events it overlaps and zooming
 * elsewhere never reshuffles it; those without a row gather into clusters (as
 * `clusterOverflow`). A lane whose pinned event would hide in a cluster is packed again
 * with its pins placed first.
 */
export function placeWindow(input: WindowInput): WindowPlacement {
  const { starts, ends, anchors, spans, laneOf, laneCount, sizes, domain, length, maxRows } = input;
  const origin = domain[0];
  // The time scale is linear: px = (ms − start) · k, the same as createTimeScale's.
  const k = length / (domain[1] - origin);
  const margin = length * LAYOUT_MARGIN;
  // Only events whose period can reach the window (plus margin) are looked at: the first by
  // binary search on the running latest end, the last on the sorted starts.
  const reachMs = Math.max(margin, EDGE_SLACK_PX) / k;
  const first = searchSorted(input.reach, origin - reachMs, true);
  const last = searchSorted(starts, domain[1] + reachMs, false);
  const slots = scratchSlots(last - first);
  const { eventOf, laneAt, footStart, footEnd, footAnchor, anchorAt, shown, rowOf } = slots;
  const rowEnds = new Float64Array(laneCount * maxRows).fill(-Infinity);
  // Per lane, the earliest any row is free again: a footprint starting before it fits
  // nowhere, which is most of a crowded window, and costs one comparison.
  const freeFrom = new Float64Array(laneCount).fill(-Infinity);
  const overflowCount = new Int32Array(laneCount);
  let count = 0;
  for (let i = first; i < last; i += 1) {
    const anchor = (anchors[i] - origin) * k;
    // What has to reach the laid-out stretch: the marker, or a span's whole bar.
    let from = anchor;
    let to = anchor;
    const span = spans[i] === 1;
    if (span) {
      from = (starts[i] - origin) * k;
      to = (ends[i] - origin) * k;
    }
    if (to < -margin || from > length + margin) continue;
    // The label hangs just before its marker, or ends just after it at the far edge (placeLabel).
    const size = sizes[i];
    const inside = anchor < 0 ? 0 : anchor > length ? length : anchor;
    let start = inside - LABEL_INSET;
    if (start + size > length) start = inside + LABEL_INSET - size;
    start = Math.max(0, Math.min(start, length - size));
    let end = start + size;
    if (span) {
      // A span takes up its bar (clipped to the plot, at least 2 px) as well as its label.
      const barStart = Math.max(0, from);
      const barEnd = barStart + Math.max(2, Math.min(length, to) - barStart);
      if (barStart < start) start = barStart;
      if (barEnd > end) end = barEnd;
    }
    const lane = laneOf[i];
    eventOf[count] = i;
    laneAt[count] = lane;
    footStart[count] = start;
    footEnd[count] = end;
    // A span that began before the window clusters (and shows its badge) at the edge.
    footAnchor[count] = inside;
    anchorAt[count] = anchor;
    shown[count] = to >= -EDGE_SLACK_PX && from <= length + EDGE_SLACK_PX ? 1 : 0;
    let row = -1;
    if (start >= freeFrom[lane]) {
      const base = lane * maxRows;
      let free = Infinity;
      for (let r = 0; r < maxRows; r += 1) {
        if (row === -1 && rowEnds[base + r] + LABEL_GAP <= start) {
          row = r;
          rowEnds[base + r] = end;
        }
        free = Math.min(free, rowEnds[base + r] + LABEL_GAP);
      }
      freeFrom[lane] = free;
    }
    rowOf[count] = row;
    if (row === -1) overflowCount[lane] += 1;
    count += 1;
  }
  repackPinned(input, slots, count, overflowCount);

  const rows = new Map<number, number>();
  const rowCounts = new Array<number>(laneCount).fill(0);
  for (let slot = 0; slot < count; slot += 1) {
    const row = rowOf[slot];
    if (row === -1 || !shown[slot]) continue;
    rows.set(eventOf[slot], row);
    if (row + 1 > rowCounts[laneAt[slot]]) rowCounts[laneAt[slot]] = row + 1;
  }
  const { clusters, marks } = gatherClusters(input, slots, count, overflowCount);
  return { rows, rowCounts, clusters, marks };
}

/**
 * Columns for the events a window lays out (slots), reused from one placement to the next:
 * fresh megabytes every frame of a 100,000-event document cost more in memory traffic than
 * the layout itself. Only read within one placement; nothing returned points into them.
 */
interface Slots {
  size: number;
  eventOf: Int32Array;
  laneAt: Int32Array;
  footStart: Float64Array;
  footEnd: Float64Array;
  /** Marker position clamped to the plot: where a cluster gathers it. */
  footAnchor: Float64Array;
  /** Marker position, not clamped. */
  anchorAt: Float64Array;
  shown: Uint8Array;
  rowOf: Int32Array;
  clusterOf: Int32Array;
  overflow: Int32Array;
}

const scratch: Slots = {
  size: 0,
  eventOf: new Int32Array(0),
  laneAt: new Int32Array(0),
  footStart: new Float64Array(0),
  footEnd: new Float64Array(0),
  footAnchor: new Float64Array(0),
  anchorAt: new Float64Array(0),
  shown: new Uint8Array(0),
  rowOf: new Int32Array(0),
  clusterOf: new Int32Array(0),
  overflow: new Int32Array(0),
};

function scratchSlots(size: number): Slots {
  if (size > scratch.size) {
    const grown = Math.max(size, Math.ceil(scratch.size * 1.5));
    scratch.size = grown;
    for (const name of ['eventOf', 'laneAt', 'rowOf', 'clusterOf', 'overflow'] as const) scratch[name] = new Int32Array(grown);
    for (const name of ['footStart', 'footEnd', 'footAnchor', 'anchorAt'] as const) scratch[name] = new Float64Array(grown);
    scratch.shown = new Uint8Array(grown);
  }
  return scratch;
}

/** Slot of event `i` among the `count` placed (their events ascend), or -1. */
function slotOf(slots: Slots, count: number, i: number): number {
  let low = 0;
  let high = count;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (slots.eventOf[middle] < i) low = middle + 1;
    else high = middle;
  }
  return low < count && slots.eventOf[low] === i ? low : -1;
}

/** Packs again, pins first (as `packRows`), each lane where a pinned event in view got no row. */
function repackPinned(input: WindowInput, slots: Slots, count: number, overflowCount: Int32Array): void {
  const { laneAt, rowOf, shown } = slots;
  const pins = input.pinned.map((i) => slotOf(slots, count, i)).filter((slot) => slot !== -1 && shown[slot]);
  const lanes = new Set(pins.filter((slot) => rowOf[slot] === -1).map((slot) => laneAt[slot]));
  for (const lane of lanes) {
    overflowCount[lane] = firstFitRows(slots.footStart, slots.footEnd, count, input.maxRows, pins, rowOf, laneAt, lane);
  }
}

/**
 * Gathers each lane's footprints without a row into clusters (of event indices, with the
 * time they cover) and draws the markers and bars of those in view: one marker per pixel,
 * through a bitmap over the plot and its edge slack, and bars merged where they overlap
 * (500 clustered spans of a whole document draw as a few stretches, not 500 outlines).
 */
function gatherClusters(
  input: WindowInput,
  slots: Slots,
  count: number,
  overflowCount: Int32Array,
): { clusters: ViewCluster[]; marks: ViewMarks[] } {
  const { starts, ends, spans, domain, length, laneCount } = input;
  const { eventOf, laneAt, footAnchor, anchorAt, shown, rowOf, clusterOf, overflow } = slots;
  const k = length / (domain[1] - domain[0]);
  // The footprints without a row, lane by lane, each lane's in chronological order.
  const laneStart = new Int32Array(laneCount + 1);
  for (let lane = 0; lane < laneCount; lane += 1) laneStart[lane + 1] = laneStart[lane] + overflowCount[lane];
  const fill = laneStart.slice(0, laneCount);
  for (let slot = 0; slot < count; slot += 1) if (rowOf[slot] === -1) overflow[fill[laneAt[slot]]++] = slot;
  const groups: AnchorGroups = { firsts: [], lasts: [], sizes: [] };
  const firstCluster = new Int32Array(laneCount + 1);
  for (let lane = 0; lane < laneCount; lane += 1) {
    groupByAnchor(overflow.subarray(laneStart[lane], laneStart[lane + 1]), footAnchor, clusterOf, groups);
    firstCluster[lane + 1] = groups.sizes.length;
  }
  // Every cluster's members in one array, cluster after cluster, each chronological.
  const clusterCount = groups.sizes.length;
  const memberAt = new Int32Array(clusterCount + 1);
  for (let c = 0; c < clusterCount; c += 1) memberAt[c + 1] = memberAt[c] + groups.sizes[c];
  const members = new Int32Array(memberAt[clusterCount]);
  const filled = memberAt.slice(0, clusterCount);
  const earliest = new Float64Array(clusterCount).fill(Infinity);
  const latest = new Float64Array(clusterCount).fill(-Infinity);
  const inView = new Uint8Array(clusterCount);
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
      members[filled[c]++] = i;
      if (starts[i] < earliest[c]) earliest[c] = starts[i];
      if (ends[i] > latest[c]) latest[c] = ends[i];
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
      clusters.push(new WindowCluster(lane, anchor, [earliest[c], latest[c]], members.subarray(memberAt[c], memberAt[c + 1])));
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
