import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { parseTimelineDocument } from '../core/document/parse.js';
import { quoteText } from '../core/document/quote-text.js';
import type { TimelineDocument, TimelineProblem } from '../core/document/types.js';
import { localize, type Strings } from '../localize/localize.js';
import { TimelineErrorEvent, TimelineLoadEvent } from '../events.js';

/** What the element shows: nothing given yet, a fetch under way, a reason it failed, or a document. */
export type DocumentState =
  | { readonly status: 'empty' }
  | { readonly status: 'loading' }
  | {
    readonly status: 'error';
    /** The reason in the reader's language: told when drawn, so a language that arrives later still applies. */
    readonly message: (strings: Strings) => string;
    readonly problems: readonly TimelineProblem[];
    /** Whether loading the same `src` again could help: a failed or too slow request, not an invalid document. */
    readonly retry: boolean;
  }
  | { readonly status: 'ready'; readonly document: TimelineDocument; readonly problems: readonly TimelineProblem[] };

/** Where a document comes from, in the order the element prefers them. */
export type DocumentSource =
  | { readonly kind: 'data'; readonly value: unknown }
  | SrcSource
  | { readonly kind: 'inline'; readonly text: string }
  | { readonly kind: 'none' };

/** A document's address, and how long it may take to arrive in full. */
type SrcSource = { readonly kind: 'src'; readonly url: string; readonly timeoutMs: number };

const INLINE_SELECTOR = ':scope > script[type="application/json"]';

/** `load-timeout` when it is not a positive number of seconds. */
const DEFAULT_LOAD_TIMEOUT_SECONDS = 30;
/** A day: setTimeout cannot wait longer than about 24.8 days, and no reader waits a day. */
const MAX_LOAD_TIMEOUT_SECONDS = 86_400;

/** The time limit of a `src` load in ms, from the `load-timeout` attribute's seconds. */
export function loadTimeoutMs(seconds: number | null | undefined): number {
  const limit = Number(seconds);
  return 1000 * (limit > 0 ? Math.min(limit, MAX_LOAD_TIMEOUT_SECONDS) : DEFAULT_LOAD_TIMEOUT_SECONDS);
}

/** The host's inputs, in the order it prefers them: `data`, then `src`, then its inline JSON. */
export interface SourceInputs {
  readonly data?: unknown;
  readonly src?: string;
  /** `load-timeout`, in seconds. */
  readonly loadTimeout: number;
}

/**
 * Owns loading: picks the source, fetches `src` within a time limit (a newer source aborts an older one),
 * parses, watches for late inline JSON, and fires `timeline-load`/`timeline-error` once a state is drawn.
 */
export class DocumentController implements ReactiveController {
  state: DocumentState = { status: 'empty' };
  /** Text of the inline JSON child, or undefined when there is none. */
  inlineText: string | undefined;

  /** The parsed document of a ready state. */
  get document(): TimelineDocument | undefined {
    return this.state.status === 'ready' ? this.state.document : undefined;
  }

  /** What went wrong with the current document, ready or failed. */
  get problems(): readonly TimelineProblem[] {
    return this.state.status === 'ready' || this.state.status === 'error' ? this.state.problems : [];
  }

  readonly #host: ReactiveControllerHost & HTMLElement;
  #abort: AbortController | undefined;
  /** The last source given, for `retry()`. */
  #source: DocumentSource = { kind: 'none' };
  #observer: MutationObserver | undefined;
  /** The inputs of the last load: only a change in them loads again. */
  #used: readonly unknown[] = [undefined, undefined, undefined];
  /** The last settled state the host has drawn and announced. */
  #announced: DocumentState | undefined;
  readonly #onAnnounced: () => void;
  readonly #strings: () => Strings;
  /** Hears each later document of a drawn timeline, usable or not, before it is drawn (LiveController). */
  onUpdate?: (before: TimelineDocument, next: DocumentState) => void;
  /** The last good answer to a `src` load: the live file's first refresh sends its validators. */
  answer?: Response;
  /** Ids of the events that arrived with the last update, marked "New" for a while (set by the live file). */
  fresh?: ReadonlySet<string>;

  /** `onAnnounced` runs after `timeline-load` or `timeline-error` has fired; `strings` is the host's table. */
  constructor(host: ReactiveControllerHost & HTMLElement, onAnnounced: () => void, strings: () => Strings) {
    this.#host = host;
    this.#onAnnounced = onAnnounced;
    this.#strings = strings;
    host.addController(this);
  }

  hostConnected(): void {
    this.#readInline();
    this.#observer = new MutationObserver(() => this.#readInline());
    this.#observer.observe(this.#host, { childList: true, subtree: true, characterData: true });
  }

  hostDisconnected(): void {
    this.#observer?.disconnect();
    this.#observer = undefined;
    this.#abort?.abort();
    this.#abort = undefined;
    // A fetch cut off by disconnection starts again when the element returns.
    if (this.state.status === 'loading') this.state = { status: 'empty' };
  }

  hostUpdated(): void {
    const current = this.state;
    if (current === this.#announced || (current.status !== 'ready' && current.status !== 'error')) return;
    this.#announced = current;
    if (current.status === 'ready') {
      if (current.problems.length > 0) {
        console.warn(`<news-timeline>: ${current.problems.length} problem(s) in the document`, current.problems);
      }
      this.#host.dispatchEvent(new TimelineLoadEvent({ document: current.document, problems: current.problems }));
    } else {
      this.#host.dispatchEvent(new TimelineErrorEvent({ message: current.message(this.#strings()), problems: current.problems }));
    }
    this.#onAnnounced();
  }

  /**
   * Loads again when `data`, `src` or the inline JSON changed. Call it first in `willUpdate`:
   * from `hostUpdate`, which runs later, a `data` document would be drawn one update late.
   */
  setSource(inputs: SourceInputs): void {
    const used = [inputs.data, inputs.src, this.inlineText];
    if (used.every((value, i) => value === this.#used[i])) return;
    this.#used = used;
    this.load(chooseSource(inputs, this.inlineText));
  }

  /** Starts loading from `source`, cancelling whatever was under way. */
  load(source: DocumentSource): void {
    this.#source = source;
    this.#abort?.abort();
    this.#abort = undefined;
    switch (source.kind) {
      case 'none':
        this.#settle({ status: 'empty' });
        return;
      case 'data':
        this.#update(stateFromParsed(source.value));
        return;
      case 'inline':
        this.#update(stateFromText(source.text, (strings) => localize(strings, 'inlineData')));
        return;
      case 'src':
        void this.#fetchSource(source);
    }
  }

  /** Fetches the last `src` again. See docs/performance.md#try-again-asks-the-server-not-the-http-cache. */
  retry(): void {
    const source = this.#source;
    if (source.kind === 'src') void this.#fetchSource(source, 'no-cache');
  }

  async #fetchSource({ url, timeoutMs }: SrcSource, cache?: RequestCache): Promise<void> {
    const abort = new AbortController();
    this.#abort = abort;
    this.#settle({ status: 'loading' });
    // The limit covers the whole answer: aborting also ends a body that has stalled.
    const timer = setTimeout(() => abort.abort(), timeoutMs);
    const where = quoteText(url, 200);
    let next: DocumentState;
    try {
      const response = await fetch(url, { signal: abort.signal, cache, headers: { Accept: 'application/json' } });
      if (!response.ok) {
        const { status } = response;
        next = failure((strings) => localize(strings, 'loadFailed', { where, reason: localize(strings, 'serverAnswered', { status }) }), [], true);
      } else {
        next = stateFromText(await response.text(), (strings) => localize(strings, 'timelineFile', { where }));
        this.answer = response;
      }
    } catch (error) {
      // A newer source or disconnection took over; otherwise an abort is the time limit's.
      if (this.#abort !== abort) return;
      const reason = (strings: Strings) => abort.signal.aborted
        ? localize(strings, 'timeLimit', { seconds: timeoutMs / 1000 })
        : describeFetchError(error, strings);
      next = failure((strings) => localize(strings, 'loadFailed', { where, reason: reason(strings) }), [], true);
    } finally {
      clearTimeout(timer);
    }
    if (this.#abort !== abort) return;
    this.#abort = undefined;
    this.#settle(next);
  }

  /**
   * A later document of a drawn timeline is drawn in place and fires no `timeline-load` (the live
   * engine fires `timeline-update`); one that cannot be used keeps the last good one on screen.
   */
  #update(next: DocumentState): void {
    const before = this.document;
    if (before) {
      this.onUpdate?.(before, next);
      if (next.status === 'error') return;
      this.#announced = next;
    }
    this.#settle(next);
  }

  #readInline(): void {
    const script = this.#host.querySelector(INLINE_SELECTOR);
    const text = script?.textContent ?? undefined;
    if (text !== this.inlineText) {
      this.inlineText = text;
      this.#host.requestUpdate();
    }
  }

  #settle(state: DocumentState): void {
    this.state = state;
    this.#host.requestUpdate();
  }
}

/** `data` wins, then `src`, then inline JSON; with none of them the element is empty. */
function chooseSource({ data, src, loadTimeout }: SourceInputs, inline: string | undefined): DocumentSource {
  if (data !== undefined && data !== null) return { kind: 'data', value: data };
  if (src) return { kind: 'src', url: src, timeoutMs: loadTimeoutMs(loadTimeout) };
  if (inline !== undefined) return { kind: 'inline', text: inline };
  return { kind: 'none' };
}

function failure(message: (strings: Strings) => string, problems: readonly TimelineProblem[] = [], retry = false): DocumentState {
  return { status: 'error', message, problems, retry };
}

function stateFromText(text: string, what: (strings: Strings) => string): DocumentState {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return failure((strings) => localize(strings, 'notJson', { what: what(strings), detail }));
  }
  return stateFromParsed(value);
}

function stateFromParsed(value: unknown): DocumentState {
  const { document, problems } = parseTimelineDocument(value);
  if (!document) {
    const fatal = problems.find((problem) => problem.severity === 'fatal');
    // The parser's reasons are for producers, in English like the CLI's.
    return failure((strings) => fatal?.message ?? localize(strings, 'unusable'), problems);
  }
  return { status: 'ready', document, problems };
}

function describeFetchError(error: unknown, strings: Strings): string {
  // Browsers word network failures differently ("Failed to fetch", "NetworkError…").
  if (error instanceof TypeError) return localize(strings, 'networkFailed');
  return error instanceof Error ? error.message : String(error);
}
