import { parseEvent, type EventDraft } from './parse-event.js';
import { assignEventIds, deriveEventId } from './parse-ids.js';
import { itemPath, propertyPath } from './json-paths.js';
import { isNonBlankString, isRecord, own } from './json-values.js';
import { eventName, type ProblemList, report, reportUnknownKeys } from './problems.js';
import { describeValue, QUOTED_LENGTH, quoteText } from './quote-text.js';
import { isWebUrl, webUrlFault } from './web-urls.js';
import type {
  ParseResult,
  TimelineDocument,
  TimelineEvent,
  TimelineGroup,
  TimelineSource,
} from './types.js';

// The document as a whole. Only a document with nothing to draw is fatal: everything else
// is reported and the usable rest is returned, so one typo never blanks a live page.

// `$schema` lets editors offer completion from schema.json; it carries no timeline data.
const ROOT_KEYS = ['$schema', 'version', 'title', 'description', 'locale', 'source', 'groups', 'events'] as const;
const SOURCE_KEYS = ['name', 'url'] as const;
const GROUP_KEYS = ['id', 'label'] as const;

/** Validates and normalises a timeline document (already parsed from JSON); never throws, never mutates `input`. */
export function parseTimelineDocument(input: unknown): ParseResult {
  const problems: ProblemList = [];
  if (!isRecord(input)) {
    return fatal(problems, '', `The timeline data must be a JSON object with an "events" list, but it is ${describeValue(input)}.`);
  }
  reportUnknownKeys(input, ROOT_KEYS, '', 'The document', problems);
  const schemaRef = own(input, '$schema');
  if (schemaRef !== undefined && typeof schemaRef !== 'string') {
    report(problems, 'warning', '$schema', `The document's "$schema" must be the address of the schema, as text, but it is ${describeValue(schemaRef)}, so it is ignored.`);
  }
  readVersion(own(input, 'version'), problems);
  const title = readText(own(input, 'title'), 'title', 'The document title', problems);
  const description = readText(own(input, 'description'), 'description', 'The document description', problems);
  const locale = readLocale(own(input, 'locale'), problems);
  const source = readSource(own(input, 'source'), problems);
  const groups = readGroups(own(input, 'groups'), problems);

  const rawEvents = own(input, 'events');
  if (rawEvents === undefined) {
    return fatal(problems, 'events', 'The document has no "events" list, so there is nothing to draw.');
  }
  if (!Array.isArray(rawEvents)) {
    return fatal(problems, 'events', `"events" must be a list of events in square brackets, but it is ${describeValue(rawEvents)}, so there is nothing to draw.`);
  }
  if (rawEvents.length === 0) {
    return fatal(problems, 'events', 'The "events" list is empty, so there is nothing to draw: add at least one event with a date and a title.');
  }
  const events = readEvents(rawEvents, groups, problems);
  if (events.length === 0) {
    const none = rawEvents.length === 1 ? 'The only event could not be used' : `None of the ${rawEvents.length} events could be used`;
    return fatal(problems, 'events', `${none}, so there is nothing to draw: fix the problems listed with this message.`);
  }
  const document: TimelineDocument = Object.freeze({
    version: 1 as const,
    ...(title === undefined ? {} : { title }),
    ...(description === undefined ? {} : { description }),
    ...(locale === undefined ? {} : { locale }),
    ...(source === undefined ? {} : { source }),
    groups,
    events,
  });
  return Object.freeze({ document, problems: Object.freeze(problems) });
}

function fatal(problems: ProblemList, path: string, message: string): ParseResult {
  report(problems, 'fatal', path, message);
  return Object.freeze({ document: undefined, problems: Object.freeze(problems) });
}

function readVersion(value: unknown, problems: ProblemList): void {
  if (value === 1) return;
  if (value === undefined) {
    report(problems, 'warning', 'version', 'The document does not say which version of the format it uses, so version 1 is assumed: add "version": 1.');
    return;
  }
  const shown = typeof value === 'number' ? String(value) : typeof value === 'string' ? quoteText(value) : describeValue(value);
  report(problems, 'warning', 'version', `The document says version ${shown}, but this timeline reads version 1: it is read as version 1 and parts of it may not show as intended.`);
}

function readText(value: unknown, path: string, what: string, problems: ProblemList): string | undefined {
  if (value === undefined || typeof value === 'string') return value;
  report(problems, 'warning', path, `${what} must be text, but it is ${describeValue(value)}, so it is ignored.`);
  return undefined;
}

function readLocale(value: unknown, problems: ProblemList): string | undefined {
  if (value === undefined) return undefined;
  if (typeof value === 'string') {
    try {
      // Intl is the judge of a language tag, and its canonical form ("en-GB" for "en-gb")
      // is what formatting will compare against.
      const [canonical] = Intl.getCanonicalLocales(value);
      if (canonical !== undefined) return canonical;
    } catch {
      // RangeError: not a well-formed tag; reported below.
    }
  }
  const shown = typeof value === 'string' ? quoteText(value) : describeValue(value);
  report(problems, 'warning', 'locale', `The document locale ${shown} is not a language tag such as "en-GB" or "ar": it is ignored and the page's language is used.`);
  return undefined;
}

function readSource(value: unknown, problems: ProblemList): TimelineSource | undefined {
  if (value === undefined) return undefined;
  const owner = 'The source credit';
  if (!isRecord(value)) {
    report(problems, 'warning', 'source', `${owner} must be an object such as {"name": "The Independent"}, but it is ${describeValue(value)}, so it is ignored.`);
    return undefined;
  }
  reportUnknownKeys(value, SOURCE_KEYS, 'source', owner, problems);
  const name = own(value, 'name');
  const url = own(value, 'url');
  const urlOk = url === undefined || isWebUrl(url);
  if (!isNonBlankString(name)) {
    const fault = name === undefined ? 'has no name' : `name must be non-empty text, but it is ${describeValue(name)}`;
    report(problems, 'warning', 'source.name', `${owner} ${fault}, so the credit is ignored.`);
  }
  if (!urlOk) {
    report(problems, 'warning', 'source.url', `${owner}: ${webUrlFault(url)}, so the credit is shown without a link.`);
  }
  if (!isNonBlankString(name)) return undefined;
  return Object.freeze(urlOk && url !== undefined ? { name, url } : { name });
}

function readGroups(value: unknown, problems: ProblemList): readonly TimelineGroup[] {
  if (value === undefined) return Object.freeze([]);
  if (!Array.isArray(value)) {
    report(problems, 'warning', 'groups', `"groups" must be a list of {"id", "label"} objects, but it is ${describeValue(value)}, so it is ignored and every event is shown without a group.`);
    return Object.freeze([]);
  }
  const groups: TimelineGroup[] = [];
  const firstWithId = new Map<string, number>();
  value.forEach((raw: unknown, i) => {
    const path = itemPath('groups', i);
    const owner = `Group ${i + 1}`;
    if (!isRecord(raw)) {
      report(problems, 'warning', path, `${owner} must be an object with an "id" and a "label", but it is ${describeValue(raw)}, so it is ignored.`);
      return;
    }
    reportUnknownKeys(raw, GROUP_KEYS, path, owner, problems);
    const id = own(raw, 'id');
    const label = own(raw, 'label');
    if (!isNonBlankString(id)) {
      const fault = id === undefined ? 'has no id' : `id must be non-empty text, but it is ${describeValue(id)}`;
      report(problems, 'warning', propertyPath(path, 'id'), `${owner} ${fault}, so the group is ignored.`);
    }
    if (!isNonBlankString(label)) {
      const fault = label === undefined ? 'has no label' : `label must be non-empty text, but it is ${describeValue(label)}`;
      report(problems, 'warning', propertyPath(path, 'label'), `${owner} ${fault}, so the group is ignored.`);
    }
    if (!isNonBlankString(id) || !isNonBlankString(label)) return;
    const first = firstWithId.get(id);
    if (first !== undefined) {
      report(problems, 'warning', propertyPath(path, 'id'), `${owner} uses the id ${quoteText(id)}, which group ${first + 1} already uses: group ${i + 1} is ignored.`);
      return;
    }
    firstWithId.set(id, i);
    groups.push(Object.freeze({ id, label }));
  });
  return Object.freeze(groups);
}

function readEvents(rawEvents: readonly unknown[], groups: readonly TimelineGroup[], problems: ProblemList): readonly TimelineEvent[] {
  const groupIds = new Set(groups.map((group) => group.id));
  // Each event's problems are held apart (by index) so the duplicate-id warning, known only
  // once all ids are settled, can still be listed with the event it belongs to.
  const problemsOf = new Map<number, ProblemList>();
  const kept: EventDraft[] = [];
  let eventProblems: ProblemList = [];
  for (let index = 0; index < rawEvents.length; index += 1) {
    const draft = parseEvent(rawEvents[index], index, groupIds, eventProblems);
    if (eventProblems.length > 0) {
      problemsOf.set(index, eventProblems);
      eventProblems = [];
    }
    if (draft !== undefined) kept.push(draft);
  }
  const givenIds = kept.map((draft) => (draft.id === '' ? undefined : draft.id));
  const { ids, duplicateOf } = assignEventIds(
    givenIds,
    (position) => deriveEventId(kept[position].date.text, kept[position].title),
  );
  // The first event of a repeated id is named once, however many events repeat it.
  const firstNames = new Map<number, string>();
  for (const [position, firstPosition] of duplicateOf) {
    const { index } = kept[position];
    const first = kept[firstPosition].index;
    let firstName = firstNames.get(first);
    if (firstName === undefined) firstNames.set(first, (firstName = eventName(first, rawEvents[first]).replace(/^Event/, 'event')));
    const given = givenIds[position] ?? '';
    const id = ids[position];
    // A long id's excerpt would hide the number that tells the new id apart: name that alone.
    const shownAs = id.length <= QUOTED_LENGTH ? `the id ${quoteText(id)}` : `that id followed by "${id.slice(given.length)}"`;
    const message = `${eventName(index, rawEvents[index])}: id ${quoteText(given)} is already used by ${firstName}: this event is shown with ${shownAs} instead.`;
    const list = problemsOf.get(index) ?? [];
    report(list, 'warning', `events[${index}].id`, message);
    problemsOf.set(index, list);
  }
  for (const index of [...problemsOf.keys()].sort((a, b) => a - b)) problems.push(...problemsOf.get(index)!);

  for (let position = 0; position < kept.length; position += 1) {
    kept[position].id = ids[position];
    Object.freeze(kept[position]);
  }
  const events: readonly TimelineEvent[] = kept;
  const ranks = chronologicalRanks(events);
  return Object.freeze(ranks === null ? events : sortedBy(events, ranks));
}

// See docs/performance.md#parser-chronological-ranks.
/**
 * Where each event goes in chronological order (by start, document order for the same
 * start), or null when the document is already in that order, as most are.
 */
function chronologicalRanks(events: readonly TimelineEvent[]): Int32Array | null {
  const n = events.length;
  const starts = new Float64Array(n);
  let ordered = true;
  let previous = -Infinity;
  for (let i = 0; i < n; i += 1) {
    const start = events[i].startMs;
    if (start < previous) ordered = false;
    starts[i] = previous = start;
  }
  if (ordered) return null;
  const sortedStarts = starts.slice().sort();
  const firstAt = new Map<number, number>();
  // Backwards, so each start keeps the first of its places.
  for (let i = n - 1; i >= 0; i -= 1) firstAt.set(sortedStarts[i], i);
  const taken = new Int32Array(n);
  const ranks = new Int32Array(n);
  for (let position = 0; position < n; position += 1) {
    const first = firstAt.get(starts[position])!;
    ranks[position] = first + taken[first]++;
  }
  return ranks;
}

function sortedBy(events: readonly TimelineEvent[], ranks: Int32Array): TimelineEvent[] {
  const sorted = new Array<TimelineEvent>(events.length);
  ranks.forEach((rank, position) => {
    sorted[rank] = events[position];
  });
  return sorted;
}
