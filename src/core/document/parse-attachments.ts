import type { TimelineLink, TimelineMedia } from './types.js';
import { MEDIA_KINDS, type MediaKind, mediaKindOf } from './media-kinds.js';
import { itemPath, propertyPath } from './json-paths.js';
import { isNonBlankString, isRecord, own } from './json-values.js';
import { type ProblemList, report, reportUnknownKeys } from './problems.js';
import { describeValue } from './quote-text.js';
import { isWebUrl, webUrlFault } from './web-urls.js';

// The optional parts of an event: tags, links and media. Each fault here is a warning:
// the part is dropped and the event itself still draws.

const LINK_KEYS = ['url', 'label'] as const;
const MEDIA_KEYS = ['url', 'type', 'alt', 'credit', 'captions'] as const;

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

/**
 * The event's media: a picture, a video or audio file, a YouTube or Vimeo video, or a page.
 * A picture without alt text is dropped, since a reader who cannot see it gets nothing; the
 * other kinds are named by their site and title, so their alt (their title) may be left out.
 */
export function parseMedia(value: unknown, path: string, name: string, problems: ProblemList): TimelineMedia | undefined {
  if (value === undefined) return undefined;
  const owner = `${name}, media`;
  if (!isRecord(value)) {
    report(problems, 'warning', path, `${owner} must be an object with a "url" (and an "alt" text for a picture), but it is ${describeValue(value)}, so it is left out.`);
    return undefined;
  }
  reportUnknownKeys(value, MEDIA_KEYS, path, owner, problems);
  const url = own(value, 'url');
  const stated = own(value, 'type');
  const alt = own(value, 'alt');
  const credit = own(value, 'credit');
  const captions = own(value, 'captions');
  const urlOk = isWebUrl(url);
  if (!urlOk) report(problems, 'warning', propertyPath(path, 'url'), `${owner}: ${webUrlFault(url)}, so the media is left out.`);
  const typeOk = (MEDIA_KINDS as readonly unknown[]).includes(stated);
  if (stated !== undefined && !typeOk) {
    report(problems, 'warning', propertyPath(path, 'type'), `${owner}: the type must be one of ${MEDIA_KINDS.join(', ')}, but it is ${describeValue(stated)}, so the url decides.`);
  }
  const type = typeOk ? (stated as MediaKind) : urlOk ? mediaKindOf(url) : 'image';
  const altOk = isNonBlankString(alt);
  if (!altOk && (type === 'image' || alt !== undefined)) {
    const fault = alt === undefined ? 'there is no alt text' : typeof alt === 'string' ? 'the alt text is blank' : `the alt text must be text, but it is ${describeValue(alt)}`;
    const notPicture = stated === undefined ? ' If it is a page, not a picture, add "type": "page".' : '';
    const consequence = type === 'image' ? `Describe the picture for readers who cannot see it; until then the picture is left out.${notPicture}` : 'It is ignored.';
    report(problems, 'warning', propertyPath(path, 'alt'), `${owner}: ${fault}. ${consequence}`);
  }
  const creditOk = credit === undefined || typeof credit === 'string';
  if (!creditOk) report(problems, 'warning', propertyPath(path, 'credit'), `${owner}: the credit must be text, but it is ${describeValue(credit)}, so it is ignored.`);
  // Captions belong to a file the card plays itself: a player site brings its own.
  const captionsOk = captions === undefined || (isWebUrl(captions) && (type === 'video' || type === 'audio'));
  if (!captionsOk) {
    report(problems, 'warning', propertyPath(path, 'captions'), `${owner}: captions must be the http or https address of a WebVTT file, for a video or audio file only, so these are ignored.`);
  }
  if (!urlOk || (type === 'image' && !altOk)) return undefined;
  return Object.freeze({
    url,
    type,
    ...(altOk ? { alt } : {}),
    ...(creditOk && credit !== undefined ? { credit } : {}),
    ...(captionsOk && captions !== undefined ? { captions } : {}),
  });
}
