import { LABEL_GAP } from './metrics.js';

/** Footprints to pack: along-axis extents in chronological order, each in a lane. */
export interface FitInput {
  readonly start: ArrayLike<number>;
  readonly end: ArrayLike<number>;
  readonly count: number;
  /** Rows per lane. */
  readonly maxRows: number;
  /** Lane of each footprint; without it, all share lane 0. */
  readonly laneAt?: Int32Array;
}

/**
 * First fit in the given (chronological) order: each footprint takes the lowest of its
 * lane's rows where it clears what that row holds, else -1 in `rows`, so its row depends
 * only on the footprints it overlaps and zooming elsewhere never reshuffles it. `pinned`
 * footprints go first, so they get a row wherever one can hold them. With `only`, packs
 * that lane and leaves the others' rows alone. Writes how many of each lane got no row into
 * `overflow` (one entry per lane). O(n · maxRows), plus O(pinned) per check with pins.
 */
export function firstFitRows(fit: FitInput, rows: Int32Array, overflow: Int32Array, pinned: readonly number[] = [], only = -1): void {
  const { start, end, count, maxRows, laneAt } = fit;
  if (only === -1) overflow.fill(0);
  else overflow[only] = 0;
  for (let i = 0; i < count; i += 1) if (only === -1 || (laneAt === undefined ? 0 : laneAt[i]) === only) rows[i] = -1;
  const held = pinned.length === 0 ? null : placePinned(fit, pinned, rows, only);
  const rowEnds = new Float64Array(overflow.length * maxRows).fill(-Infinity);
  // Per lane, the earliest any row is free again: a footprint starting before it fits
  // nowhere, which is most of a crowded window, and costs one comparison.
  const freeFrom = new Float64Array(overflow.length).fill(-Infinity);
  for (let i = 0; i < count; i += 1) {
    const lane = laneAt === undefined ? 0 : laneAt[i];
    if ((only !== -1 && lane !== only) || rows[i] !== -1) continue;
    let row = -1;
    if (start[i] >= freeFrom[lane]) {
      const base = lane * maxRows;
      let free = Infinity;
      for (let r = 0; r < maxRows; r += 1) {
        if (row === -1 && rowEnds[base + r] + LABEL_GAP <= start[i] && (held === null || clearOf(held[base + r], i, fit))) {
          row = r;
          rowEnds[base + r] = end[i];
        }
        free = Math.min(free, rowEnds[base + r] + LABEL_GAP);
      }
      freeFrom[lane] = free;
    }
    rows[i] = row;
    if (row === -1) overflow[lane] += 1;
  }
}

/** Places the pins of the lanes packed, each in the lowest row clear of pins placed before; what each row holds. */
function placePinned(fit: FitInput, pinned: readonly number[], rows: Int32Array, only: number): Array<number[] | undefined> {
  const { count, maxRows, laneAt } = fit;
  const held: Array<number[] | undefined> = [];
  for (const i of pinned) {
    if (i < 0 || i >= count || rows[i] !== -1) continue;
    const lane = laneAt === undefined ? 0 : laneAt[i];
    if (only !== -1 && lane !== only) continue;
    for (let r = lane * maxRows; r < (lane + 1) * maxRows; r += 1) {
      if (!clearOf(held[r], i, fit)) continue;
      (held[r] ??= []).push(i);
      rows[i] = r - lane * maxRows;
      break;
    }
  }
  return held;
}

/** Whether footprint `i` keeps the gap to every footprint in `row`. */
function clearOf(row: readonly number[] | undefined, i: number, { start, end }: FitInput): boolean {
  return row === undefined || row.every((other) => end[other] + LABEL_GAP <= start[i] || end[i] + LABEL_GAP <= start[other]);
}
