import { loadBeside } from './load-beside.js';

/** Fetches and defines <news-timeline-media>; if that fails, the card's plain link stays and nothing is thrown. */
export function loadMediaPlayer(): void {
  loadBeside('media').catch(() => undefined);
}
