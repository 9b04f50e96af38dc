import type { TimelineEvent } from '../document/types.js';

/** The words `initial-event` takes besides an event id; they win over an event of the same id. */
export type InitialEventKeyword = 'first' | 'last' | 'today';

/**
 * The event `initial-event` names in `events` (date order, document order on ties): `first`,
 * `last`, `today` (the one whose period is closest to `nowMs`, the earlier in the document on
 * ties), or an event id. Undefined when there is none: an unknown id, or no events.
 */
export function initialEventId(events: readonly Pick<TimelineEvent, 'id' | 'index' | 'startMs' | 'endMs'>[], value: string | undefined, nowMs: number): string | undefined {
  // Without the attribute, no pass over the events (100,000 of them at times) on every new document.
  if (value === undefined) return undefined;
  if (value === 'first') return events[0]?.id;
  if (value === 'last') return events.at(-1)?.id;
  if (value !== 'today') return events.find((event) => event.id === value)?.id;
  let best: (typeof events)[number] | undefined;
  let bestDistance = Infinity;
  for (const event of events) {
    // Inside an event's period (its day, month, year or span) is no distance at all.
    const distance = Math.max(event.startMs - nowMs, nowMs - event.endMs, 0);
    if (distance < bestDistance || (distance === bestDistance && best && event.index < best.index)) {
      best = event;
      bestDistance = distance;
    }
  }
  return best?.id;
}
