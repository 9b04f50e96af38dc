import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { normalizeWheelDelta, panDomain, wheelZoomFactor, zoomDomain, type ZoomLimits } from '../core/window/zoom.js';
import type { TimeDomain } from '../core/time/scale.js';
import { ZOOM_STEP, type WindowController } from './window-controller.js';

/** What gestures need from the element besides its window. */
export interface GestureTarget {
  /** The box whose width (height when vertical) maps to the domain; gestures start inside it. */
  plot(): HTMLElement | null;
  /** Which way time runs: down the plot when vertical, leftwards when reversed (right-to-left). */
  axis(): { readonly vertical: boolean; readonly reversed: boolean };
}

const DRAG_THRESHOLD_PX = 5;
const WHEEL_SETTLE_MS = 250;

interface Gesture {
  readonly domain: TimeDomain;
  readonly length: number;
  /** Pointer positions along the axis (px from its start) when the gesture started, by pointer id. */
  readonly starts: Map<number, number>;
  moved: boolean;
  kind: 'drag' | 'pinch';
  /** Once two fingers pinched, the whole gesture reports as a pinch. */
  pinched: boolean;
}

/**
 * Turns wheel, pointer and double-click input on the plot into requested windows; plain vertical
 * wheel and vertical touch swipes stay the page's. Listeners on the host: timelines never steer each other.
 */
export class GestureController implements ReactiveController {
  readonly #host: ReactiveControllerHost & HTMLElement;
  readonly #window: WindowController;
  readonly #target: GestureTarget;
  readonly #pointers = new Map<number, number>();
  #gesture: Gesture | undefined;
  #wheelTimer: ReturnType<typeof setTimeout> | undefined;
  #suppressClick = false;

  constructor(host: ReactiveControllerHost & HTMLElement, views: WindowController, target: GestureTarget) {
    this.#host = host;
    this.#window = views;
    this.#target = target;
    host.addController(this);
  }

  /** Every listener, on the host: timelines on one page never hear each other's input. */
  #listeners(): ReadonlyArray<[string, EventListener, AddEventListenerOptions?]> {
    return [
      ['wheel', this.#onWheel as EventListener, { passive: false }],
      ['pointerdown', this.#onPointerDown as EventListener],
      ['pointermove', this.#onPointerMove as EventListener],
      ['pointerup', this.#onPointerEnd as EventListener],
      ['pointercancel', this.#onPointerEnd as EventListener],
      ['click', this.#onClickCapture as EventListener, { capture: true }],
      ['dblclick', this.#onDoubleClick as EventListener],
    ];
  }

  hostConnected(): void {
    for (const [type, listener, options] of this.#listeners()) this.#host.addEventListener(type, listener, options);
  }

  hostDisconnected(): void {
    for (const [type, listener, options] of this.#listeners()) this.#host.removeEventListener(type, listener, options);
    clearTimeout(this.#wheelTimer);
    this.#pointers.clear();
    this.#gesture = undefined;
  }

  /** The plot's extent along the time axis, the current window and the limits. */
  #geometry(): { length: number; domain: TimeDomain; limits: ZoomLimits } | undefined {
    const plot = this.#target.plot();
    const domain = this.#window.domain;
    const limits = this.#window.limits;
    if (!plot || !domain || !limits) return undefined;
    const box = plot.getBoundingClientRect();
    const length = this.#target.axis().vertical ? box.height : box.width;
    if (length <= 0) return undefined;
    return { length, domain, limits };
  }

  /** How far along the time axis (px from its start) a client point is. */
  #along(point: { clientX: number; clientY: number }): number {
    const box = this.#target.plot()!.getBoundingClientRect();
    const { vertical, reversed } = this.#target.axis();
    if (vertical) return point.clientY - box.top;
    return reversed ? box.right - point.clientX : point.clientX - box.left;
  }

  /** The time under a point `along` the axis: linear in axis units, through the warp. */
  #timeAt(along: number, geometry: { length: number; domain: TimeDomain; limits: ZoomLimits }): number {
    const { warp } = geometry.limits;
    const from = warp.toAxis(geometry.domain[0]);
    return warp.toTime(from + (along / geometry.length) * (warp.toAxis(geometry.domain[1]) - from));
  }

  /** Whether an event started inside the plot (shadow DOM retargets, so read the composed path). */
  #inPlot(event: Event): boolean {
    const plot = this.#target.plot();
    return plot !== null && event.composedPath().includes(plot);
  }

  readonly #onWheel = (wheel: WheelEvent): void => {
    const geometry = this.#geometry();
    if (!geometry || !this.#inPlot(wheel)) return;
    const { vertical, reversed } = this.#target.axis();
    const dx = normalizeWheelDelta(wheel.deltaX, wheel.deltaMode);
    const dy = normalizeWheelDelta(wheel.deltaY, wheel.deltaMode);
    let next: TimeDomain;
    if (wheel.ctrlKey || wheel.metaKey) {
      // ctrl/⌘ + wheel, and trackpad pinch (which browsers send as ctrl + wheel).
      next = zoomDomain(geometry.domain, wheelZoomFactor(dy), geometry.limits, this.#timeAt(this.#along(wheel), geometry));
    } else if (!vertical && Math.abs(dx) > Math.abs(dy)) {
      // A horizontal swipe pans a horizontal timeline; a vertical one is the page's, never taken.
      next = panDomain(geometry.domain, (reversed ? -dx : dx) / geometry.length, geometry.limits);
    } else {
      return;
    }
    wheel.preventDefault();
    this.#window.request(next, 'wheel', 'direct');
    clearTimeout(this.#wheelTimer);
    this.#wheelTimer = setTimeout(() => this.#window.settle('wheel'), WHEEL_SETTLE_MS);
  };

  readonly #onPointerDown = (pointer: PointerEvent): void => {
    if (pointer.button !== 0 || !this.#inPlot(pointer)) return;
    const geometry = this.#geometry();
    if (!geometry) return;
    // A vertical timeline leaves one-finger drags to the page's scrolling: pinch still zooms.
    if (this.#target.axis().vertical && pointer.pointerType === 'touch' && this.#pointers.size === 0) {
      this.#pointers.set(pointer.pointerId, this.#along(pointer));
      return;
    }
    this.#pointers.set(pointer.pointerId, this.#along(pointer));
    // Each added finger restarts the gesture from the current view, so nothing jumps.
    this.#gesture = {
      domain: geometry.domain,
      length: geometry.length,
      starts: new Map(this.#pointers),
      moved: false,
      kind: this.#pointers.size >= 2 ? 'pinch' : 'drag',
      pinched: this.#gesture?.pinched ?? false,
    };
  };

  readonly #onPointerMove = (pointer: PointerEvent): void => {
    const gesture = this.#gesture;
    const limits = this.#window.limits;
    if (!this.#pointers.has(pointer.pointerId)) return;
    this.#pointers.set(pointer.pointerId, this.#along(pointer));
    if (!gesture || !limits) return;
    if (gesture.kind === 'pinch' && this.#pointers.size >= 2) {
      const { warp } = limits;
      const from = warp.toAxis(gesture.domain[0]);
      const span = warp.toAxis(gesture.domain[1]) - from;
      const [a, b] = [...gesture.starts.keys()];
      const startA = gesture.starts.get(a)!;
      const startB = gesture.starts.get(b)!;
      const nowA = this.#pointers.get(a) ?? startA;
      const nowB = this.#pointers.get(b) ?? startB;
      const startDistance = Math.max(1, Math.abs(startA - startB));
      const distance = Math.max(1, Math.abs(nowA - nowB));
      // The time under the fingers' first midpoint stays under their current midpoint.
      const anchorAxis = from + ((startA + startB) / 2 / gesture.length) * span;
      const nextSpan = span / (distance / startDistance);
      const midShare = (nowA + nowB) / 2 / gesture.length;
      const start = anchorAxis - midShare * nextSpan;
      gesture.moved = true;
      gesture.pinched = true;
      const next: TimeDomain = [warp.toTime(start), warp.toTime(start + nextSpan)];
      this.#window.request(zoomDomain(next, 1, limits), 'pinch', 'direct');
      return;
    }
    const startX = gesture.starts.get(pointer.pointerId);
    if (startX === undefined) return;
    const dx = this.#pointers.get(pointer.pointerId)! - startX;
    if (!gesture.moved && Math.abs(dx) < DRAG_THRESHOLD_PX) return;
    if (!gesture.moved) {
      gesture.moved = true;
      try {
        (pointer.target as Element).setPointerCapture(pointer.pointerId);
      } catch {
        // The pointer is already gone (or was synthetic): the drag works without capture.
      }
    }
    this.#window.request(panDomain(gesture.domain, -dx / gesture.length, limits), 'drag', 'direct');
  };

  readonly #onPointerEnd = (pointer: PointerEvent): void => {
    if (!this.#pointers.delete(pointer.pointerId)) return;
    const gesture = this.#gesture;
    if (this.#pointers.size > 0 && gesture) {
      // One finger lifted from a pinch: carry on as a drag from the current view.
      const geometry = this.#geometry();
      if (geometry) {
        this.#gesture = { ...gesture, domain: geometry.domain, starts: new Map(this.#pointers), kind: 'drag', moved: true };
      }
      return;
    }
    this.#gesture = undefined;
    if (gesture?.moved) {
      this.#suppressClick = pointer.type === 'pointerup';
      this.#window.settle(gesture.pinched ? 'pinch' : 'drag');
    }
  };

  /** A drag that ends on an event label must not also open it. */
  readonly #onClickCapture = (click: MouseEvent): void => {
    if (!this.#suppressClick) return;
    this.#suppressClick = false;
    click.preventDefault();
    click.stopPropagation();
  };

  readonly #onDoubleClick = (click: MouseEvent): void => {
    const geometry = this.#geometry();
    // A double-click on a label or button is two clicks on it, not a zoom.
    if (!geometry || !this.#inPlot(click) || click.composedPath().some((node) => node instanceof HTMLButtonElement)) return;
    const factor = click.shiftKey ? 1 / ZOOM_STEP : ZOOM_STEP;
    const next = zoomDomain(geometry.domain, factor, geometry.limits, this.#timeAt(this.#along(click), geometry));
    this.#window.request(next, 'dblclick', 'animate');
  };
}
