import type { TimelineProblem } from './types.js';
import { csvRecords } from './timelinejs-csv.js';
import { slugify } from './parse-ids.js';
import { isRecord } from './parse-shared.js';
import { plainText } from './timelinejs-html.js';

export { plainText };

// Migration from Knight Lab's TimelineJS3: its JSON, or its Google-Sheets template as CSV,
// into a version-1 document. Precision, spans, groups, media and credits carry over; what
// cannot (HTML formatting, eras, backgrounds, times without a zone) is reported.

export interface ConversionResult {
  /** A version-1 document, to be checked by `parseTimelineDocument` like any other. */
  readonly document: Record<string, unknown>;
  readonly problems: readonly TimelineProblem[];
}

type Problems = TimelineProblem[];

interface SlideDate {
  year?: unknown;
  month?: unknown;
  day?: unknown;
  hour?: unknown;
  minute?: unknown;
}

const two = (n: number) => String(n).padStart(2, '0');

function integer(value: unknown): number | undefined {
  if (value === undefined || value === null || value === '') return undefined;
  const number = Number(value);
  return Number.isInteger(number) ? number : Number.NaN;
}

/**
 * A TimelineJS date as our date text at the precision it was given. TimelineJS times have
 * no zone; they are taken as UTC and reported.
 */
function dateText(date: SlideDate, path: string, problems: Problems): string | undefined {
  const [year, month, day, hour, minute] = [date.year, date.month, date.day, date.hour, date.minute].map(integer);
  if (year === undefined || Number.isNaN(year)) {
    problems.push({ path, severity: 'error', message: `${path} has no usable year (${JSON.stringify(date.year)}), so the event is left out.` });
    return undefined;
  }
  const sign = year < 0 ? '-' : '';
  let text = `${sign}${String(Math.abs(year)).padStart(4, '0')}`;
  if (month === undefined || Number.isNaN(month)) return text;
  text += `-${two(month)}`;
  if (day === undefined || Number.isNaN(day)) return text;
  text += `-${two(day)}`;
  if (hour === undefined || Number.isNaN(hour)) return text;
  problems.push({ path, severity: 'warning', message: `${path} has a time with no time zone; it is taken as UTC.` });
  return `${text}T${two(hour)}:${two(minute !== undefined && !Number.isNaN(minute) ? minute : 0)}Z`;
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

interface Slide {
  start_date?: SlideDate;
  end_date?: SlideDate;
  text?: { headline?: string; text?: string };
  media?: { url?: string; caption?: string; credit?: string; alt?: string };
  group?: string;
  unique_id?: string;
  background?: unknown;
}

function convertSlide(slide: Slide, path: string, groups: Map<string, string>, problems: Problems): Record<string, unknown> | undefined {
  const date = dateText(slide.start_date ?? {}, `${path}.start_date`, problems);
  if (!date) return undefined;
  const headline = plainText(slide.text?.headline ?? '');
  if (!headline) {
    problems.push({ path: `${path}.text.headline`, severity: 'error', message: `${path} has no headline, so the event is left out.` });
    return undefined;
  }
  const event: Record<string, unknown> = { date, title: headline };
  if (slide.unique_id) event.id = slide.unique_id;
  if (slide.end_date && integer(slide.end_date.year) !== undefined) {
    const end = dateText(slide.end_date, `${path}.end_date`, problems);
    if (end) event.end = end;
  }
  const html = slide.text?.text ?? '';
  if (html) {
    const summary = plainText(html);
    if (summary) event.summary = summary;
    if (/<[a-z]/i.test(html)) {
      problems.push({ path: `${path}.text.text`, severity: 'warning', message: `${path}: HTML formatting and links in the text were removed; the words are kept.` });
    }
  }
  const media = slide.media;
  if (media?.url) {
    const alt = plainText(media.alt ?? media.caption ?? '');
    if (!/^https?:\/\//i.test(media.url)) {
      problems.push({ path: `${path}.media.url`, severity: 'warning', message: `${path}: media "${media.url}" is not an http(s) address, so it is left out.` });
    } else if (!alt) {
      problems.push({ path: `${path}.media`, severity: 'warning', message: `${path}: media has no caption to serve as its description (alt), so it is left out; add one by hand.` });
    } else {
      event.media = { url: media.url, alt, ...(media.credit ? { credit: plainText(media.credit) } : {}) };
    }
  }
  if (slide.group) {
    const label = slide.group.trim();
    if (!groups.has(label)) groups.set(label, slugify(label) || `group-${groups.size + 1}`);
    event.group = groups.get(label);
  }
  if (slide.background) {
    problems.push({ path: `${path}.background`, severity: 'warning', message: `${path}: slide backgrounds have no place in a news-timeline document and were dropped.` });
  }
  return event;
}

/** Converts TimelineJS3 JSON (an object) or its Google-Sheets CSV export (text). */
export function convertTimelineJS(input: unknown): ConversionResult {
  const problems: Problems = [];
  const data = typeof input === 'string' ? (input.trimStart().startsWith('{') ? safeJson(input, problems) : sheetToJson(input)) : input;
  if (!isRecord(data)) {
    problems.push({ path: '', severity: 'fatal', message: 'This is neither TimelineJS JSON (an object with "events") nor its spreadsheet as CSV.' });
    return { document: { version: 1, events: [] }, problems };
  }
  const groups = new Map<string, string>();
  const slides = Array.isArray(data.events) ? (data.events as Slide[]) : [];
  const events = slides.flatMap((slide, i) => {
    const event = isRecord(slide) ? convertSlide(slide, `events[${i}]`, groups, problems) : undefined;
    return event ? [event] : [];
  });
  if (Array.isArray(data.eras) && data.eras.length > 0) {
    problems.push({ path: 'eras', severity: 'warning', message: `${data.eras.length} era(s) were not carried over: eras have no equivalent yet; add them as spans if they matter.` });
  }
  const title = isRecord(data.title) ? (data.title as Slide) : undefined;
  const document: Record<string, unknown> = { version: 1 };
  if (title?.text?.headline) document.title = plainText(title.text.headline);
  if (title?.text?.text) document.description = plainText(title.text.text);
  if (groups.size > 0) document.groups = [...groups].map(([label, id]) => ({ id, label }));
  document.events = events;
  return { document, problems };
}

function safeJson(text: string, problems: Problems): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    problems.push({ path: '', severity: 'fatal', message: `The file is not valid JSON: ${error instanceof Error ? error.message : String(error)}` });
    return undefined;
  }
}

/** The sheet template's columns, as TimelineJS's own JSON shape. */
function sheetToJson(csv: string): Record<string, unknown> {
  const rows = csvRecords(csv);
  const slides: Slide[] = [];
  let title: Slide | undefined;
  for (const row of rows) {
    const slide: Slide = {
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
