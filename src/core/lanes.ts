import type { TimelineDocument } from './types.js';

/** A horizontal band of events: one per group, in document order, and one shared lane. */
export interface Lane {
  /** Group id, or null for the shared lane of events without a group. */
  readonly id: string | null;
  /** What the lane is called on screen; null for a document without groups. */
  readonly label: string | null;
}

/** Label of the shared lane when other lanes are named. */
export const SHARED_LANE_LABEL = 'Other events';

/**
 * Lanes of a document and the lane of each event. Groups keep their lane even with nothing
 * in view; events without a group share a lane after them. `byGroup: false` puts
 * everything in one lane (the vertical layout).
 */
export function buildLanes(document: TimelineDocument, byGroup: boolean): { lanes: Lane[]; laneOf: number[] } {
  if (!byGroup || document.groups.length === 0) {
    return { lanes: [{ id: null, label: null }], laneOf: document.events.map(() => 0) };
  }
  const lanes: Lane[] = document.groups.map((group) => ({ id: group.id, label: group.label }));
  const index = new Map(lanes.map((lane, i) => [lane.id, i]));
  let shared = -1;
  const laneOf = document.events.map((event) => {
    const lane = event.group === undefined ? undefined : index.get(event.group);
    if (lane !== undefined) return lane;
    if (shared === -1) shared = lanes.push({ id: null, label: SHARED_LANE_LABEL }) - 1;
    return shared;
  });
  return { lanes, laneOf };
}
