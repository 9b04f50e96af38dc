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
  /** The engine, once its file has loaded; links are off (and Copy link not drawn) until then. */
  engine: Permalinks | undefined;
  #asked = false;
  readonly #host: PermalinkHost & { element: PermalinkControllerHost };

  constructor(host: PermalinkHost & { element: PermalinkControllerHost }) {
    this.#host = host;
    host.element.addController(this);
  }

  hostUpdated(): void {
    const { element } = this.#host;
    if (element.permalinks && !this.#asked) {
      this.#asked = true;
      // Without its file (offline, blocked), links are simply off.
      loadBeside<typeof Engine>('permalinks').then(
        (engine) => ((this.engine = engine.startPermalinks(this.#host)), element.requestUpdate()),
        () => undefined,
      );
    }
    this.engine?.sync(element.permalinks);
  }

  hostDisconnected(): void {
    this.engine?.sync(false);
  }
}
