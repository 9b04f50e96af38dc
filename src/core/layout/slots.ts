import type { TimeDomain } from '../time/scale.js';
import type { EventColumns } from './columns.js';

// What placing a window reads (its input) and writes as it goes (the slots), shared by
// placement.ts, which fills them, and window-clusters.ts, which gathers what got no row.

/** What placing a window needs: the document's columns, its lanes, and the window. */
export interface WindowInput extends Pick<EventColumns, 'starts' | 'ends' | 'anchors' | 'spans' | 'reach'> {
  readonly laneOf: Int32Array;
  readonly laneCount: number;
  /** Each event's label size along the axis. */
  readonly sizes: Float64Array;
  readonly domain: TimeDomain;
  readonly length: number;
  readonly maxRows: number;
  /** Events that keep their label though a cluster would hide them (see `DrawingOptions.pinned`). */
  readonly pinned: readonly number[];
  /** Whether an event that would be alone in a cluster takes a row beyond `maxRows` (horizontal: the lane grows). */
  readonly growRows?: boolean;
}

/**
 * Columns for the events a window lays out (slots), reused from one placement to the next
 * and only read within one: nothing returned points into them.
 */
// See docs/performance.md#columns-in-columns-out.
export interface Slots {
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
  /** The footprints without a row in marker order, lane by lane. */
  ordered: Int32Array;
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
  ordered: new Int32Array(0),
};

export function scratchSlots(size: number): Slots {
  if (size > scratch.size) {
    const grown = Math.max(size, Math.ceil(scratch.size * 1.5));
    scratch.size = grown;
    for (const name of ['eventOf', 'laneAt', 'rowOf', 'clusterOf', 'overflow', 'ordered'] as const) scratch[name] = new Int32Array(grown);
    for (const name of ['footStart', 'footEnd', 'footAnchor', 'anchorAt'] as const) scratch[name] = new Float64Array(grown);
    scratch.shown = new Uint8Array(grown);
  }
  return scratch;
}

/** Slot of event `i` among the `count` placed (their events ascend), or -1. */
export function slotOf(slots: Slots, count: number, i: number): number {
  let low = 0;
  let high = count;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (slots.eventOf[middle] < i) low = middle + 1;
    else high = middle;
  }
  return low < count && slots.eventOf[low] === i ? low : -1;
}
