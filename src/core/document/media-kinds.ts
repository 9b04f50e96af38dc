// What a media address is. An event's media was always a picture; now it may also be a
// video or audio file, a YouTube or Vimeo video, or a page to link to. A document may say
// which (`type`); when it does not, the address decides, and a picture stays the default so
// that documents written before kinds existed read as they always did.

/** The kinds of media an event card can show. */
export const MEDIA_KINDS = ['image', 'video', 'audio', 'youtube', 'vimeo', 'page'] as const;

export type MediaKind = (typeof MEDIA_KINDS)[number];

// Each tests the whole address; the file patterns look only at the path (before ? and #).
// Hosts in lower case only, as everyone writes them: schema.json states the same patterns,
// and JSON Schema has no case-insensitive flag (it spells extensions as [Mm][Pp]4 instead).
const YOUTUBE = /^https?:\/\/(?:(?:www|m)\.)?(?:youtube(?:-nocookie)?\.com|youtu\.be)\//;
const VIMEO = /^https?:\/\/(?:(?:www|player)\.)?vimeo\.com\//;
const VIDEO_FILE = /^[^?#]*\.(?:mp4|m4v|webm|ogv|mov)(?:[?#]|$)/i;
const AUDIO_FILE = /^[^?#]*\.(?:mp3|m4a|aac|oga|ogg|opus|wav|flac)(?:[?#]|$)/i;
const IMAGE_FILE = /^[^?#]*\.(?:jpe?g|png|gif|webp|avif|svg|bmp)(?:[?#]|$)/i;

/** The kind of a web address when the document states none: a player site, a video or audio file, else a picture. */
export function mediaKindOf(url: string): MediaKind {
  if (YOUTUBE.test(url)) return 'youtube';
  if (VIMEO.test(url)) return 'vimeo';
  if (VIDEO_FILE.test(url)) return 'video';
  return AUDIO_FILE.test(url) ? 'audio' : 'image';
}

/** Whether the address's path ends in a picture's file extension (for importers, whose media may be any page). */
export function isImageFile(url: string): boolean {
  return IMAGE_FILE.test(url);
}
