import type { TimelineProblem } from '../document/types.js';
import { sheetToTimelineJS } from './timelinejs-csv.js';
import { timelineJSDate } from './timelinejs-date.js';
import { plainText } from './timelinejs-html.js';
import { slugify } from '../document/parse-ids.js';
import { isRecord, own } from '../document/json-values.js';
import { describeValue, quoteText } from '../document/quote-text.js';

export { plainText };

// Migration from Knight Lab's TimelineJS3: its JSON, or its Google-Sheets template as CSV,
// into a version-1 document. Precision, spans, groups, media and credits carry over; what
// cannot (HTML formatting, eras, backgrounds, times without a zone) is reported. Its JSON is
// hand-written or made by other tools, so every field is checked for its type: a wrong one
// is a problem at its path, never a crash, and the rest of the file still converts.

export interface ConversionResult {
  /** A version-1 document, to be checked by `parseTimelineDocument` like any other. */
  readonly document: Record<string, unknown>;
  readonly problems: readonly TimelineProblem[];
}

type Problems = TimelineProblem[];
type Severity = 'error' | 'warning';

/** What happens when a field cannot be used, and how bad that is. */
interface Loss {
  readonly severity: Severity;
  readonly consequence: string;
}

const IGNORED: Loss = { severity: 'warning', consequence: 'so it is ignored' };
const EVENT_LEFT_OUT: Loss = { severity: 'error', consequence: 'so the event is left out' };

/** `record[key]` when it is text; absent (undefined or null) quietly, anything else reported. */
function textField(record: Record<string, unknown>, key: string, path: string, problems: Problems, loss = IGNORED): string | undefined {
  const value = own(record, key);
  if (typeof value === 'string') return value;
  if (value === undefined || value === null) return undefined;
  const message = `${path}.${key} must be text, but it is ${describeValue(value)}, ${loss.consequence}.`;
  problems.push({ path: `${path}.${key}`, severity: loss.severity, message });
  return undefined;
}

/** `record[key]` when it is an object; absent quietly, anything else reported. */
function objectField(record: Record<string, unknown>, key: string, path: string, problems: Problems, loss = IGNORED): Record<string, unknown> | undefined {
  const value = own(record, key);
  if (isRecord(value)) return value;
  if (value === undefined || value === null) return undefined;
  const message = `${path}.${key} must be an object, but it is ${describeValue(value)}, ${loss.consequence}.`;
  problems.push({ path: `${path}.${key}`, severity: loss.severity, message });
  return undefined;
}

function convertMedia(slide: Record<string, unknown>, path: string, problems: Problems): Record<string, unknown> | undefined {
  const loss: Loss = { severity: 'warning', consequence: 'so the event has no media' };
  const media = objectField(slide, 'media', path, problems, loss);
  if (!media) return undefined;
  const mediaPath = `${path}.media`;
  const url = textField(media, 'url', mediaPath, problems, loss);
  const [alt, caption, credit] = ['alt', 'caption', 'credit'].map((key) => textField(media, key, mediaPath, problems));
  if (!url) return undefined;
  const description = plainText(alt ?? caption ?? '');
  if (!/^https?:\/\//i.test(url)) {
    problems.push({ path: `${mediaPath}.url`, severity: 'warning', message: `${path}: media ${quoteText(url)} is not an http(s) address, so it is left out.` });
  } else if (!description) {
    problems.push({ path: mediaPath, severity: 'warning', message: `${path}: media has no caption to serve as its description (alt), so it is left out; add one by hand.` });
  } else {
    return { url, alt: description, ...(credit ? { credit: plainText(credit) } : {}) };
  }
  return undefined;
}

function convertSlide(slide: Record<string, unknown>, path: string, groups: Map<string, string>, problems: Problems): Record<string, unknown> | undefined {
  const date = timelineJSDate(own(slide, 'start_date'), `${path}.start_date`, true, problems);
  if (!date) return undefined;
  const said = problems.length;
  const text = objectField(slide, 'text', path, problems, EVENT_LEFT_OUT);
  const headline = plainText((text && textField(text, 'headline', `${path}.text`, problems, EVENT_LEFT_OUT)) ?? '');
  if (!headline) {
    // A wrong type above has said why already.
    if (problems.length === said) problems.push({ path: `${path}.text.headline`, severity: 'error', message: `${path} has no headline, so the event is left out.` });
    return undefined;
  }
  const event: Record<string, unknown> = { date, title: headline };
  const id = textField(slide, 'unique_id', path, problems, { severity: 'warning', consequence: 'so the event gets an id from its headline' });
  if (id) event.id = id;
  const endDate = own(slide, 'end_date');
  const end = endDate === undefined ? undefined : timelineJSDate(endDate, `${path}.end_date`, false, problems);
  if (end) event.end = end;
  const html = text ? textField(text, 'text', `${path}.text`, problems, { severity: 'warning', consequence: 'so the event has no summary' }) : undefined;
  if (html) {
    const summary = plainText(html);
    if (summary) event.summary = summary;
    if (/<[a-z]/i.test(html)) {
      problems.push({ path: `${path}.text.text`, severity: 'warning', message: `${path}: HTML formatting and links in the text were removed; the words are kept.` });
    }
  }
  const media = convertMedia(slide, path, problems);
  if (media) event.media = media;
  const label = textField(slide, 'group', path, problems, { severity: 'warning', consequence: 'so the event is in no group' })?.trim();
  if (label) {
    if (!groups.has(label)) groups.set(label, slugify(label) || `group-${groups.size + 1}`);
    event.group = groups.get(label);
  }
  if (own(slide, 'background')) {
    problems.push({ path: `${path}.background`, severity: 'warning', message: `${path}: slide backgrounds have no place in a news-timeline document and were dropped.` });
  }
  return event;
}

function convertSlides(data: Record<string, unknown>, groups: Map<string, string>, problems: Problems): Record<string, unknown>[] {
  const slides = own(data, 'events');
  if (slides === undefined) return [];
  if (!Array.isArray(slides)) {
    problems.push({ path: 'events', severity: 'error', message: `events must be a list of slides, but it is ${describeValue(slides)}, so there are no events.` });
    return [];
  }
  return slides.flatMap((slide: unknown, i) => {
    const path = `events[${i}]`;
    if (!isRecord(slide)) {
      problems.push({ path, severity: 'error', message: `${path} must be an object (a slide), but it is ${describeValue(slide)}, so it is left out.` });
      return [];
    }
    const event = convertSlide(slide, path, groups, problems);
    return event ? [event] : [];
  });
}

/** The title slide's headline and text as the document's title and description. */
function convertTitle(data: Record<string, unknown>, document: Record<string, unknown>, problems: Problems): void {
  const title = objectField(data, 'title', '', problems, { severity: 'warning', consequence: 'so the timeline has no title' });
  const text = title && objectField(title, 'text', 'title', problems, { severity: 'warning', consequence: 'so the timeline has no title' });
  if (!text) return;
  const headline = textField(text, 'headline', 'title.text', problems, { severity: 'warning', consequence: 'so the timeline has no title' });
  const description = textField(text, 'text', 'title.text', problems, { severity: 'warning', consequence: 'so the timeline has no description' });
  if (headline) document.title = plainText(headline);
  if (description) document.description = plainText(description);
}

/** Converts TimelineJS3 JSON (an object, or its text) or its Google-Sheets CSV export (text). */
export function convertTimelineJS(input: unknown): ConversionResult {
  const problems: Problems = [];
  const data = typeof input === 'string' ? textToTimelineJS(input.replace(/^\uFEFF/, ''), problems) : input;
  if (!isRecord(data)) {
    // Text that is not JSON has had its fatal problem already.
    if (problems.length === 0) problems.push({ path: '', severity: 'fatal', message: 'This is neither TimelineJS JSON (an object with "events") nor its spreadsheet as CSV.' });
    return { document: { version: 1, events: [] }, problems };
  }
  const groups = new Map<string, string>();
  const events = convertSlides(data, groups, problems);
  const eras = own(data, 'eras');
  if (eras !== undefined && eras !== null && (!Array.isArray(eras) || eras.length > 0)) {
    const count = Array.isArray(eras) ? `${eras.length} era(s) were` : 'Eras were';
    problems.push({ path: 'eras', severity: 'warning', message: `${count} not carried over: eras have no equivalent yet; add them as spans if they matter.` });
  }
  const document: Record<string, unknown> = { version: 1 };
  convertTitle(data, document, problems);
  if (groups.size > 0) document.groups = [...groups].map(([label, id]) => ({ id, label }));
  document.events = events;
  return { document, problems };
}

/** JSON when it looks like JSON, else the sheet's CSV. */
function textToTimelineJS(text: string, problems: Problems): unknown {
  if (!/^\s*[{[]/.test(text)) return sheetToTimelineJS(text);
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    problems.push({ path: '', severity: 'fatal', message: `The file is not valid JSON: ${error instanceof Error ? error.message : String(error)}` });
    return undefined;
  }
}
