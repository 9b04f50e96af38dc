// From a video site's address to its privacy-minded player: which video, where it starts,
// and the address of the frame that plays it. Pure functions, no DOM, so they test alone.

/** What a click-to-load card needs: the site's name, the player frame's address, and the video's own page. */
export interface Embed {
  readonly site: 'YouTube' | 'Vimeo';
  /** The frame's address, on the privacy-enhanced host, starting to play at once (the reader just asked). */
  readonly src: string;
  /** The origin the frame loads from: what a strict page's `frame-src` must allow. */
  readonly origin: string;
}

/** The host of an address without a leading "www.", as a reader would name the site ("en.wikipedia.org"). */
export function siteOf(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return url;
  }
}

const YOUTUBE_HOST = /^(?:(?:www|m)\.)?(?:youtube(?:-nocookie)?\.com|youtu\.be)$/;
const YOUTUBE_PATH = /^\/(?:embed|shorts|live|v)\/([\w-]{11})(?:[/?#]|$)/;
const VIDEO_ID = /^[\w-]{11}$/;

/** Seconds from "90", "90s", "1m30s" or "1h2m3s"; 0 for anything else. */
export function secondsOf(value: string | null): number {
  const match = /^(?:(\d+)h)?(?:(\d+)m)?(?:(\d+)s?)?$/.exec(value ?? '');
  if (!match) return 0;
  const [, hours = '0', minutes = '0', seconds = '0'] = match;
  return Number(hours) * 3600 + Number(minutes) * 60 + Number(seconds);
}

/** A YouTube address's video id and start second: watch?v=, youtu.be/, /embed/, /shorts/, /live/, with t= or start=. */
export function youtubeVideo(url: string): { id: string; start: number } | undefined {
  let address: URL;
  try {
    address = new URL(url);
  } catch {
    return undefined;
  }
  if (!YOUTUBE_HOST.test(address.hostname)) return undefined;
  const id =
    address.hostname === 'youtu.be'
      ? address.pathname.slice(1).split('/')[0]
      : address.pathname === '/watch'
        ? address.searchParams.get('v')
        : YOUTUBE_PATH.exec(address.pathname)?.[1];
  if (!id || !VIDEO_ID.test(id)) return undefined;
  const hash = new URLSearchParams(address.hash.slice(1));
  return { id, start: secondsOf(address.searchParams.get('t') ?? address.searchParams.get('start') ?? hash.get('t')) };
}

/** A Vimeo address's video id (vimeo.com/ID, /channels/…/ID, /groups/…/videos/ID, player.vimeo.com/video/ID), its unlisted hash and start. */
export function vimeoVideo(url: string): { id: string; hash?: string; start: number } | undefined {
  let address: URL;
  try {
    address = new URL(url);
  } catch {
    return undefined;
  }
  if (!/^(?:(?:www|player)\.)?vimeo\.com$/.test(address.hostname)) return undefined;
  const parts = address.pathname.split('/').filter(Boolean);
  const at = parts.findIndex((part) => /^\d+$/.test(part));
  if (at < 0) return undefined;
  const next = parts[at + 1];
  const hash = address.searchParams.get('h') ?? (next && /^[\da-f]+$/.test(next) ? next : undefined);
  const start = secondsOf(new URLSearchParams(address.hash.slice(1)).get('t'));
  return { id: parts[at], ...(hash ? { hash } : {}), start };
}

/** The click-to-load player of a YouTube or Vimeo address; undefined when no video id can be read (then it is a page). */
export function embedOf(kind: string, url: string): Embed | undefined {
  if (kind === 'youtube') {
    const video = youtubeVideo(url);
    if (!video) return undefined;
    const origin = 'https://www.youtube-nocookie.com';
    const start = video.start > 0 ? `&start=${video.start}` : '';
    return { site: 'YouTube', origin, src: `${origin}/embed/${video.id}?autoplay=1${start}` };
  }
  if (kind === 'vimeo') {
    const video = vimeoVideo(url);
    if (!video) return undefined;
    const origin = 'https://player.vimeo.com';
    const hash = video.hash ? `&h=${video.hash}` : '';
    const start = video.start > 0 ? `#t=${video.start}s` : '';
    return { site: 'Vimeo', origin, src: `${origin}/video/${video.id}?dnt=1&autoplay=1${hash}${start}` };
  }
  return undefined;
}
