import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { loadBeside } from '../load-beside.js';
import type { Autoplay, AutoplayHost, AutoplayState, startAutoplay } from '../autoplay/autoplay.js';

/**
 * The `autoplay` attribute's side in the bundle: the Pause/Play button's state, and the engine
 * (news-timeline.autoplay.js, src/autoplay/) fetched only while the attribute is set and the element
 * connected. If the engine cannot load, nothing plays and the button goes.
 */
export class AutoplayController implements ReactiveController, AutoplayState {
  /** The reader paused it (the button says Play); set before the engine arrives, it starts paused. */
  paused = false;
  /** The engine could not load. */
  failed = false;

  readonly host: AutoplayHost & ReactiveControllerHost;
  readonly advance: () => boolean;
  #engine: Promise<Autoplay | void> | undefined;

  constructor(host: AutoplayHost & ReactiveControllerHost, advance: () => boolean) {
    this.host = host;
    this.advance = advance;
    host.addController(this);
  }

  // Also after a reconnect: the element draws again then (its size is observed anew).
  hostUpdated(): void {
    if (this.host.autoplay === null) this.hostDisconnected();
    else this.#engine ??= loadBeside<{ startAutoplay: typeof startAutoplay }>('autoplay').then(
      (engine) => engine.startAutoplay(this.host, this),
      () => {
        this.failed = true;
        this.host.requestUpdate();
      },
    );
  }

  hostDisconnected(): void {
    void this.#engine?.then((engine) => engine?.stop());
    this.#engine = undefined;
  }

  /** The Pause/Play button. */
  readonly onToggle = (): void => {
    this.paused = !this.paused;
    this.host.requestUpdate();
    void this.#engine?.then((engine) => engine?.sync());
  };
}
