import type { TimelineProblem } from '../document/types.js';
import { isRecord, own } from '../document/json-values.js';
import { describeValue, quoteText } from '../document/quote-text.js';
import { isImageFile, mediaKindOf, type MediaKind } from '../document/media-kinds.js';
import { isWebUrl } from '../document/web-urls.js';
import { plainText } from './timelinejs-html.js';

// TimelineJS media is any address: a picture, a YouTube video, a tweet, a map, a Wikipedia
// page. Ours draws each kind differently, so the importer says which kind it is (`type`)
// wherever the address alone would be read as a picture and is not one.

type Problems = TimelineProblem[];

/**
 * Hosts that serve pictures at addresses without a picture's file extension, as TimelineJS
 * examples use them: Wikimedia's upload server, Flickr's static farm, Imgur's direct links.
 * Kept short on purpose: any other extensionless address is taken as a page, which is drawn as
 * a link card, never as a broken image.
 */
const PICTURE_HOST = /^(?:upload\.wikimedia\.org|(?:[\w-]+\.)*staticflickr\.com|i\.imgur\.com)$/i;

/** A protocol-relative address (`//farm8.staticflickr.com/…`) as https, which every page can load. */
export function absoluteUrl(url: string): string {
  const trimmed = url.trim();
  return trimmed.startsWith('//') ? `https:${trimmed}` : trimmed;
}

/** What our format draws for an http(s) address from TimelineJS: a picture only when it is one. */
export function importedMediaKind(url: string): MediaKind {
  const kind = mediaKindOf(url);
  if (kind !== 'image' || isImageFile(url)) return kind;
  return PICTURE_HOST.test(new URL(url).hostname) ? 'image' : 'page';
}

const IFRAME_SRC = /^\s*<iframe\b[^<>]*?\ssrc\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'<>]+))/i;

/** The address an `<iframe src="…">` embed code shows, else undefined. */
export function embeddedAddress(url: string): string | undefined {
  const match = IFRAME_SRC.exec(url);
  return match ? plainText(match[1] ?? match[2] ?? match[3]) : undefined;
}

/** The TimelineJS media fields our format has no place for; reported when present. */
const DROPPED = ['thumbnail', 'link', 'title'] as const;

function text(media: Record<string, unknown>, key: string, path: string, problems: Problems): string | undefined {
  const value = own(media, key);
  if (typeof value === 'string') return value;
  if (value === undefined || value === null) return undefined;
  problems.push({ path: `${path}.${key}`, severity: 'warning', message: `${path}.${key} must be text, but it is ${describeValue(value)}, so it is ignored.` });
  return undefined;
}

/** The slide's `media` in our format, or undefined (reported) when it cannot be drawn. */
export function convertMedia(slide: Record<string, unknown>, path: string, problems: Problems): Record<string, unknown> | undefined {
  const mediaPath = `${path}.media`;
  const media = own(slide, 'media');
  if (media === undefined || media === null) return undefined;
  if (!isRecord(media)) {
    problems.push({ path: mediaPath, severity: 'warning', message: `${mediaPath} must be an object, but it is ${describeValue(media)}, so the event has no media.` });
    return undefined;
  }
  const rawUrl = own(media, 'url');
  if (rawUrl !== undefined && rawUrl !== null && typeof rawUrl !== 'string') {
    problems.push({ path: `${mediaPath}.url`, severity: 'warning', message: `${mediaPath}.url must be text, but it is ${describeValue(rawUrl)}, so the event has no media.` });
  }
  const [alt, caption, credit] = ['alt', 'caption', 'credit'].map((key) => text(media, key, mediaPath, problems));
  if (typeof rawUrl !== 'string' || rawUrl.trim() === '') return undefined;
  const url = absoluteUrl(embeddedAddress(rawUrl) ?? rawUrl);
  if (url !== absoluteUrl(rawUrl)) {
    problems.push({ path: `${mediaPath}.url`, severity: 'warning', message: `${path}: the media is embed code (an iframe); only the address it shows is kept: ${quoteText(url)}.` });
  }
  if (!isWebUrl(url)) {
    problems.push({ path: `${mediaPath}.url`, severity: 'warning', message: `${path}: media ${quoteText(rawUrl)} is not an http(s) address, so it is left out.` });
    return undefined;
  }
  const dropped = DROPPED.filter((key) => own(media, key) !== undefined && own(media, key) !== null && own(media, key) !== '');
  if (dropped.length > 0) {
    problems.push({ path: mediaPath, severity: 'warning', message: `${path}: the media's ${dropped.map((key) => `"${key}"`).join(', ')} ${dropped.length > 1 ? 'have' : 'has'} no place in a news-timeline document and ${dropped.length > 1 ? 'were' : 'was'} dropped.` });
  }
  const type = importedMediaKind(url);
  const description = plainText(alt ?? caption ?? '');
  const creditText = credit === undefined ? '' : plainText(credit);
  const extra = creditText ? { credit: creditText } : {};
  if (type !== 'image') return { url, type, ...(description ? { alt: description } : {}), ...extra };
  if (!description) {
    problems.push({ path: mediaPath, severity: 'warning', message: `${path}: the picture has no caption to serve as its description (alt), so it is left out; add one by hand.` });
    return undefined;
  }
  if (alt !== undefined && caption !== undefined && plainText(caption) && plainText(caption) !== description) {
    problems.push({ path: `${mediaPath}.caption`, severity: 'warning', message: `${path}: the picture keeps its alt text; its caption ${quoteText(plainText(caption))} was dropped.` });
  }
  return { url, alt: description, ...extra };
}
