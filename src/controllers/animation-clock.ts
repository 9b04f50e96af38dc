import type { TimeDomain } from '../core/time/scale.js';

/** Length of a button or key zoom: long enough to follow, short enough not to wait for. */
const ANIMATION_MS = 200;

/** Eases a domain from one window to another over a few frames; one run at a time. */
export class AnimationClock {
  #frame: number | undefined;

  run(from: TimeDomain, to: TimeDomain, onFrame: (domain: TimeDomain) => void, onDone: () => void): void {
    this.stop();
    const started = performance.now();
    const step = (now: number) => {
      const t = Math.min(1, (now - started) / ANIMATION_MS);
      const eased = 1 - (1 - t) ** 3;
      onFrame([from[0] + (to[0] - from[0]) * eased, from[1] + (to[1] - from[1]) * eased]);
      if (t < 1) {
        this.#frame = requestAnimationFrame(step);
      } else {
        this.#frame = undefined;
        onDone();
      }
    };
    this.#frame = requestAnimationFrame(step);
  }

  stop(): void {
    if (this.#frame !== undefined) cancelAnimationFrame(this.#frame);
    this.#frame = undefined;
  }
}
