import type { TimelineProblem } from '../document/types.js';
import type { SheetRecord } from '../import/timelinejs-csv.js';
import { excerpt } from '../document/quote-text.js';

// A problem named as a producer sees the sheet: "Row 6, Month: …", with the cell's text and
// the line where the row starts. The importer and the parser name JSON paths; this maps a
// path's event to its sheet row and its field to the column that filled it.

/** Longest cell text a problem carries. */
const MAX_VALUE = 100;

/** A problem of the input, placed in the sheet when it came from one. */
export interface LocatedProblem extends TimelineProblem {
  readonly row?: number;
  readonly column?: string;
  readonly value?: string;
  readonly line?: number;
}

/** Which column fills a field: the first pattern matching the path below the event wins. */
export type FieldColumns = ReadonlyArray<readonly [RegExp, string]>;

/** TimelineJS slide fields (the importer's paths) → the template's columns. */
export const SLIDE_FIELD_COLUMNS: FieldColumns = [
  [/^start_date\.year/, 'Year'], [/^start_date\.month/, 'Month'], [/^start_date\.day/, 'Day'],
  [/^start_date\.(hour|minute|second)/, 'Time'], [/^start_date$/, 'Year'],
  [/^end_date\.year/, 'End Year'], [/^end_date\.month/, 'End Month'], [/^end_date\.day/, 'End Day'],
  [/^end_date\.(hour|minute|second)/, 'End Time'], [/^end_date$/, 'End Year'],
  [/^display_date/, 'Display Date'], [/^text\.headline/, 'Headline'], [/^text/, 'Text'],
  [/^media\.credit/, 'Media Credit'], [/^media\.caption/, 'Media Caption'], [/^media\.thumbnail/, 'Media Thumbnail'],
  [/^media\.alt/, 'Alt Text'], [/^media/, 'Media'], [/^group/, 'Group'], [/^background/, 'Background'],
];

/** Fields of a converted event (the parser's paths) → the template's columns. */
export const EVENT_FIELD_COLUMNS: FieldColumns = [
  [/^date/, 'Year'], [/^end/, 'End Year'], [/^title/, 'Headline'], [/^(summary|links)/, 'Text'],
  [/^media\.alt/, 'Alt Text'], [/^media\.credit/, 'Media Credit'], [/^media/, 'Media'], [/^group/, 'Group'],
];

/** Where the sheet's rows are: the header's line, and each column's name as the sheet spells it. */
export interface SheetPlace {
  readonly headerLine: number;
  readonly columns: ReadonlyMap<string, string>;
}

/** The paths of dates and of whole parts of a slide: a message about one speaks of its row, not of a cell. */
const ROW_SUBJECT = /(^(events\[\d+\]|title)|\.(start_date|end_date|text|media))$/;

/**
 * The message without the JSON path or event name (`Event 3 ("Vote")`) it starts with,
 * which the row number replaces; the words it was the subject of get "This cell" or "This row".
 */
function messageWithoutPath(whole: string, name: string | undefined): string {
  // An event left out is a row left out, to someone looking at the sheet.
  const message = whole.replace(/It is left out\.$/, 'This row is left out.').replace(/so the event is left out\.$/, 'so this row is left out.');
  const match = name !== undefined && message.startsWith(name) ? [name] : /^(?:events\[\d+\]|title)(?:\.[A-Za-z_]+)*/.exec(message);
  if (!match) return message;
  const rest = message.slice(match[0].length);
  if (rest.startsWith(': ')) return rest.charAt(2).toUpperCase() + rest.slice(3);
  return `${ROW_SUBJECT.test(match[0]) || match[0] === name ? 'This row' : 'This cell'}${rest}`;
}

/** The column a field below an event came from, by the sheet's own spelling (a time-zone note is about the Time cell). */
function columnOf(field: string, message: string, fields: FieldColumns, place: SheetPlace): string | undefined {
  let column = fields.find(([pattern]) => pattern.test(field))?.[1];
  if (/^(start|end)_date$/.test(field) && /time zone/.test(message)) column = field === 'start_date' ? 'Time' : 'End Time';
  if (column === 'Group' && !place.columns.has('Group')) column = 'Tag';
  return column === undefined ? undefined : place.columns.get(column);
}

/** A problem of the sheet's header (its columns): row 1. */
export function locateHeaderProblem(problem: TimelineProblem, headerLine: number): LocatedProblem {
  return { ...problem, row: 1, line: headerLine, message: `Row 1 (the header): ${problem.message}` };
}

/**
 * `problem` placed in the sheet: `rowOf(index)` is the sheet row of the event at `events[index]`
 * (undefined when there is none), `fields` the columns its fields come from. Others (eras,
 * the document as a whole) keep their message as it is.
 * `nameOf(index)`: how the parser named that event in its messages, if it did.
 */
export function locateSheetProblem(
  problem: TimelineProblem,
  place: SheetPlace,
  rowOf: (index: number) => SheetRecord | undefined,
  fields: FieldColumns,
  titleRow?: SheetRecord,
  nameOf?: (index: number) => string,
): LocatedProblem {
  const match = /^(?:events\[(\d+)\]|(title))(?:\.(.*))?$/.exec(problem.path);
  const origin = match ? (match[2] ? titleRow : rowOf(Number(match[1]))) : undefined;
  if (!match || !origin) return problem;
  const field = match[2] ? (match[3] ?? 'text.headline').replace(/^text$/, 'text.text') : (match[3] ?? '');
  const column = columnOf(field, problem.message, fields, place);
  const cell = column === undefined ? undefined : origin.record[column];
  const value = cell === undefined ? undefined : cell.length > MAX_VALUE ? `${excerpt(cell, MAX_VALUE - 1)}…` : cell;
  const where = column === undefined ? `Row ${origin.row}` : `Row ${origin.row}, ${column}`;
  return { ...problem, message: `${where}: ${messageWithoutPath(problem.message, match[1] === undefined ? undefined : nameOf?.(Number(match[1])))}`, row: origin.row, line: origin.line, ...(column === undefined ? {} : { column }), ...(value === undefined ? {} : { value }) };
}
