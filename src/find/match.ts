import type { TimelineDocument, TimelineEvent } from '../core/document/types.js';

/** How many group or tag toggles the row shows at most when it lists tags: the most used first. */
export const TAG_CAP = 12;

/** A toggle of the filter row: the id `filter` lists, and the name the button shows. */
export interface Facet {
  readonly id: string;
  readonly label: string;
}

/** How `filter` writes `id`: a space inside a tag as `_` (the bundle reads it so, src/controllers/find-controller.ts). */
export const token = (id: string): string => id.replaceAll(' ', '_');

/**
 * The filter row's toggles: the document's groups, or without groups its tags, the `TAG_CAP`
 * most used (ties in the order they first appear), shown in that order.
 */
export function facetsOf(doc: TimelineDocument): Facet[] {
  if (doc.groups.length) return doc.groups.map(({ id, label }) => ({ id, label }));
  const counts = new Map<string, number>();
  for (const event of doc.events) for (const tag of event.tags) counts.set(tag, (counts.get(tag) ?? 0) + 1);
  // Map keeps first appearance; sort is stable.
  return [...counts].sort((a, b) => b[1] - a[1]).slice(0, TAG_CAP).map(([tag]) => ({ id: tag, label: tag }));
}

/**
 * `text` folded for finding: lower case in `locale`, then accents (combining marks) dropped. In
 * that order, so Turkish "İstanbul" folds to "istanbul" (its dot is the case, not an accent).
 */
export function fold(text: string, locale: string): string {
  return text.toLocaleLowerCase(locale).normalize('NFD').replace(/\p{M}/gu, '');
}

const folded = new WeakMap<TimelineEvent, readonly [locale: string, text: string]>();

/**
 * The events whose title or summary holds `query` (case- and accent-insensitive in `locale`), in
 * the order given. An empty query matches nothing. Each event's text is folded once per locale.
 */
export function matchesOf(events: readonly TimelineEvent[], query: string, locale: string): TimelineEvent[] {
  const wanted = fold(query.trim(), locale);
  if (!wanted) return [];
  return events.filter((event) => {
    let known = folded.get(event);
    if (known?.[0] !== locale) folded.set(event, (known = [locale, fold(`${event.title}\n${event.summary ?? ''}`, locale)]));
    return known[1].includes(wanted);
  });
}
