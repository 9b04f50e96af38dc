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

type Column = (typeof SHEET_COLUMNS)[number] | (typeof EXTRA_COLUMNS)[number];
type Row = Partial<Record<Column, string>>;

/** Rows of a CSV text as arrays of fields; `separator` is "," or a tab. */
export function parseCsv(text: string, separator = ','): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const char = text[i];
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
      row.push(field);
      field = '';
    } else if (char === '\n' || char === '\r') {
      if (char === '\r' && text[i + 1] === '\n') i += 1;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else {
      field += char;
    }
  }
  if (field !== '' || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows.filter((cells) => cells.some((cell) => cell.trim() !== ''));
}

/** A tab-separated sheet when its first line has tabs and no commas. */
function separatorOf(text: string): string {
  const firstLine = text.slice(0, text.search(/[\r\n]|$/));
  return firstLine.includes('\t') && !firstLine.includes(',') ? '\t' : ',';
}

/** The sheet's trimmed header names, and its rows as records keyed by them. */
function csvTable(text: string): { names: string[]; records: Record<string, string>[] } {
  const body = text.replace(/^\uFEFF/, '');
  const [header = [], ...rows] = parseCsv(body, separatorOf(body));
  const names = header.map((name) => name.trim());
  return { names, records: rows.map((cells) => Object.fromEntries(names.map((name, i) => [name, (cells[i] ?? '').trim()]))) };
}

/** The sheet's rows as records keyed by its trimmed header row ("Year", "Headline", …). */
export function csvRecords(text: string): Record<string, string>[] {
  return csvTable(text).records;
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

/** The row keyed by the template's own names, read case-insensitively; undefined when it is not the template. */
function templateRows({ names: found, records }: ReturnType<typeof csvTable>, problems: TimelineProblem[]): Row[] | undefined {
  const canonical = new Map<string, Column>([...SHEET_COLUMNS, ...EXTRA_COLUMNS].map((name) => [name.toLowerCase(), name]));
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
  return records.map((record) => Object.fromEntries([...known].map(([name, column]) => [column, record[name]])));
}

/** The sheet template's columns, as TimelineJS's own JSON shape: `{ title, events, eras }`; undefined (with a fatal problem) for other sheets. */
export function sheetToTimelineJS(csv: string, problems: TimelineProblem[] = []): Record<string, unknown> | undefined {
  const rows = templateRows(csvTable(csv), problems);
  if (!rows) return undefined;
  const slides: Record<string, unknown>[] = [];
  const eras: Record<string, unknown>[] = [];
  let title: Record<string, unknown> | undefined;
  for (const row of rows) {
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
    if (type === 'title') title = slide;
    else if (type === 'era') eras.push(slide);
    else slides.push(slide);
  }
  return { title, events: slides, ...(eras.length > 0 ? { eras } : {}) };
}
