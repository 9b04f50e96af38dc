import type { TimeDomain } from '../time/scale.js';
import { EDGE_SLACK_PX, LABEL_GAP } from './metrics.js';
import { placeLabel } from './labels.js';
import type { WindowPlacement } from './placement.js';

// A story on a phone: one column of labels beside a time-proportional axis, as a list reads.
// Each label sits as near its marker as the labels before and after it allow; a stem joins
// it to its marker. Only story-sized documents are laid out so (at most a few dozen labels).

/**
 * Starts of labels `sizes` px long for markers at `anchors` (px along the axis, in time
 * order) in one column `length` px long: each at its own place (`placeLabel`) unless the one
 * before reaches it, then moved up from the column's end as far as needed. Undefined when
 * they cannot all fit, each `gap` px apart.
 */
export function dodgeLabels(anchors: ArrayLike<number>, sizes: ArrayLike<number>, length: number, gap = LABEL_GAP): Float64Array | undefined {
  const count = anchors.length;
  const starts = new Float64Array(count);
  let reached = -Infinity;
  for (let i = 0; i < count; i += 1) {
    starts[i] = Math.max(placeLabel(Math.min(length, Math.max(0, anchors[i])), sizes[i], length), reached + gap);
    reached = starts[i] + sizes[i];
  }
  let limit = length + gap;
  for (let i = count - 1; i >= 0; i -= 1) {
    starts[i] = Math.min(starts[i], limit - gap - sizes[i]);
    limit = starts[i];
  }
  return count === 0 || starts[0] >= 0 ? starts : undefined;
}

/** What a story's column is laid out from: warped columns and window (axis units), label sizes. */
export interface DodgeInput {
  readonly starts: ArrayLike<number>;
  readonly ends: ArrayLike<number>;
  readonly anchors: ArrayLike<number>;
  readonly spans: ArrayLike<number>;
  readonly sizes: ArrayLike<number>;
  readonly domain: TimeDomain;
  readonly length: number;
  readonly laneCount: number;
}

/** A window placed as one column: every event in view labelled, each label's start given. */
export interface DodgedPlacement extends WindowPlacement {
  readonly labelStarts: ReadonlyMap<number, number>;
}

/**
 * Every event in view of a story laid out in one column (row 0) in marker order; undefined
 * when their labels cannot all fit the column, and the window is placed as any other.
 */
export function dodgeWindow(input: DodgeInput): DodgedPlacement | undefined {
  const { starts, ends, anchors, spans, sizes, domain, length, laneCount } = input;
  const k = length / (domain[1] - domain[0]);
  const px = (at: number) => (at - domain[0]) * k;
  const inView: number[] = [];
  for (let i = 0; i < anchors.length; i += 1) {
    // The rule DrawingItem.visible follows: the marker, or a span's bar, within the edge slack.
    const from = px(spans[i] ? starts[i] : anchors[i]);
    const to = px(spans[i] ? ends[i] : anchors[i]);
    if (to >= -EDGE_SLACK_PX && from <= length + EDGE_SLACK_PX) inView.push(i);
  }
  inView.sort((a, b) => anchors[a] - anchors[b] || a - b);
  const placed = dodgeLabels(inView.map((i) => px(anchors[i])), inView.map((i) => sizes[i]), length);
  if (!placed) return undefined;
  const lanes = Array.from({ length: laneCount }, (_, lane) => lane);
  return {
    rows: new Map(inView.map((i) => [i, 0])),
    rowCounts: lanes.map(() => (inView.length > 0 ? 1 : 0)),
    clusters: [],
    marks: lanes.map((lane) => ({ lane, points: [], bars: [] })),
    labelStarts: new Map(inView.map((i, p) => [i, placed[p]])),
  };
}
