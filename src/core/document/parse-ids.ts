// Event ids: the document's own where it gave them, otherwise made from the date and
// title so that a link such as `selected="2015-12-02-mps-back-air-strikes"` keeps working
// when events are added or reordered.

/** The ids kept events end up with, by position in the list of kept events. */
export interface IdAssignment {
  readonly ids: readonly string[];
  /** Position → position of the earlier event that kept the id this one was given. */
  readonly duplicateOf: ReadonlyMap<number, number>;
}

/** Lower-case words of `text` joined by hyphens, accents dropped, letters of any script kept. */
export function slugify(text: string, maxLength = 48): string {
  const words = text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .normalize('NFC')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word !== '');
  let slug = '';
  for (const word of words) {
    const next = slug === '' ? word : `${slug}-${word}`;
    // Whole words only, so ids stay readable; a single overlong word is cut.
    if (next.length > maxLength) return slug === '' ? word.slice(0, maxLength) : slug;
    slug = next;
  }
  return slug;
}

/** A readable id from an event's date text and title: `2015-12-02-mps-back-air-strikes`. */
export function deriveEventId(dateText: string, title: string): string {
  // Keep the date's leading minus: -0043 (44 BC) and 0043 (AD 43) are different years.
  const datePart = dateText.toLowerCase().replace(/:/g, '');
  const titlePart = slugify(title);
  return titlePart === '' ? datePart : `${datePart}-${titlePart}`;
}

// See docs/performance.md#parser-id-suffixes.
/**
 * `base`, or `base-2`, `base-3`, … whichever is not yet in `taken`; the caller adds it.
 * `next` remembers where each base's search stopped (ids are only added to `taken`).
 */
export function uniqueId(base: string, taken: ReadonlySet<string>, next = new Map<string, number>()): string {
  if (!taken.has(base)) return base;
  let n = next.get(base) ?? 2;
  while (taken.has(`${base}-${n}`)) n += 1;
  next.set(base, n + 1);
  return `${base}-${n}`;
}

/**
 * Unique ids for events in document order, from the ids they were given (undefined: none)
 * and, for the others, `derive(position)`. Given ids win over derived ones; a repeated
 * given id stays with its first event and later ones get a numbered variant of it.
 */
export function assignEventIds(
  givenIds: readonly (string | undefined)[],
  derive: (position: number) => string,
): IdAssignment {
  const positionOf = new Map<string, number>();
  // Backwards, so the first event with an id is the one the map keeps.
  for (let position = givenIds.length - 1; position >= 0; position -= 1) {
    const id = givenIds[position];
    if (id !== undefined) positionOf.set(id, position);
  }
  const duplicateOf = new Map<number, number>();
  // The usual case: every event has its own id, nothing to derive or renumber.
  if (positionOf.size === givenIds.length) return { ids: givenIds as readonly string[], duplicateOf };
  const taken = new Set(positionOf.keys());
  const next = new Map<string, number>();
  const ids = givenIds.map((givenId, position) => {
    if (givenId !== undefined && positionOf.get(givenId) === position) return givenId;
    const id = uniqueId(givenId ?? derive(position), taken, next);
    taken.add(id);
    if (givenId !== undefined) duplicateOf.set(position, positionOf.get(givenId)!);
    return id;
  });
  return { ids, duplicateOf };
}
