import type { ReactiveController } from 'lit';
import { loadBeside } from '../load-beside.js';
import type * as Engine from '../permalinks/permalinks.js';
import type { PermalinkElement, PermalinkHost, Permalinks } from '../permalinks/permalinks.js';

/** The element with its `permalinks` switch. */
export type PermalinkControllerHost = PermalinkElement & { permalinks: boolean; addController(controller: ReactiveController): void };

/**
 * Links to events, on the element's side: loads news-timeline.permalinks.js the first time
 * the host has `permalinks`, and from then on hands it each update.
 */
export class PermalinkController implements ReactiveController {
  #engine: Permalinks | undefined;
  #requested = false;
  readonly #host: PermalinkHost & { element: PermalinkControllerHost };

  constructor(host: PermalinkHost & { element: PermalinkControllerHost }) {
    this.#host = host;
    host.element.addController(this);
  }

  /** Whether the host has `permalinks` and their file has loaded: Copy link is drawn then. */
  get active(): boolean {
    return !!this.#engine && this.#host.element.permalinks;
  }

  /** The link shown to copy by hand after the clipboard refused it. */
  get failedLink(): string | undefined {
    return this.#engine?.failedLink(this.#host.element.selected);
  }

  readonly onCopy = (): void => void this.#engine?.copy();

  hostUpdated(): void {
    const { element } = this.#host;
    if (element.permalinks && !this.#requested) {
      this.#requested = true;
      // Without its file (offline, blocked), links are simply off.
      loadBeside<typeof Engine>('permalinks').then(
        (engine) => ((this.#engine = engine.startPermalinks(this.#host)), element.requestUpdate()),
        () => undefined,
      );
    }
    this.#engine?.sync(element.permalinks && element.isConnected);
  }

  hostDisconnected(): void {
    this.#engine?.sync(false);
  }
}
