import type { TimelineDocument, TimelineEvent } from './types.js';

// What a live refresh changed, by event id, so an update can be applied in place: the
// open card, the view and focus follow ids, and only events that differ are redrawn.

/** An event present in both documents whose reader-visible content differs. */
export interface EventChange {
  readonly before: TimelineEvent;
  readonly after: TimelineEvent;
}

/** The document-level fields `diffDocuments` compares. */
export type DocumentField = 'title' | 'description' | 'locale' | 'source' | 'groups';

/** What changed from one parsed document to the next (see `diffDocuments`). */
export interface DocumentDiff {
  /** Events of `next` whose id `previous` does not have, in `next`'s (date) order. */
  readonly added: readonly TimelineEvent[];
  /** Events in both whose content differs, in `next`'s (date) order. */
  readonly changed: readonly EventChange[];
  /** Events of `previous` whose id `next` does not have, in `previous`'s (date) order. */
  readonly removed: readonly TimelineEvent[];
  /** Document-level fields that differ, in the order of `DocumentField`; empty when none. */
  readonly fields: readonly DocumentField[];
}

// The event's fields a reader can see, hear or filter by, each compared by value (all of a
// date's, media's and link's fields). A Record over every other key of TimelineEvent, so a
// new field fails to compile until it is listed here or among the derived ones.
type DerivedKey = 'id' | 'index' | 'startMs' | 'endMs';
const EVENT_CONTENT: Record<Exclude<keyof TimelineEvent, DerivedKey>, true> = {
  date: true, end: true, approximate: true, title: true, summary: true,
  group: true, tags: true, links: true, media: true,
};
const EVENT_KEYS = Object.keys(EVENT_CONTENT) as (keyof typeof EVENT_CONTENT)[];

const DOCUMENT_CONTENT: Record<Exclude<keyof TimelineDocument, 'version' | 'events'>, DocumentField> = {
  title: 'title', description: 'description', locale: 'locale', source: 'source', groups: 'groups',
};
const DOCUMENT_KEYS = Object.keys(DOCUMENT_CONTENT) as DocumentField[];

/**
 * What changed from `previous` to `next`, by event id; never mutates either. Linear in the
 * size of both documents (one Map by id), so a refresh of a large document costs little.
 *
 * An event is `changed` when any field a reader meets differs: `date` and `end` (every
 * field, precision and the text as written included), `approximate`, `title`, `summary`,
 * `group`, `tags` (filters use them), `links` and `media` (every field). Not compared:
 * `index` and the places on the scale (`startMs`, `endMs`), which follow from the document's
 * order and the dates; an event that only moved in the list is not reported.
 *
 * Ids are the document's own where it gives them, otherwise derived from the date as
 * written and the title, numbered `-2`, `-3`, … for repeats in document order
 * (`assignEventIds`). So, for events without an id:
 * - appending events, or inserting events whose date and title no other event shares,
 *   anywhere, only adds: every existing event keeps its id;
 * - a live blog repeating one date and title that appends another gets one `added`;
 * - editing the title or date of such an event changes its derived id: the diff reports
 *   the old event removed and the edited one added, so its open card closes. A document
 *   whose events get edited while readers watch should give every event an `id`;
 * - inserting a repeat of a date and title *before* the others (a live blog written
 *   newest first) renumbers the ones after it: each id then names the event before it,
 *   reported as `changed` where their content differs, and the last number as `added`.
 *   The same happens when an inserted title's slug is an existing numbered id ("Air
 *   strike 2" beside two "Air strike"s), or an inserted event gives such an id.
 *   Giving ids avoids all of this.
 */
export function diffDocuments(previous: TimelineDocument, next: TimelineDocument): DocumentDiff {
  const before = new Map<string, TimelineEvent>();
  for (const event of previous.events) before.set(event.id, event);
  const nextIds = new Set<string>();
  const added: TimelineEvent[] = [];
  const changed: EventChange[] = [];
  for (const after of next.events) {
    nextIds.add(after.id);
    const old = before.get(after.id);
    if (old === undefined) added.push(after);
    else if (!sameEventContent(old, after)) changed.push(Object.freeze({ before: old, after }));
  }
  const removed = previous.events.filter((event) => !nextIds.has(event.id));
  const fields = DOCUMENT_KEYS.filter((key) => !sameData(previous[key], next[key]));
  return Object.freeze({
    added: Object.freeze(added),
    changed: Object.freeze(changed),
    removed: Object.freeze(removed),
    fields: Object.freeze(fields),
  });
}

/** Whether two events show the same content (see `diffDocuments`), whatever their ids. */
function sameEventContent(a: TimelineEvent, b: TimelineEvent): boolean {
  if (a === b) return true;
  for (const key of EVENT_KEYS) if (!sameData(a[key], b[key])) return false;
  return true;
}

/**
 * Equality of parsed document data: primitives, arrays and plain objects, compared in
 * depth; a key holding undefined counts as absent. The parser's output is shallow, so
 * the recursion is too.
 */
function sameData(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) || Array.isArray(b)) {
    if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return false;
    for (let i = 0; i < a.length; i += 1) if (!sameData(a[i], b[i])) return false;
    return true;
  }
  const left = a as Record<string, unknown>;
  const right = b as Record<string, unknown>;
  let count = 0;
  for (const key of Object.keys(left)) {
    if (left[key] === undefined) continue;
    if (!Object.hasOwn(right, key) || !sameData(left[key], right[key])) return false;
    count += 1;
  }
  for (const key of Object.keys(right)) if (right[key] !== undefined) count -= 1;
  return count === 0;
}
