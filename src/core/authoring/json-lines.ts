// The line of a JSON text where the value at a path (`events[3].date`) starts, so that a
// problem can put the cursor there. A small scan of valid JSON (JSON.parse has read it
// already): it walks to the path, skipping the values before it, and never builds them.

type Key = string | number;

/** `events[3]["a b"].date` → ["events", 3, "a b", "date"]; undefined for a path it cannot read. */
export function pathKeys(path: string): Key[] | undefined {
  const keys: Key[] = [];
  const pattern = /(?:^|\.)([A-Za-z_$][\w$]*)|\[(\d+)\]|\[("(?:[^"\\]|\\.)*")\]/y;
  let at = 0;
  while (at < path.length) {
    pattern.lastIndex = at;
    const match = pattern.exec(path);
    if (!match) return undefined;
    keys.push(match[1] ?? (match[2] !== undefined ? Number(match[2]) : (JSON.parse(match[3]) as string)));
    at = pattern.lastIndex;
  }
  return keys;
}

const SPACE = /[ \t\r\n]/;

function skipSpace(text: string, at: number): number {
  while (at < text.length && SPACE.test(text[at])) at += 1;
  return at;
}

/** The index just after the string starting at `at` (its opening quote). */
function skipString(text: string, at: number): number {
  for (let i = at + 1; i < text.length; i += 1) {
    if (text[i] === '\\') i += 1;
    else if (text[i] === '"') return i + 1;
  }
  return text.length;
}

/** The index just after the value starting at `at`. */
function skipValue(text: string, at: number): number {
  if (text[at] === '"') return skipString(text, at);
  if (text[at] !== '{' && text[at] !== '[') {
    while (at < text.length && !/[,\]}\s]/.test(text[at])) at += 1;
    return at;
  }
  let depth = 0;
  for (let i = at; i < text.length; i += 1) {
    const char = text[i];
    if (char === '"') i = skipString(text, i) - 1;
    else if (char === '{' || char === '[') depth += 1;
    else if ((char === '}' || char === ']') && --depth === 0) return i + 1;
  }
  return text.length;
}

/** The index where the value of `key` starts inside the object or array starting at `at`, or -1. */
function childStart(text: string, at: number, key: Key): number {
  const open = typeof key === 'number' ? '[' : '{';
  if (text[at] !== open) return -1;
  let i = skipSpace(text, at + 1);
  for (let index = 0; i < text.length && text[i] !== '}' && text[i] !== ']'; index += 1) {
    let matches = index === key;
    if (typeof key === 'string') {
      const end = skipString(text, i);
      matches = JSON.parse(text.slice(i, end)) === key;
      i = skipSpace(text, end) + 1; // past the colon
      i = skipSpace(text, i);
    }
    if (matches) return i;
    i = skipSpace(text, skipValue(text, i));
    if (text[i] === ',') i = skipSpace(text, i + 1);
  }
  return -1;
}

/** The 1-based line where the value at `path` starts in the JSON `text`, or undefined when it is not there. */
export function jsonPathLine(text: string, path: string): number | undefined {
  const keys = pathKeys(path);
  if (!keys) return undefined;
  let at = skipSpace(text, 0);
  for (const key of keys) {
    at = childStart(text, at, key);
    if (at < 0) return undefined;
  }
  let line = 1;
  for (let i = 0; i < at; i += 1) if (text[i] === '\n') line += 1;
  return line;
}
