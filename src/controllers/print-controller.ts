import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Whether the page is printing; on `beforeprint` the host asks for an update and renders it
 * at once (`flush`, e.g. the element's `performUpdate`).
 * See docs/performance.md#the-print-list-only-while-printing.
 */
export class PrintController implements ReactiveController {
  active = false;

  readonly #host: ReactiveControllerHost;
  readonly #flush: () => void;
  #query: MediaQueryList | undefined;

  constructor(host: ReactiveControllerHost, flush: () => void) {
    this.#host = host;
    this.#flush = flush;
    host.addController(this);
  }

  hostConnected(): void {
    this.#query = globalThis.matchMedia?.('print');
    this.#query?.addEventListener('change', this.#onChange);
    globalThis.addEventListener('beforeprint', this.#onBeforePrint);
    globalThis.addEventListener('afterprint', this.#onChange);
    this.active = this.#query?.matches ?? false;
  }

  hostDisconnected(): void {
    this.#query?.removeEventListener('change', this.#onChange);
    globalThis.removeEventListener('beforeprint', this.#onBeforePrint);
    globalThis.removeEventListener('afterprint', this.#onChange);
  }

  readonly #onBeforePrint = (): void => {
    this.active = true;
    this.#host.requestUpdate();
    this.#flush();
  };

  readonly #onChange = (): void => {
    const active = this.#query?.matches ?? false;
    if (active === this.active) return;
    this.active = active;
    this.#host.requestUpdate();
  };
}
