import type { TimelineProblem } from '../document/types.js';
import { parseTimelineDocument } from '../document/parse.js';
import { isRecord, own } from '../document/json-values.js';
import { eventName } from '../document/problems.js';
import { convertTimelineJS } from '../import/timelinejs.js';
import { readSheet, readTemplateSheet, SHEET_COLUMNS, type SheetTable } from '../import/timelinejs-csv.js';
import { isSimpleSheet, SIMPLE_COLUMNS, SIMPLE_FIELD_COLUMNS, simpleSheetToDocument } from './simple-sheet.js';
import { EVENT_FIELD_COLUMNS, locateHeaderProblem, locateSheetProblem, SLIDE_FIELD_COLUMNS, type LocatedProblem } from './sheet-problems.js';
import { jsonLineFinder } from './json-lines.js';

// Every way a producer's text comes in (a TimelineJS sheet, our simple sheet, TimelineJS3
// JSON, our JSON) to one document and its problems, named where the producer can find them.

export type InputKind = 'timelinejs-sheet' | 'simple-sheet' | 'timelinejs-json' | 'document-json';

export interface InputProblem {
  readonly severity: 'fatal' | 'error' | 'warning';
  /** Producer-facing, bounded: "Row 6, Month: …". */
  readonly message: string;
  /** The JSON path the parser or importer gave (events[4].start_date.month). */
  readonly path: string;
  /** Sheets only: the spreadsheet row, the header being row 1, so the first event is row 2. */
  readonly row?: number;
  /** Sheets only: the column's name as in the sheet's header ("Month"). */
  readonly column?: string;
  /** Sheets only: the cell's text, bounded. */
  readonly value?: string;
  /** 1-based line of the input text where the problem's row (or JSON value) starts. */
  readonly line?: number;
}

export interface InputResult {
  /** What the text was read as; undefined when it is none of them (a fatal problem then says what was expected). */
  readonly kind: InputKind | undefined;
  /** A version-1 document with every valid event (undefined when nothing could be read). */
  readonly document: Record<string, unknown> | undefined;
  readonly problems: readonly InputProblem[];
}

const EXPECTED =
  `Expected a spreadsheet as CSV or TSV, with TimelineJS's template columns (${SHEET_COLUMNS.join(', ')}; at least Year and Headline) ` +
  `or our simple columns (${SIMPLE_COLUMNS.join(', ')}; at least Date and Title), or TimelineJS3 JSON, or a news-timeline JSON document.`;

function unreadable(message: string, line?: number): InputResult {
  return { kind: undefined, document: undefined, problems: [{ severity: 'fatal', path: '', message: `${message} ${EXPECTED}`, ...(line ? { line } : {}) }] };
}

/** How the parser names `document.events[index]` in its messages. */
function namer(document: Record<string, unknown>): (index: number) => string {
  const events = own(document, 'events');
  return (index) => eventName(index, Array.isArray(events) ? events[index] : undefined);
}

/** The document without the events the parser left out (it reports those as errors at `events[i]…`), or undefined when it is fatal. */
function validDocument(document: Record<string, unknown>, problems: readonly TimelineProblem[]): Record<string, unknown> | undefined {
  if (problems.some((problem) => problem.severity === 'fatal')) return undefined;
  const events = own(document, 'events');
  if (!Array.isArray(events)) return document;
  const leftOut = new Set(problems.flatMap(({ severity, path }) => (severity === 'error' ? [/^events\[(\d+)\]/.exec(path)?.[1]] : [])).map(Number));
  return leftOut.size === 0 ? document : { ...document, events: events.filter((_, i) => !leftOut.has(i)) };
}

function readTimelineJSSheet(table: SheetTable): InputResult {
  const sheetProblems: TimelineProblem[] = [];
  const sheet = readTemplateSheet(table, sheetProblems)!;
  const { origin } = sheet;
  const converted = convertTimelineJS(sheet.data);
  const checked = parseTimelineDocument(converted.document).problems;
  const slideRow = (index: number) => origin.slideRows[index];
  const place = { headerLine: origin.headerLine, columns: origin.columns };
  const problems = [
    ...sheetProblems.map((problem) => locateHeaderProblem(problem, origin.headerLine)),
    ...converted.problems.map((problem) => locateSheetProblem(problem, place, slideRow, SLIDE_FIELD_COLUMNS, origin.titleRow)),
    ...checked.map((problem) => locateSheetProblem(problem, place, (index) => slideRow(converted.slideIndexes[index] ?? -1), EVENT_FIELD_COLUMNS, undefined, namer(converted.document))),
  ];
  return { kind: 'timelinejs-sheet', document: validDocument(converted.document, checked), problems };
}

function readSimpleSheet(table: SheetTable): InputResult {
  const sheet = simpleSheetToDocument(table);
  const checked = parseTimelineDocument(sheet.document).problems;
  const place = { headerLine: table.headerLine, columns: sheet.columns };
  const problems: LocatedProblem[] = [...sheet.problems, ...checked].map((problem) =>
    // Reading the cells names only the header by "": the parser's "" is the document as a whole.
    sheet.problems.includes(problem) && problem.path === ''
      ? locateHeaderProblem(problem, table.headerLine)
      : locateSheetProblem(problem, place, (index) => sheet.rows[index], SIMPLE_FIELD_COLUMNS, undefined, namer(sheet.document)),
  );
  return { kind: 'simple-sheet', document: validDocument(sheet.document, checked), problems };
}

/** TimelineJS3 JSON has slides with a `start_date`, or a title slide; anything else with `events` or `version` is ours. */
function isTimelineJS(data: Record<string, unknown>): boolean {
  if (own(data, 'version') !== undefined) return false;
  const events = own(data, 'events');
  if (Array.isArray(events)) return events.some((event) => isRecord(event) && (own(event, 'start_date') !== undefined || isRecord(own(event, 'text'))));
  return isRecord(own(data, 'title'));
}

function withLines(text: string, problems: readonly TimelineProblem[]): InputProblem[] {
  const lineOf = jsonLineFinder(text);
  return problems.map((problem) => {
    const line = problem.path === '' ? undefined : lineOf(problem.path);
    return line === undefined ? problem : { ...problem, line };
  });
}

function readJson(text: string): InputResult {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    const position = /position (\d+)/.exec(reason)?.[1];
    const line = /line (\d+)/.exec(reason)?.[1] ?? (position === undefined ? undefined : text.slice(0, Number(position)).split('\n').length);
    return unreadable(`This looks like JSON but is not valid JSON (${reason.slice(0, 200)}).`, line === undefined ? undefined : Number(line));
  }
  if (!isRecord(data) || (own(data, 'events') === undefined && own(data, 'version') === undefined && !isTimelineJS(data))) {
    return unreadable('This JSON is neither a news-timeline document nor TimelineJS3 JSON (an object with "events").');
  }
  if (isTimelineJS(data)) {
    const converted = convertTimelineJS(data);
    const checked = parseTimelineDocument(converted.document).problems;
    // The parser's paths are into the converted document, not the text: they get no line.
    const problems = [...withLines(text, converted.problems), ...checked];
    return { kind: 'timelinejs-json', document: validDocument(converted.document, checked), problems };
  }
  const { problems } = parseTimelineDocument(data);
  return { kind: 'document-json', document: validDocument(data, problems), problems: withLines(text, problems) };
}

/** Reads what a producer pasted or opened into a document, with every problem placed where they can find it. */
export function readTimelineInput(text: string): InputResult {
  const body = text.replace(/^\uFEFF/, '');
  if (body.trim() === '') return unreadable('There is nothing to read yet.');
  if (/^\s*[{[]/.test(body)) return readJson(body);
  const table = readSheet(body);
  const headers = new Set(table.names.map((name) => name.toLowerCase()));
  if (headers.has('year') && headers.has('headline')) return readTimelineJSSheet(table);
  if (isSimpleSheet(table.names)) return readSimpleSheet(table);
  const found = table.names.slice(0, 8).map((name) => JSON.stringify(name.slice(0, 30))).join(', ');
  return unreadable(`The first row's columns (${found}${table.names.length > 8 ? ', …' : ''}) are not a template this page reads.`, table.headerLine);
}
