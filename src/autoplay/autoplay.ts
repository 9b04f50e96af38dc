// The engine of the `autoplay` attribute, built as news-timeline.autoplay.js and fetched beside
// the element only by a timeline that has the attribute: its timer, the reader's input, and
// whether the timeline can be seen. Plain DOM, no Lit: the bundle's own copy draws the button.

/** The element, as far as the engine reads it (src/news-timeline/news-timeline.ts). */
export interface AutoplayHost extends HTMLElement {
  /** Seconds a step, as the attribute's text; null: no autoplay. */
  readonly autoplay: string | null;
  readonly selected: string | null;
  requestUpdate(): void;
}

/** What the element's side shares with the engine (src/controllers/autoplay-controller.ts). */
export interface AutoplayState {
  /** The reader paused it: the button then says Play. The engine sets it on reader input. */
  paused: boolean;
  /** One step: opens the event after the open one (the first after the last, or when none is open). */
  advance(): boolean;
}

/** A running engine. */
export interface Autoplay {
  /** `paused` changed (the Pause/Play button): stop or start stepping. */
  sync(): void;
  /** Removes every timer, listener and observer. */
  stop(): void;
}

/** Seconds a step for `autoplay` alone or a value that is not a number. */
export const DEFAULT_SECONDS = 8;
/** The shortest step: a reader needs time to read a card (WCAG 2.2.1 asks for time enough). */
export const MIN_SECONDS = 3;

/** Reader input that pauses it; the Pause/Play button's own is its click. */
const INPUTS = ['keydown', 'pointerdown', 'wheel', 'touchstart'];

/** Seconds a step for the attribute's text: empty or not a number is 8; below 3 is 3. */
export function stepSeconds(value: string | null): number {
  const seconds = value?.trim() ? Number(value) : NaN;
  return Number.isNaN(seconds) ? DEFAULT_SECONDS : Math.max(MIN_SECONDS, seconds);
}

/**
 * Steps `host` through its story every few seconds while it plays: not paused by the reader, on
 * screen and on a visible page. Held (off screen, page hidden) it resumes by itself; paused, only
 * by Play. When it starts playing with no event open, it opens the first at once. Never moves
 * focus, never announces: the step is the story's `advance()`.
 */
export function startAutoplay(host: AutoplayHost, state: AutoplayState): Autoplay {
  let timer: ReturnType<typeof setTimeout> | undefined;
  // Unknown until the observer's first report, which comes right after observe().
  let onScreen = false;

  const schedule = (): void => {
    timer = setTimeout(() => {
      state.advance();
      schedule();
    }, stepSeconds(host.autoplay) * 1000);
  };
  const sync = (): void => {
    const playing = !state.paused && onScreen && document.visibilityState !== 'hidden';
    if (playing === (timer !== undefined)) return;
    clearTimeout(timer);
    timer = undefined;
    if (!playing) return;
    if (host.selected === null) state.advance();
    schedule();
  };
  const onInput = (event: Event): void => {
    if (state.paused || event.composedPath().some((node) => node instanceof Element && node.classList.contains('autoplay'))) return;
    state.paused = true;
    host.requestUpdate();
    sync();
  };
  // A document that arrives (or changes) while it plays opens its first event at once.
  const onLoad = (): void => {
    if (timer !== undefined && host.selected === null) state.advance();
  };
  const observer = new IntersectionObserver((entries) => {
    onScreen = entries[entries.length - 1]?.isIntersecting ?? onScreen;
    sync();
  });

  observer.observe(host);
  for (const type of INPUTS) host.addEventListener(type, onInput, { passive: true });
  host.addEventListener('timeline-load', onLoad);
  document.addEventListener('visibilitychange', sync);
  return {
    sync,
    stop() {
      clearTimeout(timer);
      timer = undefined;
      observer.disconnect();
      for (const type of INPUTS) host.removeEventListener(type, onInput);
      host.removeEventListener('timeline-load', onLoad);
      document.removeEventListener('visibilitychange', sync);
    },
  };
}
