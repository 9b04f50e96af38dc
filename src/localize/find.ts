// The strings of the filter row and the search box, in English. They live apart from en.ts
// because only the find file (news-timeline.find.js), loaded for a timeline with groups, tags or
// `search`, uses them: the standalone file does not carry them. Each language translates them in
// its own table under these keys; a table without them reads these.
import { numbersFor, pluralsFor } from './plural.js';

const plural = /* @__PURE__ */ pluralsFor('en');
const number = /* @__PURE__ */ numbersFor('en');

/** Every string of the filter row and the search box, in English. */
export const findEn = {
  /** The accessible name of the filter row's group of toggle buttons: "Show events from: Libya, Iraq & Syria…". */
  showFrom: 'Show events from',
  /** Heard when a toggle has changed what is shown: "5 of 9 events shown". */
  eventsShown: ({ shown, total }: { shown: number; total: number }) =>
    `${number(shown)} of ${number(total)} ${plural(total, { one: 'event', other: 'events' })} shown`,
  /** The search box's visible label. */
  findLabel: 'Find in the timeline',
  /** Heard as the reader types: how many shown events match ("7 matches"), or none. */
  matchCount: ({ count }: { count: number }) =>
    count === 0 ? 'No matches' : `${number(count)} ${plural(count, { one: 'match', other: 'matches' })}`,
  /** Heard when Enter or Shift+Enter has opened a match: "3 of 7 matches: Russia joins the air strikes". */
  matchPosition: ({ position, count, title }: { position: number; count: number; title: string }) =>
    `${number(position)} of ${number(count)} ${plural(count, { one: 'match', other: 'matches' })}: ${title}`,
};

export type FindStrings = typeof findEn;
