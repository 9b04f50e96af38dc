import { parseEvent } from './parse-event.js';
import { assignEventIds } from './parse-ids.js';
import {
  describeValue,
  eventName,
  isNonBlankString,
  isRecord,
  isWebUrl,
  itemPath,
  own,
  propertyPath,
  quoteText,
  report,
  reportUnknownKeys,
  webUrlFault,
  type ProblemList,
} from './parse-shared.js';
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
  const events = readEvents(rawEvents, groups.map((group) => group.id), problems);
  if (events.length === 0) {
    const count = rawEvents.length === 1 ? 'The only event' : `None of the ${rawEvents.length} events`;
    return fatal(problems, 'events', `${count} could be used, so there is nothing to draw: fix the problems listed with this message.`);
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

function readEvents(rawEvents: readonly unknown[], groupIds: readonly string[], problems: ProblemList): readonly TimelineEvent[] {
  // Each event's problems are held apart so the duplicate-id warning, known only once all
  // ids are settled, can still be listed with the event it belongs to.
  const perEvent = rawEvents.map((raw, index) => {
    const eventProblems: ProblemList = [];
    const draft = parseEvent(raw, index, groupIds, eventProblems);
    return { draft, eventProblems };
  });
  const kept = perEvent.flatMap(({ draft }) => (draft === undefined ? [] : [draft]));
  const ids = assignEventIds(
    kept.map(({ event, givenId }) => ({ givenId, dateText: event.date.text, title: event.title })),
  );

  kept.forEach(({ event, givenId }, position) => {
    const { id, duplicateOf } = ids[position];
    if (duplicateOf === undefined) return;
    const first = kept[duplicateOf].event.index;
    const name = eventName(event.index, rawEvents[event.index]);
    const firstName = eventName(first, rawEvents[first]).replace(/^Event/, 'event');
    report(
      perEvent[event.index].eventProblems,
      'warning',
      `events[${event.index}].id`,
      `${name}: id ${quoteText(givenId ?? '')} is already used by ${firstName}: this event is shown with the id ${quoteText(id)} instead.`,
    );
  });
  for (const { eventProblems } of perEvent) problems.push(...eventProblems);

  const events = kept.map(({ event }, position): TimelineEvent => {
    event.id = ids[position].id;
    return Object.freeze(event);
  });
  return Object.freeze(chronological(events));
}

/**
 * Events by start, document order for the same start. A document written in order (most
 * are) is only checked; otherwise an order of positions is sorted on a typed array of
 * starts, which is several times quicker than comparing 100,000 event objects.
 */
function chronological(events: TimelineEvent[]): TimelineEvent[] {
  const starts = Float64Array.from(events, (event) => event.startMs);
  let ordered = true;
  for (let i = 1; i < starts.length && ordered; i += 1) ordered = starts[i - 1] <= starts[i];
  if (ordered) return events;
  // Positions follow document order, so the position tie-break is the index tie-break.
  const order = Array.from(events, (_, position) => position);
  order.sort((a, b) => starts[a] - starts[b] || a - b);
  return order.map((position) => events[position]);
}
