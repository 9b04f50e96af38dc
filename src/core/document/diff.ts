import type { EventDate, TimelineDocument, TimelineEvent, TimelineMedia } from './types.js';

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

// Document-level fields, compared once per diff; a Record, so a new field must be listed.
type Same<T> = (a: T, b: T) => boolean;
const same: Same<unknown> = (a, b) => a === b;
const DOCUMENT_CONTENT: { readonly [K in DocumentField]: Same<TimelineDocument[K]> } = {
  title: same,
  description: same,
  locale: same,
  source: (a, b) => a === b || (a !== undefined && b !== undefined && a.name === b.name && a.url === b.url),
  groups: (a, b) => sameList(a, b, (x, y) => x.id === y.id && x.label === y.label),
};
const DOCUMENT_KEYS = Object.keys(DOCUMENT_CONTENT) as DocumentField[];

/**
 * What changed from `previous` to `next`, by event id; never mutates either. Linear in the
 * size of both documents (one Map by id), so a refresh of a large document costs little.
 *
 * An event is `changed` when any field a reader meets differs: `date` and `end` (as
 * written, so precision and time zone too), `approximate`, `title`, `summary`,
 * `group`, `tags` (filters use them), `links` and `media` (every field). Not compared:
 * `index` and the places on the scale (`startMs`, `endMs`), which follow from the document's
 * order and the dates; an event that only moved in the list is not reported.
 *
 * Ids are the document's own where it gives them, otherwise derived from the date as
 * written and the title, numbered `-2`, `-3`, … for repeats in document order
 * (`assignEventIds`). So, for events without an id:
 * - appending events, or inserting events whose date and title no other event shares
 *   (case, accents and punctuation aside: the id's slug), anywhere, only adds: every
 *   existing event keeps its id;
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
  const fields = DOCUMENT_KEYS.filter((key) => !(DOCUMENT_CONTENT[key] as Same<unknown>)(previous[key], next[key]));
  return Object.freeze({
    added: Object.freeze(added),
    changed: Object.freeze(changed),
    removed: Object.freeze(removed),
    fields: Object.freeze(fields),
  });
}

/**
 * Whether two events show the same content (see `diffDocuments`), whatever their ids.
 * Written out field by field: run for every event of a refresh, a generic walk over keys
 * was several times slower. diff.test.ts fails to compile when TimelineEvent or
 * TimelineMedia gains a field that has no case there, so a new field cannot be missed.
 */
function sameEventContent(a: TimelineEvent, b: TimelineEvent): boolean {
  return a === b || (
    a.title === b.title && a.summary === b.summary && a.approximate === b.approximate && a.group === b.group
    && sameDate(a.date, b.date) && sameDate(a.end, b.end)
    && sameList(a.tags, b.tags, (x, y) => x === y)
    && sameList(a.links, b.links, (x, y) => x.url === y.url && x.label === y.label)
    && sameMedia(a.media, b.media)
  );
}

/** Every field of a date follows from its text as written, precision included. */
function sameDate(a: EventDate | undefined, b: EventDate | undefined): boolean {
  return a === b || (a !== undefined && b !== undefined && a.text === b.text);
}

function sameMedia(a: TimelineMedia | undefined, b: TimelineMedia | undefined): boolean {
  return a === b || (
    a !== undefined && b !== undefined && a.url === b.url && a.type === b.type
    && a.alt === b.alt && a.credit === b.credit && a.captions === b.captions
  );
}

function sameList<T>(a: readonly T[], b: readonly T[], sameItem: Same<T>): boolean {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i += 1) if (!sameItem(a[i], b[i])) return false;
  return true;
}
