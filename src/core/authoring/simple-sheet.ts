import type { TimelineProblem } from '../document/types.js';
import type { SheetRecord, SheetTable } from '../import/timelinejs-csv.js';
import { slugify } from '../document/parse-ids.js';
import { quoteText } from '../document/quote-text.js';

// Our own spreadsheet: one row per event, one column per field of the document, so a
// producer needs no manual beyond the header. Cells are text as typed: a leading "=" or
// "@" is part of the words (nothing here evaluates a cell).

/** The simple template's columns, in order. */
export const SIMPLE_COLUMNS: readonly string[] = Object.freeze([
  'Date', 'End', 'Title', 'Summary', 'Group', 'Link', 'Link label', 'Image', 'Image alt', 'Image credit', 'Approximate',
]);

/** A document field each column fills, for naming problems at `events[3].media.alt` by column. */
export const SIMPLE_FIELD_COLUMNS: ReadonlyArray<readonly [RegExp, string]> = [
  [/^date/, 'Date'], [/^end/, 'End'], [/^title/, 'Title'], [/^summary/, 'Summary'], [/^group/, 'Group'],
  [/^links\[\d+\]\.label/, 'Link label'], [/^links/, 'Link'], [/^media\.alt/, 'Image alt'],
  [/^media\.credit/, 'Image credit'], [/^media/, 'Image'], [/^approximate/, 'Approximate'],
];

const TRUE = new Set(['yes', 'y', 'true', 'x', '1', 'c.', 'approximate', 'approx.', '~']);
const FALSE = new Set(['', 'no', 'n', 'false', '0']);

/** One CSV line; a cell with a quote, comma or line break is quoted. */
function csvLine(cells: readonly string[]): string {
  return cells.map((cell) => (/[",\r\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell)).join(',');
}

/** CSV: the header and two example rows from the article timeline. */
export function simpleSheetTemplate(): string {
  const link = 'https://www.independent.co.uk/news/world/africa/isis-preparing-libya-retreat-zone-as-coalition-air-strikes-pound-group-s-strongholds-in-iraq-and-syria-a6757451.html';
  const rows = [
    SIMPLE_COLUMNS,
    ['2014-08', '2015-12', 'US-led coalition bombs Isis in Iraq and Syria',
      'A coalition headed by the United States starts hitting Isis targets from the air in August 2014. By early December 2015 it has flown roughly 8,300 strikes against Isis.',
      'Iraq & Syria', link, 'The Independent, December 2015', '', '', '', ''],
    ['2015', '', 'Isis in Libya swells to thousands of fighters',
      'A senior US Defence Department official, quoted by the New York Times, says the Libyan offshoot has gone from about 200 fighters to some 2,000 since declaring a branch there, and calls the shift "contingency planning". The UN report puts its strength at 2,000–3,000, with help from the parent organisation in Syria and Iraq.',
      'Libya', link, 'The Independent, December 2015', '', '', '', 'yes'],
  ];
  return `${rows.map(csvLine).join('\r\n')}\r\n`;
}

/** The sheet's own spelling of each simple column it has (headers are read case-insensitively). */
export function simpleColumnsOf(names: readonly string[]): Map<string, string> {
  const canonical = new Map(SIMPLE_COLUMNS.map((name) => [name.toLowerCase(), name]));
  return new Map(names.flatMap((name) => (canonical.has(name.toLowerCase()) ? [[canonical.get(name.toLowerCase())!, name]] : [])));
}

/** Whether a header is our simple template: it has at least Date and Title. */
export function isSimpleSheet(names: readonly string[]): boolean {
  const columns = simpleColumnsOf(names);
  return columns.has('Date') && columns.has('Title');
}

export interface SimpleSheetResult {
  /** A version-1 document, one event per row, to be checked by `parseTimelineDocument`. */
  readonly document: Record<string, unknown>;
  /** The sheet row of each event. */
  readonly rows: readonly SheetRecord[];
  /** Each simple column present, as the sheet spells it. */
  readonly columns: ReadonlyMap<string, string>;
  /** What reading the cells found (paths into the document, like the parser's). */
  readonly problems: readonly TimelineProblem[];
}

/** The simple sheet as a document: every row an event, its cells the event's fields, unchecked. */
export function simpleSheetToDocument(table: SheetTable): SimpleSheetResult {
  const columns = simpleColumnsOf(table.names);
  const problems: TimelineProblem[] = [];
  const unknown = table.names.filter((name) => name !== '' && ![...columns.values()].includes(name));
  if (unknown.length > 0) {
    const listed = unknown.slice(0, 8).map((name) => quoteText(name, 30)).join(', ');
    problems.push({ path: '', severity: 'warning', message: `The column(s) ${listed}${unknown.length > 8 ? ` and ${unknown.length - 8} more` : ''} are not among ${SIMPLE_COLUMNS.join(', ')}, so they were ignored.` });
  }
  const groups = new Map<string, string>();
  const events = table.rows.map(({ record }, index) => {
    const cell = (column: string) => record[columns.get(column) ?? ''] ?? '';
    const event: Record<string, unknown> = { date: cell('Date'), title: cell('Title') };
    if (cell('End')) event.end = cell('End');
    if (cell('Summary')) event.summary = cell('Summary');
    const group = cell('Group');
    if (group) {
      if (!groups.has(group)) groups.set(group, slugify(group) || `group-${groups.size + 1}`);
      event.group = groups.get(group);
    }
    if (cell('Link') || cell('Link label')) event.links = [{ url: cell('Link'), label: cell('Link label') || cell('Link') }];
    if (cell('Image')) {
      event.media = { url: cell('Image'), ...(cell('Image alt') ? { alt: cell('Image alt') } : {}), ...(cell('Image credit') ? { credit: cell('Image credit') } : {}) };
    }
    const approximate = cell('Approximate').toLowerCase();
    if (TRUE.has(approximate)) event.approximate = true;
    else if (!FALSE.has(approximate)) {
      const message = `Approximate ${quoteText(cell('Approximate'))} is neither "yes" nor empty, so the date is taken as exact.`;
      problems.push({ path: `events[${index}].approximate`, severity: 'warning', message });
    }
    return event;
  });
  const document: Record<string, unknown> = { version: 1 };
  if (groups.size > 0) document.groups = [...groups].map(([label, id]) => ({ id, label }));
  document.events = events;
  return { document, rows: table.rows, columns, problems };
}
