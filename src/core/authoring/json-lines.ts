// The line of a JSON text where the value at a path (`events[3].date`) starts, so that a
// problem can put the cursor there. A small scan of valid JSON (JSON.parse has read it
// already): it walks to the path, skipping the values before it, and never builds them.
// Where each value it passed starts is remembered, so a thousand problems in a 2 MB file
// cost one walk of the file plus one of each problem's event, not a thousand walks.

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

/** How far the walk through one object or array got: the next member's index and where it starts. */
interface Frontier {
  index: number;
  offset: number;
}

/**
 * The index where the value of `key` starts inside the object or array starting at `at`, or
 * -1. The walk resumes at `frontier` and moves it on; `passed(key, start)` is told where each
 * member it walks past or to starts.
 */
function childStart(text: string, at: number, key: Key, frontier: Frontier, passed: (key: Key, start: number) => void): number {
  if (frontier.offset === 0) {
    if (text[at] !== (typeof key === 'number' ? '[' : '{')) return -1;
    frontier.offset = skipSpace(text, at + 1);
  }
  let i = frontier.offset;
  while (i < text.length && text[i] !== '}' && text[i] !== ']') {
    let name: Key = frontier.index;
    if (text[i] === '"' && text[at] === '{') {
      const end = skipString(text, i);
      name = JSON.parse(text.slice(i, end)) as string;
      i = skipSpace(text, skipSpace(text, end) + 1); // past the colon
    }
    const start = i;
    passed(name, start);
    i = skipSpace(text, skipValue(text, i));
    if (text[i] === ',') i = skipSpace(text, i + 1);
    frontier.index += 1;
    frontier.offset = i;
    if (name === key) return start;
  }
  return -1;
}

/** For the JSON `text`: the 1-based line where the value at a path starts, or undefined when it is not there. */
export function jsonLineFinder(text: string): (path: string) => number | undefined {
  const lineStarts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) lineStarts.push(i + 1);
  // Value starts, and walks through containers, by path: the keys joined by U+0000.
  const starts = new Map<string, number>();
  const frontiers = new Map<string, Frontier>();
  return (path) => {
    const keys = pathKeys(path);
    if (!keys) return undefined;
    let at = skipSpace(text, 0);
    let prefix = '';
    for (const key of keys) {
      const base = prefix;
      prefix = `${base}\u0000${key}`;
      let frontier = frontiers.get(base);
      if (!frontier) frontiers.set(base, (frontier = { index: 0, offset: 0 }));
      at = starts.get(prefix) ?? childStart(text, at, key, frontier, (name, start) => starts.set(`${base}\u0000${name}`, start));
      if (at < 0) return undefined;
    }
    // The last line starting at or before `at`.
    let [low, high] = [0, lineStarts.length - 1];
    while (low < high) {
      const middle = Math.ceil((low + high) / 2);
      if (lineStarts[middle] <= at) low = middle;
      else high = middle - 1;
    }
    return low + 1;
  };
}

/** The 1-based line where the value at `path` starts in the JSON `text`, or undefined when it is not there. */
export function jsonPathLine(text: string, path: string): number | undefined {
  return jsonLineFinder(text)(path);
}
