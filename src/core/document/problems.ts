import { keyPath } from './json-paths.js';
import { isNonBlankString, isRecord, own } from './json-values.js';
import { QUOTED_LENGTH, quoteText } from './quote-text.js';
import type { ProblemSeverity, TimelineProblem } from './types.js';

// Problems the parser finds. Parsers collect them by appending to a list they are handed;
// that list is the only thing they mutate.

/** Problems found so far, in document order. */
export type ProblemList = TimelineProblem[];

/** Appends one problem to `problems`. */
export function report(problems: ProblemList, severity: ProblemSeverity, path: string, message: string): void {
  problems.push(Object.freeze({ path, message, severity }));
}

/** Warns about every property of `record` outside `known`, which the schema would reject too. */
export function reportUnknownKeys(
  record: Record<string, unknown>,
  known: readonly string[],
  path: string,
  owner: string,
  problems: ProblemList,
): void {
  for (const key of Object.keys(record)) {
    if (known.includes(key)) continue;
    // "Title" or " date" are the usual slips; naming the intended field saves a hunt.
    const folded = key.length > QUOTED_LENGTH ? '' : key.trim().toLowerCase();
    const near = known.find((name) => name.toLowerCase() === folded);
    const hint = near === undefined ? '' : ` (did you mean "${near}"?)`;
    report(
      problems,
      'warning',
      keyPath(path, key),
      `${owner}: ${quoteText(key)} is not part of the timeline format, so it is ignored${hint}.`,
    );
  }
}

/** "Event 4", or `Event 4 ("MPs back air strikes")` when the event has a usable title or id. */
export function eventName(index: number, raw: unknown): string {
  const number = `Event ${index + 1}`;
  if (!isRecord(raw)) return number;
  const title = own(raw, 'title');
  if (isNonBlankString(title)) return `${number} (${quoteText(title.trim())})`;
  const id = own(raw, 'id');
  if (isNonBlankString(id)) return `${number} (id ${quoteText(id)})`;
  return number;
}
