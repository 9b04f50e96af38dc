// The address fragment that permalinked timelines share: `#<key>=<event id>` pairs joined by
// `&`, both parts percent-encoded. Pure string functions, so the engine, the embed and their
// tests agree on one reading.

/** A fragment's `&`-separated parts, without the `#` and without empty parts. */
function partsOf(fragment: string): string[] {
  return (fragment.startsWith('#') ? fragment.slice(1) : fragment).split('&').filter(Boolean);
}

/** A part's decoded key and value, or undefined for a part that is no well-formed pair. */
function pairOf(part: string): [string, string] | undefined {
  const at = part.indexOf('=');
  if (at < 0) return undefined;
  try {
    return [decodeURIComponent(part.slice(0, at)), decodeURIComponent(part.slice(at + 1))];
  } catch {
    return undefined; // a stray "%": someone else's text, kept as written
  }
}

/** `key=id`, percent-encoded; undefined when `id` cannot be in an address (a lone surrogate). */
export function encodePair(key: string, id: string): string | undefined {
  try {
    return `${encodeURIComponent(key)}=${encodeURIComponent(id)}`;
  } catch {
    return undefined;
  }
}

/** The event id that `fragment` (with or without `#`) holds for `key`, or undefined. */
export function eventInFragment(fragment: string, key: string): string | undefined {
  for (const part of partsOf(fragment)) {
    const pair = pairOf(part);
    if (pair?.[0] === key) return pair[1];
  }
  return undefined;
}

/**
 * `fragment` with `key`'s pair set to `id`, or removed for null: `#…`, or '' when nothing is
 * left. Other parts keep their text and order; the pair keeps its place. A fragment with no
 * `=` at all is the page's own anchor (`#section`): kept while there is no pair to write,
 * replaced by the pair when there is (an address points at one place).
 */
export function withEventInFragment(fragment: string, key: string, id: string | null): string {
  const parts = partsOf(fragment);
  const anchor = parts.length > 0 && !parts.some((part) => part.includes('='));
  const pair = id === null ? undefined : encodePair(key, id);
  if (anchor && !pair) return fragment ? `#${parts.join('&')}` : '';
  const kept: string[] = [];
  let placed = false;
  for (const part of anchor ? [] : parts) {
    const mine = pairOf(part)?.[0] === key;
    if (!mine) kept.push(part);
    else if (pair && !placed) kept.push(pair); // a second pair for the same key goes
    placed ||= mine;
  }
  if (pair && !placed) kept.push(pair);
  return kept.length ? `#${kept.join('&')}` : '';
}
