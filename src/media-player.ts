// Loads the media player, news-timeline.media.js, once per page when a card first shows media
// other than a picture. It sits at the top of src/ because the file is found relative to it:
// as dist/media-player.js it sits beside it, as the standalone file does.

let loading: Promise<unknown> | undefined;

/** Fetches and defines <news-timeline-media>; if that fails, the card's plain link stays and nothing is thrown. */
export function loadMediaPlayer(): void {
  loading ??= import(/* @vite-ignore */ new URL('./news-timeline.media.js', import.meta.url).href).catch(() => undefined);
}
