import type { TimelineProblem } from '../document/types.js';
import { quoteText } from '../document/quote-text.js';

// Knight Lab TimelineJS's Google-Sheets template, exported as CSV (or TSV), read into rows
// keyed by column name, then into TimelineJS's JSON shape. RFC 4180: quoted fields may hold
// the separator, doubled quotes and newlines.

/** The template's columns, in its order (TimelineJS's ConfigFactory reads these names). */
export const SHEET_COLUMNS = [
  'Year', 'Month', 'Day', 'Time', 'End Year', 'End Month', 'End Day', 'End Time', 'Display Date', 'Headline',
  'Text', 'Media', 'Media Credit', 'Media Caption', 'Media Thumbnail', 'Type', 'Group', 'Background',
] as const;

/** Columns TimelineJS reads beyond the template's (ConfigFactory.js): an alt text, and "Tag", older sheets' "Group". */
const EXTRA_COLUMNS = ['Alt Text', 'Tag'] as const;

/** A column TimelineJS reads from its sheet. */
export type SheetColumn = (typeof SHEET_COLUMNS)[number] | (typeof EXTRA_COLUMNS)[number];
type Row = Partial<Record<SheetColumn, string>>;

/** One record of a sheet: its fields, and the 1-based line of the text where it starts. */
export interface CsvRecord {
  readonly cells: string[];
  readonly line: number;
}

/**
 * Every record of a CSV text, blank ones too (a spreadsheet counts them as rows), with the
 * line it starts on: a quoted field with line breaks makes one record span several lines.
 */
export function csvRecordLines(text: string, separator = ','): CsvRecord[] {
  const records: CsvRecord[] = [];
  let cells: string[] = [];
  let field = '';
  let quoted = false;
  let line = 1;
  let start = 1;
  for (let i = 0; i < text.length; i += 1) {
    const char = text[i];
    if (char === '\n' || (char === '\r' && text[i + 1] !== '\n')) line += 1;
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        field += '"';
        i += 1;
      } else if (char === '"') {
        quoted = false;
      } else {
        field += char;
      }
    } else if (char === '"') {
      quoted = true;
    } else if (char === separator) {
      cells.push(field);
      field = '';
    } else if (char === '\n' || char === '\r') {
      if (char === '\r' && text[i + 1] === '\n') {
        i += 1;
        line += 1;
      }
      cells.push(field);
      records.push({ cells, line: start });
      cells = [];
      field = '';
      start = line;
    } else {
      field += char;
    }
  }
  if (field !== '' || cells.length > 0) {
    cells.push(field);
    records.push({ cells, line: start });
  }
  return records;
}

const isBlank = (cells: readonly string[]) => cells.every((cell) => cell.trim() === '');

/** Rows of a CSV text as arrays of fields, blank rows left out; `separator` is "," or a tab. */
export function parseCsv(text: string, separator = ','): string[][] {
  return csvRecordLines(text, separator).flatMap(({ cells }) => (isBlank(cells) ? [] : [cells]));
}

/** A tab-separated sheet when its first line has tabs and no commas. */
function separatorOf(text: string): string {
  const firstLine = text.slice(0, text.search(/[\r\n]|$/));
  return firstLine.includes('\t') && !firstLine.includes(',') ? '\t' : ',';
}

/** A sheet's row keyed by its trimmed header names, with where it is: `row` counts the header as 1, as a spreadsheet does. */
export interface SheetRecord {
  readonly record: Record<string, string>;
  readonly row: number;
  readonly line: number;
}

/** A sheet: its trimmed header names, where the header is, and its non-blank rows. */
export interface SheetTable {
  readonly names: string[];
  readonly headerLine: number;
  readonly rows: SheetRecord[];
}

/** The sheet's header and rows (CSV or TSV, one byte-order mark dropped). */
export function readSheet(text: string): SheetTable {
  const body = text.replace(/^\uFEFF/, '');
  const all = csvRecordLines(body, separatorOf(body));
  const first = all.findIndex(({ cells }) => !isBlank(cells));
  if (first === -1) return { names: [], headerLine: 1, rows: [] };
  const names = all[first].cells.map((name) => name.trim());
  const rows = all.slice(first + 1).flatMap(({ cells, line }, i) =>
    isBlank(cells) ? [] : [{ record: Object.fromEntries(names.map((name, j) => [name, (cells[j] ?? '').trim()])), row: i + 2, line }],
  );
  return { names, headerLine: all[first].line, rows };
}

/** The sheet's rows as records keyed by its trimmed header row ("Year", "Headline", …). */
export function csvRecords(text: string): Record<string, string>[] {
  return readSheet(text).rows.map(({ record }) => record);
}

/** "13:45", "13:45:30" or "1:45 PM" from the sheet's Time column into hour, minute and second. */
function sheetTime(time: string): { hour?: number; minute?: number; second?: number } {
  const match = /^(\d{1,2})(?::(\d{2}))?(?::(\d{2}))?\s*(am|pm)?$/i.exec(time.trim());
  if (!match) return {};
  let hour = Number(match[1]);
  const meridiem = match[4]?.toLowerCase();
  if (meridiem === 'pm' && hour < 12) hour += 12;
  if (meridiem === 'am' && hour === 12) hour = 0;
  return { hour, minute: Number(match[2] ?? 0), ...(match[3] === undefined ? {} : { second: Number(match[3]) }) };
}

const MAX_LISTED = 8;

/** The template's column names as the sheet spells them; undefined (with a fatal problem) when it is not the template. */
function templateColumns(found: readonly string[], problems: TimelineProblem[]): Map<string, SheetColumn> | undefined {
  const canonical = new Map<string, SheetColumn>([...SHEET_COLUMNS, ...EXTRA_COLUMNS].map((name) => [name.toLowerCase(), name]));
  const known = new Map(found.flatMap((name) => (canonical.has(name.toLowerCase()) ? [[name, canonical.get(name.toLowerCase())!]] : [])));
  if (![...known.values()].includes('Year') || ![...known.values()].includes('Headline')) {
    const listed = found.slice(0, MAX_LISTED).map((name) => quoteText(name, 30)).join(', ');
    const more = found.length > MAX_LISTED ? ` and ${found.length - MAX_LISTED} more` : '';
    const message = `These columns are not TimelineJS's spreadsheet template (found ${listed || 'none'}${more}); expected ${SHEET_COLUMNS.join(', ')}, with at least Year and Headline.`;
    problems.push({ path: '', severity: 'fatal', message });
    return undefined;
  }
  const unknown = found.filter((name) => name !== '' && !known.has(name));
  if (unknown.length > 0) {
    const listed = unknown.slice(0, MAX_LISTED).map((name) => quoteText(name, 30)).join(', ');
    const more = unknown.length > MAX_LISTED ? ` and ${unknown.length - MAX_LISTED} more` : '';
    problems.push({ path: '', severity: 'warning', message: `The sheet's ${unknown.length === 1 ? `column ${listed} is` : `columns ${listed}${more} are`} not part of TimelineJS's template, so ${unknown.length === 1 ? 'it was' : 'they were'} ignored.` });
  }
  return known;
}

/** Where a sheet's slides came from, so that a problem at `events[3].start_date.month` can name its row and column. */
export interface SheetOrigin {
  readonly headerLine: number;
  /** The sheet row of each slide in `events`, in order. */
  readonly slideRows: readonly SheetRecord[];
  readonly titleRow?: SheetRecord;
  /** Each template column present, as the sheet's header spells it ("month" for Month). */
  readonly columns: ReadonlyMap<SheetColumn, string>;
}

/** The sheet template as TimelineJS's JSON shape, and where each slide came from; undefined (with a fatal problem) for other sheets. */
export function readTemplateSheet(table: SheetTable, problems: TimelineProblem[] = []): { data: Record<string, unknown>; origin: SheetOrigin } | undefined {
  const known = templateColumns(table.names, problems);
  if (!known) return undefined;
  const slides: Record<string, unknown>[] = [];
  const slideRows: SheetRecord[] = [];
  const eras: Record<string, unknown>[] = [];
  let title: Record<string, unknown> | undefined;
  let titleRow: SheetRecord | undefined;
  for (const sheetRow of table.rows) {
    const row: Row = Object.fromEntries([...known].map(([name, column]) => [column, sheetRow.record[name]]));
    const slide = {
      start_date: { year: row.Year, month: row.Month, day: row.Day, ...sheetTime(row.Time ?? '') },
      end_date: row['End Year'] ? { year: row['End Year'], month: row['End Month'], day: row['End Day'], ...sheetTime(row['End Time'] ?? '') } : undefined,
      display_date: row['Display Date'] || undefined,
      text: { headline: row.Headline, text: row.Text },
      media: row.Media ? { url: row.Media, alt: row['Alt Text'] || undefined, caption: row['Media Caption'], credit: row['Media Credit'], thumbnail: row['Media Thumbnail'] || undefined } : undefined,
      group: row.Group || row.Tag || undefined,
      background: row.Background || undefined,
    };
    const type = (row.Type ?? '').toLowerCase();
    if (type === 'title') [title, titleRow] = [slide, sheetRow];
    else if (type === 'era') eras.push(slide);
    else {
      slides.push(slide);
      slideRows.push(sheetRow);
    }
  }
  const columns = new Map([...known].map(([name, column]) => [column, name]));
  const data = { title, events: slides, ...(eras.length > 0 ? { eras } : {}) };
  return { data, origin: { headerLine: table.headerLine, slideRows, titleRow, columns } };
}

/** The sheet template's columns, as TimelineJS's own JSON shape: `{ title, events, eras }`; undefined (with a fatal problem) for other sheets. */
export function sheetToTimelineJS(csv: string, problems: TimelineProblem[] = []): Record<string, unknown> | undefined {
  return readTemplateSheet(readSheet(csv), problems)?.data;
}
