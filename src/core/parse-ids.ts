// Event ids: the document's own where it gave them, otherwise made from the date and
// title so that a link such as `selected="2015-12-02-mps-back-air-strikes"` keeps working
// when events are added or reordered.

/** What id assignment needs to know about one kept event. */
export interface IdRequest {
  readonly givenId?: string;
  readonly dateText: string;
  readonly title: string;
}

/** The id an event ends up with; `duplicateOf` is the position (in the requests) of the event that already had its given id. */
export interface IdAssignment {
  readonly id: string;
  readonly duplicateOf?: number;
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

/** `base`, or `base-2`, `base-3`, … whichever is not yet in `taken`. */
export function uniqueId(base: string, taken: ReadonlySet<string>): string {
  if (!taken.has(base)) return base;
  for (let n = 2; ; n += 1) {
    const candidate = `${base}-${n}`;
    if (!taken.has(candidate)) return candidate;
  }
}

/**
 * Unique ids for events in document order. Given ids win over derived ones; a repeated
 * given id stays with its first event and later ones get a numbered variant of it.
 */
export function assignEventIds(requests: readonly IdRequest[]): readonly IdAssignment[] {
  const firstWithId = new Map<string, number>();
  requests.forEach((request, position) => {
    if (request.givenId !== undefined && !firstWithId.has(request.givenId)) firstWithId.set(request.givenId, position);
  });
  // The usual case: every event has its own id, nothing to derive or renumber.
  if (firstWithId.size === requests.length) return requests.map((request) => ({ id: request.givenId! }));
  const taken = new Set(firstWithId.keys());
  return requests.map((request, position) => {
    const { givenId } = request;
    if (givenId !== undefined && firstWithId.get(givenId) === position) return { id: givenId };
    const id = uniqueId(givenId ?? deriveEventId(request.dateText, request.title), taken);
    taken.add(id);
    return givenId === undefined ? { id } : { id, duplicateOf: firstWithId.get(givenId) };
  });
}
