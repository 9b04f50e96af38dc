import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { parseTimelineDocument } from '../core/parse.js';
import type { TimelineDocument, TimelineProblem } from '../core/types.js';

/** What the element shows: nothing given yet, a fetch under way, a reason it failed, or a document. */
export type DocumentState =
  | { readonly status: 'empty' }
  | { readonly status: 'loading' }
  | { readonly status: 'error'; readonly message: string; readonly problems: readonly TimelineProblem[] }
  | { readonly status: 'ready'; readonly document: TimelineDocument; readonly problems: readonly TimelineProblem[] };

/** Where a document comes from, in the order the element prefers them. */
export type DocumentSource =
  | { readonly kind: 'data'; readonly value: unknown }
  | { readonly kind: 'src'; readonly url: string }
  | { readonly kind: 'inline'; readonly text: string }
  | { readonly kind: 'none' };

const INLINE_SELECTOR = ':scope > script[type="application/json"]';

/**
 * Owns loading: fetches `src` (a newer source aborts an older fetch), parses, and watches
 * the host's inline `<script type="application/json">` child, which a CMS may add late.
 */
export class DocumentController implements ReactiveController {
  state: DocumentState = { status: 'empty' };
  /** Text of the inline JSON child, or undefined when there is none. */
  inlineText: string | undefined;

  readonly #host: ReactiveControllerHost & HTMLElement;
  #abort: AbortController | undefined;
  #observer: MutationObserver | undefined;

  constructor(host: ReactiveControllerHost & HTMLElement) {
    this.#host = host;
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

  /** Starts loading from `source`, cancelling whatever was under way. */
  load(source: DocumentSource): void {
    this.#abort?.abort();
    this.#abort = undefined;
    switch (source.kind) {
      case 'none':
        this.#settle({ status: 'empty' });
        return;
      case 'data':
        this.#settle(stateFromParsed(source.value));
        return;
      case 'inline':
        this.#settle(stateFromText(source.text, 'The inline timeline data'));
        return;
      case 'src':
        void this.#fetchSource(source.url);
    }
  }

  async #fetchSource(url: string): Promise<void> {
    const abort = new AbortController();
    this.#abort = abort;
    this.#settle({ status: 'loading' });
    let next: DocumentState;
    try {
      const response = await fetch(url, { signal: abort.signal, headers: { Accept: 'application/json' } });
      if (!response.ok) {
        const reason = `${response.status}${response.statusText ? ` ${response.statusText}` : ''}`;
        next = failure(`Could not load the timeline from "${url}": the server answered ${reason}.`);
      } else {
        next = stateFromText(await response.text(), `The timeline file "${url}"`);
      }
    } catch (error) {
      if (abort.signal.aborted) return;
      next = failure(`Could not load the timeline from "${url}": ${describeFetchError(error)}.`);
    }
    if (abort.signal.aborted) return;
    this.#abort = undefined;
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

function failure(message: string, problems: readonly TimelineProblem[] = []): DocumentState {
  return { status: 'error', message, problems };
}

function stateFromText(text: string, what: string): DocumentState {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return failure(`${what} is not valid JSON: ${detail}`);
  }
  return stateFromParsed(value);
}

function stateFromParsed(value: unknown): DocumentState {
  const { document, problems } = parseTimelineDocument(value);
  if (!document) {
    const fatal = problems.find((problem) => problem.severity === 'fatal');
    return failure(fatal?.message ?? 'The timeline document could not be used.', problems);
  }
  return { status: 'ready', document, problems };
}

function describeFetchError(error: unknown): string {
  // Browsers word network failures differently ("Failed to fetch", "NetworkError…").
  if (error instanceof TypeError) return 'the network request failed (offline, blocked, or not allowed from this page)';
  return error instanceof Error ? error.message : String(error);
}
