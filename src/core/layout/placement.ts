import { EDGE_SLACK_PX } from './metrics.js';
import { firstFitRows, type FitInput } from './first-fit.js';
import { placeLabel } from './labels.js';
import { searchSorted } from './columns.js';
import { scratchSlots, slotOf, type Slots, type WindowInput } from './slots.js';
import { gatherClusters, type MemberStore, type DrawingCluster, type DrawingMarks } from './window-clusters.js';

// Where every event that can reach a window goes: a label row, or a cluster with its marker
// and bar drawn among the marks. Runs on every zoom and pan step.
// See docs/performance.md#columns-in-columns-out.

/** Share of the axis laid out beyond each edge, so panning a little does not reshuffle rows. */
export const LAYOUT_MARGIN = 0.25;

export interface WindowPlacement {
  /** Label row of each event in view that has one, by event index, chronological. */
  readonly rows: Map<number, number>;
  /** Rows each lane needs. */
  readonly rowCounts: number[];
  readonly clusters: DrawingCluster[];
  /** One per lane. */
  readonly marks: DrawingMarks[];
  /** Label starts (px along the axis) of events whose label is not at its usual place (`placeLabel`), by event index (see dodge.ts). */
  readonly labelStarts?: ReadonlyMap<number, number>;
}

/**
 * Places a window: footprints first-fit into each lane's rows (firstFitRows), those without
 * a row gathered into clusters (gatherClusters), never one of a single event in view (see
 * lone-events.ts). A lane whose pinned event would hide in a cluster is packed again with its
 * pins placed first.
 */
export function placeWindow(input: WindowInput, store?: MemberStore): WindowPlacement {
  const { starts, laneCount, domain, length } = input;
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
  const overflowCount = new Int32Array(laneCount);
  const count = fillSlots(input, slots, { first, last, k, margin });
  const fit: FitInput = { start: slots.footStart, end: slots.footEnd, count, maxRows: input.maxRows, laneAt: slots.laneAt };
  firstFitRows(fit, slots.rowOf, overflowCount);
  repackPinned(input, slots, fit, overflowCount);
  // Clusters read their members, when asked, from this window placed again (see MemberStore).
  const collect = (): MemberStore => {
    const filled: MemberStore = { members: new Int32Array(0), memberAt: new Int32Array(1) };
    placeWindow(input, filled);
    return filled;
  };
  // Gathering may give an event that would be alone in a cluster a row: rows are read after.
  const { clusters, marks } = gatherClusters(input, slots, count, overflowCount, collect, store);
  const { rows, rowCounts } = labelRows(slots, count, laneCount);
  return { rows, rowCounts, clusters, marks };
}

/**
 * The pass over every event that can reach the window: its footprint and whether it shows,
 * into the slots. Returns how many slots it filled.
 */
// See docs/performance.md#one-loop-per-function.
function fillSlots(
  input: WindowInput,
  slots: Slots,
  window: { first: number; last: number; k: number; margin: number },
): number {
  const { starts, ends, anchors, spans, laneOf, sizes, domain, length } = input;
  const { eventOf, laneAt, footStart, footEnd, footAnchor, anchorAt, shown } = slots;
  const { first, last, k, margin } = window;
  const origin = domain[0];
  let count = 0;
  for (let i = first; i < last; i += 1) {
    const anchor = (anchors[i] - origin) * k;
    // What has to reach the laid-out stretch: the marker, or a span's whole bar.
    const span = spans[i] === 1;
    let from = anchor;
    let to = anchor;
    if (span) {
      from = (starts[i] - origin) * k;
      to = (ends[i] - origin) * k;
    }
    if (to < -margin || from > length + margin) continue;
    const size = sizes[i];
    const inside = Math.min(length, Math.max(0, anchor));
    let start = placeLabel(inside, size, length);
    let end = start + size;
    if (span) {
      // A span takes up its bar (clipped to the plot, at least 2 px) as well as its label.
      const barStart = Math.max(0, from);
      start = Math.min(start, barStart);
      end = Math.max(end, barStart + Math.max(2, Math.min(length, to) - barStart));
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
    count += 1;
  }
  return count;
}

/** The label row of each event in view that has one, and the rows each lane needs. */
function labelRows(slots: Slots, count: number, laneCount: number): Pick<WindowPlacement, 'rows' | 'rowCounts'> {
  const { eventOf, laneAt, shown, rowOf } = slots;
  const rows = new Map<number, number>();
  const rowCounts = new Array<number>(laneCount).fill(0);
  for (let slot = 0; slot < count; slot += 1) {
    const row = rowOf[slot];
    if (row === -1 || !shown[slot]) continue;
    rows.set(eventOf[slot], row);
    rowCounts[laneAt[slot]] = Math.max(rowCounts[laneAt[slot]], row + 1);
  }
  return { rows, rowCounts };
}

/** Packs again, pins first, each lane where a pinned event in view got no row. */
function repackPinned(input: WindowInput, slots: Slots, fit: FitInput, overflowCount: Int32Array): void {
  const { laneAt, rowOf, shown } = slots;
  const pins = input.pinned.map((i) => slotOf(slots, fit.count, i)).filter((slot) => slot !== -1 && shown[slot]);
  const lanes = new Set(pins.filter((slot) => rowOf[slot] === -1).map((slot) => laneAt[slot]));
  for (const lane of lanes) firstFitRows(fit, rowOf, overflowCount, pins, lane);
}
