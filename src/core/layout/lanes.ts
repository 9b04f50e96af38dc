import { eventColumns } from './columns.js';
import type { TimelineDocument } from '../document/types.js';

/** A horizontal band of events: one per group, in document order, and one shared lane. */
export interface Lane {
  /** Group id, or null for the shared lane of events without a group. */
  readonly id: string | null;
  /** The group's name; null for the shared lane (the element names it in the reader's language) and for a document without groups. */
  readonly label: string | null;
}

/**
 * Lanes of a document and the lane of each event. Groups keep their lane even with nothing
 * in view; events without a group share a lane after them. `byGroup: false` puts
 * everything in one lane (the vertical layout). `laneOf[i]` is the lane of
 * `document.events[i]`; `groupOf` (each event's index in `document.groups`, -1 without one)
 * defaults to what the document's columns hold.
 */
export function buildLanes(
  document: TimelineDocument,
  byGroup: boolean,
  groupOf: Int32Array = eventColumns(document.events, document.groups).groupOf,
): { lanes: Lane[]; laneOf: Int32Array } {
  const laneOf = new Int32Array(document.events.length);
  if (!byGroup || document.groups.length === 0) return { lanes: [{ id: null, label: null }], laneOf };
  // Lane i is group i; the shared lane, if any event needs it, comes last.
  const lanes: Lane[] = document.groups.map((group) => ({ id: group.id, label: group.label }));
  let shared = -1;
  for (let i = 0; i < laneOf.length; i += 1) {
    if (groupOf[i] !== -1) {
      laneOf[i] = groupOf[i];
      continue;
    }
    if (shared === -1) shared = lanes.push({ id: null, label: null }) - 1;
    laneOf[i] = shared;
  }
  return { lanes, laneOf };
}
