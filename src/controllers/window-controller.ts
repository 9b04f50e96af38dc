import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { eventAnchorMs, type TimeDomain } from '../core/time/scale.js';
import {
  clampDomain, panDomain, revealClusterDomain, revealDomain, sameDomain, zoomAbilities, zoomDomain, zoomLimits, type ZoomLimits,
} from '../core/window/zoom.js';
import type { TimelineEvent } from '../core/document/types.js';
import { invalidArgument, parseWindowEdge, toEpochMs, type TimeInput } from '../core/time/time-input.js';

/** What moved the window: reported in `timeline-viewchange`. */
export type ViewChangeSource = 'wheel' | 'pinch' | 'drag' | 'dblclick' | 'keyboard' | 'button';

/** One step of a control button or its key. */
export type WindowStep = 'zoom-in' | 'zoom-out' | 'reset' | 'pan-back' | 'pan-forward';

export interface ViewSettled {
  readonly domain: TimeDomain;
  readonly source: ViewChangeSource;
}

/** Zoom step of a button, key or double-click. */
export const ZOOM_STEP = 2;
/** Pan step of a button or PageUp/PageDown, as a share of the visible span. */
const PAN_STEP = 0.5;
/** Length of a button or key zoom: long enough to follow, short enough not to wait for. */
const ANIMATION_MS = 200;

/**
 * Owns the visible window and its limits: readers' moves (clamped, animated unless reduced motion
 * is asked for) and code's. `onSettle` runs once a reader's move has come to rest.
 */
export class WindowController implements ReactiveController {
  domain: TimeDomain | undefined;
  limits: ZoomLimits | undefined;

  readonly #host: ReactiveControllerHost;
  readonly #onSettle: (settled: ViewSettled) => void;
  #frame: number | undefined;
  /** The window when a reader last finished moving it: a settle that changes nothing stays quiet. */
  #settled: TimeDomain | undefined;

  /** The window as the element's public `view`: Dates, or null before a document is drawn. */
  get view(): { readonly start: Date; readonly end: Date } | null {
    return this.domain ? { start: new Date(this.domain[0]), end: new Date(this.domain[1]) } : null;
  }

  constructor(host: ReactiveControllerHost, onSettle: (settled: ViewSettled) => void) {
    this.#host = host;
    this.#onSettle = onSettle;
    host.addController(this);
  }

  hostDisconnected(): void {
    this.#stopAnimation();
  }

  /**
   * A new document: its limits, long empty stretches shortened
   * unless `compress` is false, and the first window (`start`/`end` where given and valid).
   */
  reset(events: readonly TimelineEvent[], start: string | undefined, end: string | undefined, compress = true): void {
    this.limits = zoomLimits(events, { compress });
    this.applyWindow(start, end);
  }

  /**
   * `proportional` changed: the new limits, keeping a window the reader chose (clamped to them);
   * a view of the whole document stays the whole document.
   */
  rescale(events: readonly TimelineEvent[], compress: boolean): void {
    const whole = !this.domain || !this.limits || sameDomain(this.domain, this.limits.outer);
    const kept = this.domain;
    this.limits = zoomLimits(events, { compress });
    this.setFromCode(whole || !kept ? this.limits.outer : kept);
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
    this.#stopAnimation();
    this.domain = this.limits = this.#settled = undefined;
  }

  /** A reader asked for a window: set at once (gestures) or animated (buttons, keys). */
  request(domain: TimeDomain, source: ViewChangeSource, how: 'animate' | 'direct'): void {
    if (!this.limits || !this.domain) return;
    const target = clampDomain(domain, this.limits);
    if (how === 'direct' || prefersReducedMotion()) {
      this.#stopAnimation();
      this.#set(target);
      if (how === 'animate') this.settle(source);
      return;
    }
    this.#animate(this.domain, target, source);
  }

  /** A control button or its key: zoom around `anchor` (default: the centre), pan by half, or show all. */
  step(step: WindowStep, source: ViewChangeSource, anchor?: number): void {
    const { domain, limits } = this;
    if (!domain || !limits) return;
    const next = {
      'zoom-in': () => zoomDomain(domain, ZOOM_STEP, limits, anchor),
      'zoom-out': () => zoomDomain(domain, 1 / ZOOM_STEP, limits, anchor),
      reset: () => limits.outer,
      'pan-back': () => panDomain(domain, -PAN_STEP, limits),
      'pan-forward': () => panDomain(domain, PAN_STEP, limits),
    }[step]();
    this.request(next, source, 'animate');
  }

  /** Pans `event` into the window when it lies outside (a keyboard move). */
  reveal(event: TimelineEvent | undefined): void {
    const next = this.#revealing(event);
    if (next) this.request(next, 'keyboard', 'animate');
  }

  /**
   * Pans `event`'s marker into view for a story step: animated (when `animate` and motion is welcome),
   * yet quiet like code (no `onSettle`), so the step's own words are what a screen reader hears.
   */
  bringIntoView(event: TimelineEvent | undefined, animate: boolean): void {
    const next = event && this.#revealing(event, eventAnchorMs(event));
    if (next && animate && !prefersReducedMotion()) this.#animate(this.domain!, next);
    else if (next) this.setFromCode(next);
  }

  /** Which steps would move the window, for the buttons; undefined before a document. */
  abilities(): Record<WindowStep, boolean> | undefined {
    if (!this.domain || !this.limits) return undefined;
    const can = zoomAbilities(this.domain, this.limits);
    return { 'zoom-in': can.zoomIn, 'zoom-out': can.zoomOut, reset: can.zoomOut, 'pan-back': can.panBack, 'pan-forward': can.panForward };
  }

  /** `at` when it is inside the window, else undefined. */
  within(at: number | undefined): number | undefined {
    const domain = this.domain;
    return at !== undefined && domain && at >= domain[0] && at <= domain[1] ? at : undefined;
  }

  /** A cluster badge zooms to its events; false when they are too close to part. */
  revealCluster(cluster: TimeDomain): boolean {
    const target = this.domain && this.limits && revealClusterDomain(cluster, this.domain, this.limits);
    if (target) this.request(target, 'button', 'animate');
    return !!target;
  }

  /** The public `zoomTo`: checks its arguments, then moves as code. */
  zoomTo(start: TimeInput, end: TimeInput): void {
    const from = toEpochMs(start, "zoomTo's start", 'start');
    const to = toEpochMs(end, "zoomTo's end", 'end');
    this.setFromCode([Math.min(from, to), Math.max(from, to)]);
  }

  /** The public `zoomBy`. */
  zoomBy(factor: number, anchor?: TimeInput): void {
    if (!(Number.isFinite(factor) && factor > 0)) throw invalidArgument("zoomBy's factor", factor, 'a finite number above 0');
    const at = anchor === undefined ? undefined : toEpochMs(anchor, "zoomBy's anchor", 'start');
    if (this.domain && this.limits) this.setFromCode(zoomDomain(this.domain, factor, this.limits, at));
  }

  /** The public `panBy`. */
  panBy(fraction: number): void {
    if (!Number.isFinite(fraction)) throw invalidArgument("panBy's fraction", fraction, 'a finite number');
    if (this.domain && this.limits) this.setFromCode(panDomain(this.domain, fraction, this.limits));
  }

  /** A reader's move has come to rest. */
  settle(source: ViewChangeSource): void {
    const domain = this.domain;
    if (!domain || (this.#settled && sameDomain(domain, this.#settled))) return;
    this.#settled = domain;
    this.#onSettle({ domain, source });
  }

  /** Code moved the window: no event, no announcement, no animation. */
  setFromCode(domain: TimeDomain): void {
    if (!this.limits) return;
    this.#stopAnimation();
    this.domain = this.#settled = clampDomain(domain, this.limits);
    this.#host.requestUpdate();
  }

  /** The window that shows `event` from `from` to its marker, or undefined when it is in view already. */
  #revealing(event: TimelineEvent | undefined, from = event?.startMs): TimeDomain | undefined {
    const { domain, limits } = this;
    if (!event || !domain || !limits || from === undefined) return undefined;
    const next = revealDomain(domain, from, Math.max(from, eventAnchorMs(event)), limits);
    return sameDomain(next, domain) ? undefined : next;
  }

  #set(domain: TimeDomain): void {
    this.domain = domain;
    this.#host.requestUpdate();
  }

  /** Eases from one window to another over a few frames (ease-out cubic); one run at a time. Settles a reader's `source`. */
  #animate(from: TimeDomain, to: TimeDomain, source?: ViewChangeSource): void {
    this.#stopAnimation();
    const started = performance.now();
    // Eased in axis units, so a zoom across a break moves as evenly as it looks.
    const { warp } = this.limits!;
    const [a, b, c, d] = [from[0], from[1], to[0], to[1]].map((ms) => warp.toAxis(ms));
    const step = (now: number) => {
      const t = Math.min(1, (now - started) / ANIMATION_MS);
      const eased = 1 - (1 - t) ** 3;
      this.#set(t < 1 ? [warp.toTime(a + (c - a) * eased), warp.toTime(b + (d - b) * eased)] : to);
      if (t < 1) {
        this.#frame = requestAnimationFrame(step);
      } else {
        this.#frame = undefined;
        if (source) this.settle(source);
        else this.#settled = to;
      }
    };
    this.#frame = requestAnimationFrame(step);
  }

  #stopAnimation(): void {
    if (this.#frame !== undefined) cancelAnimationFrame(this.#frame);
    this.#frame = undefined;
  }
}

function prefersReducedMotion(): boolean {
  return globalThis.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;
}
