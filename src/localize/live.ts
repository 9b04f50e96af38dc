import { numbersFor, pluralsFor } from './plural.js';

// The strings of live updates, in English. They live apart from en.ts because only the live
// file (news-timeline.live.js), loaded by a timeline with `refresh` or at its first in-place
// update, uses them: the standalone file does not carry them. Each language translates them
// in its own table under these keys; a table without them reads these.

const plural = /* @__PURE__ */ pluralsFor('en');
const number = /* @__PURE__ */ numbersFor('en');

/** Every string of live updates, in English. */
export const liveEn = {
  /** The mark on the label of an event that arrived with the last update (also heard as part of its name). */
  liveNew: 'New',
  /** Heard once after an update that added events. */
  liveAdded: ({ count }: { count: number }) => `${number(count)} new ${plural(count, { one: 'event', other: 'events' })}`,
  /** Heard once after an update that only changed events. */
  liveChanged: ({ count }: { count: number }) => `${number(count)} ${plural(count, { one: 'event', other: 'events' })} updated`,
  /** The quiet status line (and heard) when the open event's card closed because the update removed it. */
  liveRemoved: 'The open event was removed from the timeline.',
  /** The quiet status line after a `refresh` that failed; the timeline shown stays. */
  liveRetry: ({ seconds }: { seconds: number }) =>
    `Could not update. Trying again in ${number(seconds)} ${plural(seconds, { one: 'second', other: 'seconds' })}.`,
  /** The toolbar button that stops reading `refresh` until pressed again (WCAG 2.2.2 Pause, Stop, Hide). */
  livePause: 'Pause updates',
  /** The same button while updates are paused: reads at once, then every `refresh` seconds again. */
  liveResume: 'Resume updates',
  /** The quiet status line after a later document (`data`, inline JSON) that could not be used; the timeline shown stays. */
  liveFailed: 'Could not update: the new timeline document could not be used.',
};

export type LiveStrings = typeof liveEn;
