// Knight Lab TimelineJS's Google-Sheets template, exported as CSV, read into rows keyed by
// column name, then into TimelineJS's JSON shape. RFC 4180: quoted fields may hold commas,
// doubled quotes and newlines.

/** Rows of a CSV text as arrays of fields. */
export function parseCsv(text: string): string[][] {
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
    } else if (char === ',') {
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

/** The sheet's rows as records keyed by its header row ("Year", "Headline", …). */
export function csvRecords(text: string): Record<string, string>[] {
  const [header, ...rows] = parseCsv(text.replace(/^\uFEFF/, ''));
  if (!header) return [];
  const names = header.map((name) => name.trim());
  return rows.map((cells) => Object.fromEntries(names.map((name, i) => [name, (cells[i] ?? '').trim()])));
}

/** "13:45" or "1:45 PM" from the sheet's Time column into hour and minute. */
function sheetTime(time: string): { hour?: number; minute?: number } {
  const match = /^(\d{1,2})(?::(\d{2}))?(?::\d{2})?\s*(am|pm)?$/i.exec(time.trim());
  if (!match) return {};
  let hour = Number(match[1]);
  const meridiem = match[3]?.toLowerCase();
  if (meridiem === 'pm' && hour < 12) hour += 12;
  if (meridiem === 'am' && hour === 12) hour = 0;
  return { hour, minute: Number(match[2] ?? 0) };
}

/** The sheet template's columns, as TimelineJS's own JSON shape: `{ title, events }`. */
export function sheetToTimelineJS(csv: string): Record<string, unknown> {
  const slides: Record<string, unknown>[] = [];
  let title: Record<string, unknown> | undefined;
  for (const row of csvRecords(csv)) {
    const slide = {
      start_date: { year: row.Year, month: row.Month, day: row.Day, ...sheetTime(row.Time ?? '') },
      end_date: row['End Year'] ? { year: row['End Year'], month: row['End Month'], day: row['End Day'], ...sheetTime(row['End Time'] ?? '') } : undefined,
      text: { headline: row.Headline, text: row.Text },
      media: row.Media ? { url: row.Media, caption: row['Media Caption'], credit: row['Media Credit'] } : undefined,
      group: row.Group || undefined,
      background: row.Background || undefined,
    };
    if ((row.Type ?? '').toLowerCase() === 'title') title = slide;
    else slides.push(slide);
  }
  return { title, events: slides };
}
