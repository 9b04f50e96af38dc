// The refresh loop of news-timeline.live.js: re-reads `src` every `refresh` seconds with
// conditional requests, backs off after failures, waits while the page is hidden, and stops
// (aborting a request under way) when the attribute goes or the element is disconnected.

/** The element, as far as the loop reads it. */
export interface RefreshElement {
  /** Seconds between reads, as the attribute's text; null: no refresh. */
  readonly refresh: string | null;
  readonly src?: string;
  readonly data?: unknown;
  readonly timelineDocument: unknown;
  readonly isConnected: boolean;
}

/** A running loop. */
export interface Refresh {
  /**
   * `refresh`, `src`, `data`, the connection or the reader's pause may have changed: start,
   * restart or stop. Says whether the timeline refreshes, pause aside (its Pause button shows then).
   */
  sync(): boolean;
}

/** The shortest and the longest interval, in seconds. */
export const MIN_SECONDS = 5;
export const MAX_SECONDS = 86_400;
/** Back-off waits at most this long (or 10 intervals, if shorter; or one interval, if longer). */
export const MAX_BACKOFF_SECONDS = 300;

/** Seconds between reads for the attribute's text: undefined (off) when absent, empty or not a number. */
export function refreshSeconds(value: string | null | undefined): number | undefined {
  const seconds = value?.trim() ? Number(value) : NaN;
  return Number.isNaN(seconds) ? undefined : Math.min(MAX_SECONDS, Math.max(MIN_SECONDS, seconds));
}

/** Seconds before the next read after `failures` failures in a row: the interval, doubling, capped. */
export function backoffSeconds(interval: number, failures: number): number {
  const cap = Math.max(interval, Math.min(10 * interval, MAX_BACKOFF_SECONDS));
  return Math.min(cap, interval * 2 ** failures);
}

/**
 * Reads `host.src` every `refresh` seconds while it has a document drawn, `data` is not set and the
 * page is visible; a read that fell due while hidden happens on `visibilitychange`. A 304 (or the
 * same text again) applies nothing. `apply(text)` says whether the text was a usable document;
 * `report(ok, wait)` hears each read's outcome and the seconds until the next.
 */
export function startRefresh(
  host: RefreshElement,
  apply: (text: string) => boolean,
  report: (ok: boolean, wait: number) => void,
  firstAnswer: () => Response | undefined,
  paused: () => boolean,
): Refresh {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let abort: AbortController | undefined;
  /** What the loop reads, `<interval> <src>`; a change restarts it. Empty: not reading. */
  let reading = '';
  /** The address the validators and last text belong to. */
  let address: string | undefined;
  /** The reader paused a loop that would run: on resume it reads at once. */
  let held = false;
  let due = false;
  let failures = 0;
  let etag: string | null = null;
  let modified: string | null = null;
  let lastText: string | undefined;

  const schedule = (seconds: number): void => {
    timer = setTimeout(() => {
      timer = undefined;
      due = true;
      void read();
    }, seconds * 1000);
  };
  const read = async (): Promise<void> => {
    const interval = refreshSeconds(host.refresh);
    const url = host.src;
    if (!due || abort || interval === undefined || !url || document.visibilityState === 'hidden') return;
    due = false;
    // No document drawn yet: its own load (and Try again) comes first.
    if (!host.timelineDocument) return schedule(interval);
    const request = new AbortController();
    abort = request;
    const headers: Record<string, string> = { Accept: 'application/json' };
    // Before its own first read, the loop takes the validators of the element's first load of this address.
    const first = lastText === undefined && !etag && !modified ? firstAnswer() : undefined;
    if (first?.url === new URL(url, document.baseURI).href) {
      etag = first.headers.get('ETag');
      modified = first.headers.get('Last-Modified');
    }
    if (etag) headers['If-None-Match'] = etag;
    if (modified) headers['If-Modified-Since'] = modified;
    let ok = true;
    try {
      // See docs/performance.md#try-again-asks-the-server-not-the-http-cache.
      const response = await fetch(url, { signal: request.signal, cache: 'no-cache', headers });
      if (response.status !== 304) {
        if (!response.ok) throw new Error(`the server answered ${response.status}`);
        const text = await response.text();
        if (abort !== request) return;
        // The same text again (a server without validators): nothing to parse.
        ok = text === lastText || apply(text);
        if (!ok) throw new Error('the document could not be used');
        lastText = text;
        etag = response.headers.get('ETag');
        modified = response.headers.get('Last-Modified');
      }
    } catch (error) {
      if (abort !== request) return;
      ok = false;
      console.warn(`<news-timeline>: refreshing ${url} failed (${String(error)}); the last good timeline stays.`);
    }
    abort = undefined;
    failures = ok ? 0 : failures + 1;
    const wait = backoffSeconds(interval, failures);
    report(ok, wait);
    schedule(wait);
  };
  const onVisibility = (): void => void read();

  return {
    sync() {
      const interval = refreshSeconds(host.refresh);
      const on = host.isConnected && interval !== undefined && !!host.src && (host.data === undefined || host.data === null);
      const key = on && !paused() ? `${interval} ${host.src}` : '';
      if (key === reading) return on;
      // Validators belong to one address.
      if (host.src !== address) {
        address = host.src;
        etag = modified = null;
        lastText = undefined;
      }
      const resumed = held && key !== '';
      held = on && key === '';
      reading = key;
      clearTimeout(timer);
      timer = undefined;
      abort?.abort();
      abort = undefined;
      due = false;
      failures = 0;
      document.removeEventListener('visibilitychange', onVisibility);
      if (key === '' || interval === undefined) return on;
      document.addEventListener('visibilitychange', onVisibility);
      schedule(resumed ? 0 : interval);
      return on;
    },
  };
}
