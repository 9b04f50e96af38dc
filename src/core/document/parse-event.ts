import { parseEventDate, periodEndMs, periodStartMs, validEventDate } from '../time/dates.js';
import { parseLinks, parseMedia, parseTags } from './parse-attachments.js';
import { propertyPath } from './json-paths.js';
import { isNonBlankString, isRecord, own } from './json-values.js';
import { eventName, type ProblemList, report, reportUnknownKeys } from './problems.js';
import { describeValue, quoteText } from './quote-text.js';
import type { EventDate, TimelineEvent } from './types.js';

// One entry of `events`. A fault in what places or names the event (date, end, title) is
// an error and leaves the event out; a fault anywhere else is a warning and it still draws.

const EVENT_KEYS = [
  'id', 'date', 'end', 'approximate', 'title', 'summary', 'group', 'tags', 'links', 'media',
] as const;

const LEFT_OUT = 'It is left out.';

/**
 * An event that passed validation, not yet frozen. Its `id` is the document's own id where
 * it gave a usable one, else empty: readEvents makes ids unique across the document, sets
 * them, then freezes the event.
 */
export type EventDraft = { -readonly [K in keyof TimelineEvent]: TimelineEvent[K] };

/** Reads `events[index]`; undefined when the event has to be left out. */
export function parseEvent(
  raw: unknown,
  index: number,
  groupIds: ReadonlySet<string>,
  problems: ProblemList,
): EventDraft | undefined {
  const quick = quickEvent(raw, index, groupIds);
  if (quick) return quick;
  const path = `events[${index}]`;
  const name = eventName(index, raw);
  if (!isRecord(raw)) {
    report(problems, 'error', path, `${name} must be an object with a "date" and a "title", but it is ${describeValue(raw)}. ${LEFT_OUT}`);
    return undefined;
  }
  const at = (key: string) => propertyPath(path, key);
  reportUnknownKeys(raw, EVENT_KEYS, path, name, problems);

  const givenId = readId(own(raw, 'id'), at('id'), name, problems);
  const dates = readDates(raw, path, name, problems);
  const title = readTitle(own(raw, 'title'), at('title'), name, problems);

  const summary = own(raw, 'summary');
  const summaryOk = summary === undefined || typeof summary === 'string';
  if (!summaryOk) {
    report(problems, 'warning', at('summary'), `${name}: summary must be text, but it is ${describeValue(summary)}, so it is ignored.`);
  }
  const approximate = own(raw, 'approximate');
  if (approximate !== undefined && typeof approximate !== 'boolean') {
    report(problems, 'warning', at('approximate'), `${name}: approximate must be true or false, but it is ${describeValue(approximate)}, so it is treated as false.`);
  }
  const group = readGroup(own(raw, 'group'), at('group'), name, groupIds, problems);
  const tags = parseTags(own(raw, 'tags'), at('tags'), name, problems);
  const links = parseLinks(own(raw, 'links'), at('links'), name, problems);
  const media = parseMedia(own(raw, 'media'), at('media'), name, problems);

  if (dates === undefined || title === undefined) return undefined;
  return draft(index, givenId, dates.date, dates.end, approximate === true, title, summaryOk ? summary : undefined, group, tags, links, media);
}

function draft(
  index: number,
  givenId: string | undefined,
  date: EventDate,
  end: EventDate | undefined,
  approximate: boolean,
  title: string,
  summary: string | undefined,
  group: string | undefined,
  tags: readonly string[],
  links: TimelineEvent['links'],
  media: TimelineEvent['media'],
): EventDraft {
  // Built one property at a time in one order: every event shares one object shape.
  const event = { id: givenId ?? '', index, date } as EventDraft;
  if (end !== undefined) event.end = end;
  event.approximate = approximate;
  event.title = title;
  if (summary !== undefined) event.summary = summary;
  if (group !== undefined) event.group = group;
  event.tags = tags;
  event.links = links;
  if (media !== undefined) event.media = media;
  event.startMs = periodStartMs(date);
  event.endMs = periodEndMs(end ?? date);
  return event;
}

/** Keys an event may have and still be read by `quickEvent`. */
const QUICK_KEYS = new Set<string>(['id', 'date', 'end', 'approximate', 'title', 'summary', 'group']);
const NO_TAGS: readonly string[] = Object.freeze([]);
const NO_LINKS: TimelineEvent['links'] = Object.freeze([]);

// See docs/performance.md#parser-quick-path.
/**
 * A plain valid event (only the keys above) read without building a message or a path;
 * it gives exactly what the full reading gives, which takes anything else.
 */
function quickEvent(raw: unknown, index: number, groupIds: ReadonlySet<string>): EventDraft | undefined {
  if (!isRecord(raw)) return undefined;
  // for…in allocates nothing per event; an inherited key only sends it to the full reading.
  for (const key in raw) if (!QUICK_KEYS.has(key)) return undefined;
  // Own properties only, as the full reading takes them.
  const id = own(raw, 'id');
  const date = own(raw, 'date');
  const end = own(raw, 'end');
  const approximate = own(raw, 'approximate');
  const title = own(raw, 'title');
  const summary = own(raw, 'summary');
  const group = own(raw, 'group');
  if (id !== undefined && !isNonBlankString(id)) return undefined;
  if (!isNonBlankString(title)) return undefined;
  if (summary !== undefined && typeof summary !== 'string') return undefined;
  if (approximate !== undefined && typeof approximate !== 'boolean') return undefined;
  if (group !== undefined && (typeof group !== 'string' || !groupIds.has(group))) return undefined;
  // A missing date, an `end` of null (a warning) or an invalid one: the full reading says so.
  const start = validEventDate(date);
  if (start === undefined) return undefined;
  let finish: EventDate | undefined;
  if (end !== undefined) {
    finish = validEventDate(end);
    if (finish === undefined || !(periodEndMs(finish) > periodStartMs(start))) return undefined;
    Object.freeze(finish);
  }
  return draft(index, id, Object.freeze(start), finish, approximate === true, title, summary, group, NO_TAGS, NO_LINKS, undefined);
}

function readId(value: unknown, path: string, name: string, problems: ProblemList): string | undefined {
  if (value === undefined) return undefined;
  if (isNonBlankString(value)) return value;
  report(problems, 'warning', path, `${name}: id must be non-empty text, but it is ${describeValue(value)}, so it is ignored and an id is made from the date and title.`);
  return undefined;
}

function readDates(
  raw: Record<string, unknown>,
  path: string,
  name: string,
  problems: ProblemList,
): { date: EventDate; end?: EventDate } | undefined {
  const dateValue = own(raw, 'date');
  const endValue = own(raw, 'end');
  let date: EventDate | undefined;
  let end: EventDate | undefined;
  if (dateValue === undefined) {
    report(problems, 'error', propertyPath(path, 'date'), `${name} has no date: add one such as "2015-12-02". ${LEFT_OUT}`);
  } else {
    const parsed = parseEventDate(dateValue);
    if ('error' in parsed) report(problems, 'error', propertyPath(path, 'date'), `${name}: date ${parsed.error}. ${LEFT_OUT}`);
    else date = Object.freeze(parsed.date);
  }
  if (endValue === null) {
    // A CMS often writes null for "no end"; that is not a guess, so the event keeps its date.
    report(problems, 'warning', propertyPath(path, 'end'), `${name}: end is null (empty), so it is ignored and the event is shown at its date alone.`);
  } else if (endValue !== undefined) {
    const parsed = parseEventDate(endValue);
    if ('error' in parsed) report(problems, 'error', propertyPath(path, 'end'), `${name}: end ${parsed.error}. ${LEFT_OUT}`);
    else end = Object.freeze(parsed.date);
  }
  if (date === undefined || (endValue != null && end === undefined)) return undefined;
  if (end !== undefined && !(periodEndMs(end) > periodStartMs(date))) {
    report(
      problems,
      'error',
      propertyPath(path, 'end'),
      `${name}: end ${quoteText(end.text)} is before date ${quoteText(date.text)}: the end must not come before the date. ${LEFT_OUT}`,
    );
    return undefined;
  }
  return end === undefined ? { date } : { date, end };
}

function readTitle(value: unknown, path: string, name: string, problems: ProblemList): string | undefined {
  if (isNonBlankString(value)) return value;
  const fault =
    value === undefined
      ? `${name} has no title`
      : typeof value === 'string'
        ? `${name} has a blank title`
        : `${name}: the title must be text, but it is ${describeValue(value)}`;
  report(problems, 'error', path, `${fault}. Every event needs a headline. ${LEFT_OUT}`);
  return undefined;
}

function readGroup(
  value: unknown,
  path: string,
  name: string,
  groupIds: ReadonlySet<string>,
  problems: ProblemList,
): string | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== 'string') {
    report(problems, 'warning', path, `${name}: group must be the id of one of the document's groups, as text, but it is ${describeValue(value)}, so the event is shown without a group.`);
    return undefined;
  }
  if (groupIds.has(value)) return value;
  report(problems, 'warning', path, `${name}: group ${quoteText(value)} is not one of the document's groups (${knownGroups(groupIds)}): the event is shown without a group.`);
  return undefined;
}

// See docs/performance.md#parser-bounded-messages.
/** Groups named in a warning: enough to spot a typo, never a list of 5,000 repeated per event. */
const NAMED_GROUPS = 5;

function knownGroups(groupIds: ReadonlySet<string>): string {
  if (groupIds.size === 0) return 'the document defines no groups';
  const named: string[] = [];
  for (const id of groupIds) {
    if (named.length === NAMED_GROUPS) break;
    named.push(quoteText(id));
  }
  const more = groupIds.size - named.length;
  return `the document's groups are ${named.join(', ')}${more > 0 ? ` and ${more} more` : ''}`;
}
