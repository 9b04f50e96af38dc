import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { TimeDomain } from '../core/time/scale.js';
import { clampDomain, sameDomain, zoomLimits, type ZoomLimits } from '../core/window/zoom.js';
import type { TimelineEvent } from '../core/document/types.js';
import { parseWindowEdge } from '../core/time/time-input.js';
import { AnimationClock } from './animation-clock.js';
import type { ViewChangeSource } from './zoom-controller.js';

export interface ViewSettled {
  readonly domain: TimeDomain;
  readonly source: ViewChangeSource;
}

/**
 * Owns the visible window: its limits for the current document, the first window from
 * `start`/`end`, readers' requests (clamped, animated unless reduced motion is asked for),
 * and moves made by code. `onSettle` runs once a reader's move has come to rest.
 */
export class WindowController implements ReactiveController {
  domain: TimeDomain | undefined;
  limits: ZoomLimits | undefined;

  readonly #host: ReactiveControllerHost;
  readonly #onSettle: (settled: ViewSettled) => void;
  readonly #animation = new AnimationClock();
  /** The window when a reader last finished moving it: a settle that changes nothing stays quiet. */
  #settled: TimeDomain | undefined;

  constructor(host: ReactiveControllerHost, onSettle: (settled: ViewSettled) => void) {
    this.#host = host;
    this.#onSettle = onSettle;
    host.addController(this);
  }

  hostDisconnected(): void {
    this.#animation.stop();
  }

  /** A new document: its limits, and the first window (`start`/`end` where given and valid). */
  reset(events: readonly TimelineEvent[], start: string | undefined, end: string | undefined): void {
    this.limits = zoomLimits(events);
    this.applyWindow(start, end);
  }

  /** The `start`/`end` attributes changed: code, so no event and no animation. */
  applyWindow(start: string | undefined, end: string | undefined): void {
    if (!this.limits) return;
    const from = parseWindowEdge(start, 'start');
    const to = parseWindowEdge(end, 'end');
    const outer = this.limits.outer;
    this.setFromCode(from === undefined && to === undefined ? outer : [from ?? outer[0], to ?? outer[1]]);
  }

  clear(): void {
    this.#animation.stop();
    this.domain = this.limits = this.#settled = undefined;
  }

  /** A reader asked for a window: set at once (gestures) or animated (buttons, keys). */
  request(domain: TimeDomain, source: ViewChangeSource, how: 'animate' | 'direct'): void {
    if (!this.limits || !this.domain) return;
    const target = clampDomain(domain, this.limits);
    if (how === 'direct' || prefersReducedMotion()) {
      this.#animation.stop();
      this.#set(target);
      if (how === 'animate') this.settle(source);
      return;
    }
    this.#animation.run(this.domain, target, (frame) => this.#set(frame), () => this.settle(source));
  }

  /** A reader's move has come to rest. */
  settle(source: ViewChangeSource): void {
    const domain = this.domain;
    if (!domain || (this.#settled && sameDomain(domain, this.#settled))) return;
    this.#settled = domain;
    this.#onSettle({ domain, source });
  }

  /** Code moved the view: no event, no announcement, no animation. */
  setFromCode(domain: TimeDomain): void {
    if (!this.limits) return;
    this.#animation.stop();
    this.domain = this.#settled = clampDomain(domain, this.limits);
    this.#host.requestUpdate();
  }

  #set(domain: TimeDomain): void {
    this.domain = domain;
    this.#host.requestUpdate();
  }
}

function prefersReducedMotion(): boolean {
  return globalThis.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;
}
