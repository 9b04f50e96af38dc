import type { TimelineLink, TimelineMedia } from './types.js';
import { itemPath, propertyPath } from './json-paths.js';
import { isNonBlankString, isRecord, own } from './json-values.js';
import { type ProblemList, report, reportUnknownKeys } from './problems.js';
import { describeValue } from './quote-text.js';
import { isWebUrl, webUrlFault } from './web-urls.js';

// The optional parts of an event: tags, links and an image. Each fault here is a warning:
// the part is dropped and the event itself still draws.

const LINK_KEYS = ['url', 'label'] as const;
const MEDIA_KEYS = ['url', 'alt', 'credit'] as const;

/** The event's tags; anything that is not text is reported and dropped. */
export function parseTags(value: unknown, path: string, name: string, problems: ProblemList): readonly string[] {
  if (value === undefined) return Object.freeze([]);
  if (!Array.isArray(value)) {
    report(problems, 'warning', path, `${name}: tags must be a list of words such as ["UK"], but it is ${describeValue(value)}, so the tags are ignored.`);
    return Object.freeze([]);
  }
  const tags: string[] = [];
  value.forEach((tag: unknown, i) => {
    if (typeof tag === 'string') tags.push(tag);
    else report(problems, 'warning', itemPath(path, i), `${name}: tag ${i + 1} must be text, but it is ${describeValue(tag)}, so it is ignored.`);
  });
  return Object.freeze(tags);
}

/** The event's links; only http(s) links with a label survive, so `javascript:` never reaches an href. */
export function parseLinks(value: unknown, path: string, name: string, problems: ProblemList): readonly TimelineLink[] {
  if (value === undefined) return Object.freeze([]);
  if (!Array.isArray(value)) {
    report(problems, 'warning', path, `${name}: links must be a list of {"url", "label"} objects, but it is ${describeValue(value)}, so the links are ignored.`);
    return Object.freeze([]);
  }
  const links: TimelineLink[] = [];
  value.forEach((raw: unknown, i) => {
    const link = parseLink(raw, itemPath(path, i), `${name}, link ${i + 1}`, problems);
    if (link) links.push(link);
  });
  return Object.freeze(links);
}

function parseLink(raw: unknown, path: string, owner: string, problems: ProblemList): TimelineLink | undefined {
  if (!isRecord(raw)) {
    report(problems, 'warning', path, `${owner} must be an object with a "url" and a "label", but it is ${describeValue(raw)}, so the link is left out.`);
    return undefined;
  }
  reportUnknownKeys(raw, LINK_KEYS, path, owner, problems);
  const url = own(raw, 'url');
  const label = own(raw, 'label');
  const urlOk = isWebUrl(url);
  if (!urlOk) {
    report(problems, 'warning', propertyPath(path, 'url'), `${owner}: ${webUrlFault(url)}, so the link is left out.`);
  }
  const labelOk = isNonBlankString(label);
  if (!labelOk) {
    const fault = label === undefined ? 'has no label' : `label must be text saying where the link goes, but it is ${describeValue(label)}`;
    report(problems, 'warning', propertyPath(path, 'label'), `${owner} ${fault}, so the link is left out: readers need to know where it goes.`);
  }
  return urlOk && labelOk ? Object.freeze({ url, label }) : undefined;
}

/** The event's image; without alt text it is dropped, since a reader who cannot see it gets nothing. */
export function parseMedia(value: unknown, path: string, name: string, problems: ProblemList): TimelineMedia | undefined {
  if (value === undefined) return undefined;
  const owner = `${name}, image`;
  if (!isRecord(value)) {
    report(problems, 'warning', path, `${owner} must be an object with a "url" and an "alt" text, but it is ${describeValue(value)}, so the image is left out.`);
    return undefined;
  }
  reportUnknownKeys(value, MEDIA_KEYS, path, owner, problems);
  const url = own(value, 'url');
  const alt = own(value, 'alt');
  const credit = own(value, 'credit');
  const urlOk = isWebUrl(url);
  if (!urlOk) {
    report(problems, 'warning', propertyPath(path, 'url'), `${owner}: ${webUrlFault(url)}, so the image is left out.`);
  }
  const altOk = isNonBlankString(alt);
  if (!altOk) {
    const fault =
      alt === undefined
        ? 'there is no alt text'
        : typeof alt === 'string'
          ? 'the alt text is blank'
          : `the alt text must be text, but it is ${describeValue(alt)}`;
    report(
      problems,
      'warning',
      propertyPath(path, 'alt'),
      `${owner}: ${fault}. Describe the picture for readers who cannot see it; until then the image is left out.`,
    );
  }
  const creditOk = credit === undefined || typeof credit === 'string';
  if (!creditOk) {
    report(problems, 'warning', propertyPath(path, 'credit'), `${owner}: the credit must be text, but it is ${describeValue(credit)}, so it is ignored.`);
  }
  if (!urlOk || !altOk) return undefined;
  return Object.freeze(creditOk && credit !== undefined ? { url, alt, credit } : { url, alt });
}

