import type { TimelineProblem } from '../document/types.js';
import { sheetToTimelineJS } from './timelinejs-csv.js';
import { timelineJSDate } from './timelinejs-date.js';
import { plainText } from './timelinejs-html.js';
import { absoluteUrl, convertMedia } from './timelinejs-media.js';
import { anchorLinks, mediaQuotation, titleFromText } from './timelinejs-text.js';
import { periodEndMs, periodStartMs, validEventDate } from '../time/dates.js';
import { slugify } from '../document/parse-ids.js';
import { isRecord, own } from '../document/json-values.js';
import { describeValue, quoteText } from '../document/quote-text.js';

export { plainText };

// Migration from Knight Lab's TimelineJS3: its JSON, or its Google-Sheets template as CSV,
// into a version-1 document that parses without an error. Precision, spans, groups, links,
// media (with its kind) and credits carry over; what cannot (HTML formatting, eras,
// backgrounds, deep time, seconds, times without a zone) is reported. Its JSON is
// hand-written or made by other tools, so every field is checked for its type: a wrong one
// is a problem at its path, never a crash, and the rest of the file still converts.

export interface ConversionResult {
  /** A version-1 document, to be checked by `parseTimelineDocument` like any other. */
  readonly document: Record<string, unknown>;
  readonly problems: readonly TimelineProblem[];
  /** The index in the input's `events` of the slide each event came from (slides left out leave gaps). */
  readonly slideIndexes: readonly number[];
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

/** The event's date and end; an end that is unusable or before the date is dropped with a warning. */
function convertDates(slide: Record<string, unknown>, path: string, problems: Problems): { date: string; end?: string } | undefined {
  const date = timelineJSDate(own(slide, 'start_date'), `${path}.start_date`, true, problems);
  if (!date) return undefined;
  const endDate = own(slide, 'end_date');
  const end = endDate === undefined ? undefined : timelineJSDate(endDate, `${path}.end_date`, false, problems);
  if (!end) return { date };
  const [from, to] = [date, end].map((text) => validEventDate(text)!);
  if (periodEndMs(to) > periodStartMs(from)) return { date, end };
  problems.push({ path: `${path}.end_date`, severity: 'warning', message: `${path}: the end ${quoteText(end)} comes before the start ${quoteText(date)}, so the event is kept at its start and has no end.` });
  return { date };
}

/** The slide's headline, else (with a warning) a title from the start of its text. */
function convertHeadline(text: Record<string, unknown> | undefined, summary: string | undefined, path: string, said: number, problems: Problems): string | undefined {
  const headline = plainText((text && textField(text, 'headline', `${path}.text`, problems, EVENT_LEFT_OUT)) ?? '');
  if (headline) return headline;
  // A wrong type above has said why already.
  if (problems.length !== said) return undefined;
  const derived = summary && titleFromText(summary);
  if (!derived) {
    problems.push({ path: `${path}.text.headline`, severity: 'error', message: `${path} has neither a headline nor text, so the event is left out.` });
    return undefined;
  }
  problems.push({ path: `${path}.text.headline`, severity: 'warning', message: `${path} has no headline, so it is titled from the start of its text: ${quoteText(derived)}.` });
  return derived;
}

function convertSlide(slide: Record<string, unknown>, path: string, groups: Map<string, string>, problems: Problems): Record<string, unknown> | undefined {
  const dates = convertDates(slide, path, problems);
  if (!dates) return undefined;
  const said = problems.length;
  const text = objectField(slide, 'text', path, problems, EVENT_LEFT_OUT);
  if (problems.length !== said) return undefined;
  const html = text ? textField(text, 'text', `${path}.text`, problems, { severity: 'warning', consequence: 'so the event has no summary' }) : undefined;
  const summary = html ? plainText(html) : undefined;
  const title = convertHeadline(text, summary, path, problems.length, problems);
  if (!title) return undefined;
  const event: Record<string, unknown> = { ...dates, title };
  const id = textField(slide, 'unique_id', path, problems, { severity: 'warning', consequence: 'so the event gets an id from its headline' });
  if (id) event.id = id;
  if (html && /<[a-z]/i.test(html)) {
    const count = anchorLinks(html).length;
    const kept = count > 0 ? ` and its ${count} link(s) are the event's links` : '';
    problems.push({ path: `${path}.text.text`, severity: 'warning', message: `${path}: HTML formatting in the text was removed; the words are kept${kept}.` });
  }
  const quotation = mediaQuotation(own(slide, 'media'));
  // A quotation's words and links follow the slide's own.
  const allHtml = [html, quotation].filter(Boolean).join('<br>');
  const allSummary = plainText(allHtml);
  if (allSummary) event.summary = allSummary;
  const links = anchorLinks(allHtml);
  if (links.length > 0) event.links = links;
  if (quotation) {
    problems.push({ path: `${path}.media.url`, severity: 'warning', message: `${path}: the media is a quotation, which is text here: it was added to the end of the summary.` });
  } else {
    const media = convertMedia(slide, path, problems);
    if (media) event.media = media;
  }
  const label = textField(slide, 'group', path, problems, { severity: 'warning', consequence: 'so the event is in no group' })?.trim();
  if (label) {
    if (!groups.has(label)) groups.set(label, slugify(label) || `group-${groups.size + 1}`);
    event.group = groups.get(label);
  }
  reportDropped(slide, path, problems);
  return event;
}

/** What a slide has that an event cannot hold. */
function reportDropped(slide: Record<string, unknown>, path: string, problems: Problems): void {
  if (own(slide, 'background')) {
    problems.push({ path: `${path}.background`, severity: 'warning', message: `${path}: slide backgrounds have no place in a news-timeline document and were dropped.` });
  }
  const display = own(slide, 'display_date');
  if (typeof display === 'string' && display.trim()) {
    problems.push({ path: `${path}.display_date`, severity: 'warning', message: `${path}: the display date ${quoteText(display)} was dropped; the date is shown from its fields.` });
  }
}

function convertSlides(data: Record<string, unknown>, groups: Map<string, string>, problems: Problems): [Record<string, unknown>, number][] {
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
    return event ? [[event, i] as [Record<string, unknown>, number]] : [];
  });
}

/** The title slide's headline and text as the document's title and description; its media and background reported. */
function convertTitle(data: Record<string, unknown>, document: Record<string, unknown>, problems: Problems): void {
  const title = objectField(data, 'title', '', problems, { severity: 'warning', consequence: 'so the timeline has no title' });
  if (!title) return;
  const media = own(title, 'media');
  const url = isRecord(media) ? own(media, 'url') : undefined;
  if (typeof url === 'string' && url.trim()) {
    const message = `The title slide's media ${quoteText(absoluteUrl(url))} was dropped: a news-timeline document has media only on its events; add it to one by hand.`;
    problems.push({ path: 'title.media', severity: 'warning', message });
  }
  if (own(title, 'background')) {
    problems.push({ path: 'title.background', severity: 'warning', message: 'The title slide: slide backgrounds have no place in a news-timeline document and were dropped.' });
  }
  const text = objectField(title, 'text', 'title', problems, { severity: 'warning', consequence: 'so the timeline has no title' });
  if (!text) return;
  const headline = textField(text, 'headline', 'title.text', problems, { severity: 'warning', consequence: 'so the timeline has no title' });
  const description = textField(text, 'text', 'title.text', problems, { severity: 'warning', consequence: 'so the timeline has no description' });
  if (headline) document.title = plainText(headline);
  if (description) document.description = plainText(description);
  const links = description ? anchorLinks(description).length : 0;
  if (links > 0) {
    problems.push({ path: 'title.text.text', severity: 'warning', message: `The title slide's text has ${links} link(s), which a document's description cannot hold; they were dropped.` });
  }
}

/** Converts TimelineJS3 JSON (an object, or its text) or its Google-Sheets CSV export (text). */
export function convertTimelineJS(input: unknown): ConversionResult {
  const problems: Problems = [];
  const data = typeof input === 'string' ? textToTimelineJS(input.replace(/^\uFEFF/, ''), problems) : input;
  if (!isRecord(data)) {
    // Text that is not JSON has had its fatal problem already.
    if (problems.length === 0) problems.push({ path: '', severity: 'fatal', message: 'This is neither TimelineJS JSON (an object with "events") nor its spreadsheet as CSV.' });
    return { document: { version: 1, events: [] }, problems, slideIndexes: [] };
  }
  const groups = new Map<string, string>();
  const converted = convertSlides(data, groups, problems);
  const eras = own(data, 'eras');
  if (eras !== undefined && eras !== null && (!Array.isArray(eras) || eras.length > 0)) {
    const count = Array.isArray(eras) ? `${eras.length} era(s) were` : 'Eras were';
    problems.push({ path: 'eras', severity: 'warning', message: `${count} not carried over: eras have no equivalent yet; add them as spans if they matter.` });
  }
  const document: Record<string, unknown> = { version: 1 };
  convertTitle(data, document, problems);
  if (groups.size > 0) document.groups = [...groups].map(([label, id]) => ({ id, label }));
  document.events = converted.map(([event]) => event);
  return { document, problems, slideIndexes: converted.map(([, index]) => index) };
}

/** JSON when it looks like JSON, else the sheet's CSV. */
function textToTimelineJS(text: string, problems: Problems): unknown {
  if (!/^\s*[{[]/.test(text)) return sheetToTimelineJS(text, problems);
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    problems.push({ path: '', severity: 'fatal', message: `The file is not valid JSON: ${error instanceof Error ? error.message : String(error)}` });
    return undefined;
  }
}
