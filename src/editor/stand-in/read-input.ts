import { convertTimelineJS } from '../../core/import/timelinejs.js';
import { csvRecords } from '../../core/import/timelinejs-csv.js';
import { parseTimelineDocument } from '../../core/document/parse.js';
import type { TimelineProblem } from '../../core/document/types.js';

// Stand-in for src/core/authoring/read-input.ts (issue 20's contract) until it lands: the
// existing TimelineJS converter and document parser, with sheet problems put on their row.

export type InputKind = 'timelinejs-sheet' | 'simple-sheet' | 'timelinejs-json' | 'document-json';
export interface InputProblem {
  readonly severity: 'fatal' | 'error' | 'warning';
  readonly message: string;
  readonly path: string;
  readonly row?: number;
  readonly column?: string;
  readonly value?: string;
  readonly line?: number;
}
export interface InputResult {
  readonly kind: InputKind | undefined;
  readonly document: Record<string, unknown> | undefined;
  readonly problems: readonly InputProblem[];
}

/** The template's column for a slide's JSON path (after `events[i].`). */
const COLUMNS: [RegExp, string][] = [
  [/^start_date\.year/, 'Year'], [/^start_date\.month/, 'Month'], [/^start_date\.day/, 'Day'], [/^start_date\.(hour|minute|second)/, 'Time'],
  [/^end_date\.year/, 'End Year'], [/^end_date\.month/, 'End Month'], [/^end_date\.day/, 'End Day'], [/^end_date\.(hour|minute|second)/, 'End Time'],
  [/^start_date/, 'Year'], [/^end_date/, 'End Year'], [/^display_date/, 'Display Date'], [/^text\.headline/, 'Headline'], [/^text\.text/, 'Text'],
  [/^media\.credit/, 'Media Credit'], [/^media\.caption/, 'Media Caption'], [/^media\.thumbnail/, 'Media Thumbnail'], [/^media/, 'Media'],
  [/^group/, 'Group'], [/^background/, 'Background'],
];

/** The 1-based line each non-blank CSV record starts on (quoted fields may span lines). */
function recordLines(text: string): number[] {
  const lines: number[] = [];
  let line = 1;
  let start = 1;
  let quoted = false;
  let content = false;
  for (let i = 0; i <= text.length; i += 1) {
    const char = text[i];
    if (char === '"') quoted = !quoted;
    if (i === text.length || (!quoted && (char === '\n' || (char === '\r' && text[i + 1] !== '\n')))) {
      if (content) lines.push(start);
      content = false;
      start = line + 1;
    } else if (char !== undefined && !/[\s,]/.test(char)) {
      content = true;
    }
    if (char === '\n' || (char === '\r' && text[i + 1] !== '\n')) line += 1;
  }
  return lines;
}

const cellOf = (record: Record<string, string>, column: string): string | undefined =>
  Object.entries(record).find(([name]) => name.toLowerCase() === column.toLowerCase())?.[1];

/** The sheet's problems with their row, column, cell and line. */
function sheetProblems(text: string, problems: readonly TimelineProblem[]): InputProblem[] {
  const records = csvRecords(text);
  const lines = recordLines(text.replace(/^\uFEFF/, ''));
  const typeOf = (record: Record<string, string>) => (cellOf(record, 'Type') ?? '').toLowerCase();
  const eventRecords = records.flatMap((record, i) => (typeOf(record) === 'title' || typeOf(record) === 'era' ? [] : [i]));
  const titleRecord = records.findIndex((record) => typeOf(record) === 'title');
  return problems.map((problem) => {
    const event = /^events\[(\d+)\]\.?(.*)$/.exec(problem.path);
    const inTitle = problem.path.startsWith('title') && titleRecord >= 0;
    if (!event && !inTitle) return problem;
    const index = event ? eventRecords[Number(event[1])] : titleRecord;
    const field = event ? event[2] : problem.path.slice(6);
    if (index === undefined) return problem;
    const row = index + 2;
    const column = COLUMNS.find(([pattern]) => pattern.test(field ?? ''))?.[1];
    const value = column === undefined ? undefined : cellOf(records[index], column);
    const where = column ? `Row ${row}, ${column}` : `Row ${row}`;
    const message = `${where}: ${problem.message.replace(/^events\[\d+\](\.[\w.]+)?:? ?/, '')}`;
    return { ...problem, message, row, line: lines[index + 1], ...(column ? { column } : {}), ...(value ? { value: value.slice(0, 80) } : {}) };
  });
}

/** What `text` is and the document in it, every problem on its row where it has one. */
export function readTimelineInput(text: string): InputResult {
  const trimmed = text.replace(/^\uFEFF/, '').trim();
  if (trimmed === '') return { kind: undefined, document: undefined, problems: [] };
  if (/^[{[]/.test(trimmed)) {
    let json: unknown;
    try {
      json = JSON.parse(trimmed);
    } catch (error) {
      const message = `This looks like JSON but is not valid JSON: ${error instanceof Error ? error.message : String(error)}`;
      return { kind: undefined, document: undefined, problems: [{ severity: 'fatal', message, path: '' }] };
    }
    const events = (json as { events?: unknown }).events;
    const isOurs = typeof json === 'object' && json !== null && ('version' in json || (Array.isArray(events) && events.some((event) => typeof event === 'object' && event !== null && 'date' in event)));
    if (isOurs) {
      const parsed = parseTimelineDocument(json);
      return { kind: 'document-json', document: parsed.document ? (json as Record<string, unknown>) : undefined, problems: parsed.problems };
    }
    const converted = convertTimelineJS(json);
    return { kind: 'timelinejs-json', document: converted.document, problems: converted.problems };
  }
  const converted = convertTimelineJS(trimmed);
  if (converted.problems.some((problem) => problem.severity === 'fatal')) {
    return { kind: undefined, document: undefined, problems: converted.problems };
  }
  return { kind: 'timelinejs-sheet', document: converted.document, problems: sheetProblems(text, converted.problems) };
}
