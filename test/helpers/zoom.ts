import { emulateMedia } from '@web/test-runner-commands';
import { oneEvent } from '@open-wc/testing';
import type { NewsTimeline } from '../../src/news-timeline/news-timeline.js';
import type { TimelineViewChangeEvent } from '../../src/events.js';
import { shadow } from './timeline.js';

/** The plot: where wheel, drag, pinch and double-click act. */
export function plot(element: NewsTimeline): HTMLElement {
  const found = shadow(element).querySelector<HTMLElement>('.plot');
  if (!found) throw new Error('no plot rendered');
  return found;
}

export function span(element: NewsTimeline): number {
  const view = element.view!;
  return view.end.getTime() - view.start.getTime();
}

/** The time under a client x, read from the element's own view. */
export function timeAtClientX(element: NewsTimeline, clientX: number): number {
  const box = plot(element).getBoundingClientRect();
  const view = element.view!;
  return view.start.getTime() + ((clientX - box.left) / box.width) * span(element);
}

export function controlButton(element: NewsTimeline, action: string): HTMLButtonElement {
  const button = shadow(element).querySelector<HTMLButtonElement>(`button[data-action="${action}"]`);
  if (!button) throw new Error(`no ${action} button`);
  return button;
}

/** Dispatches a wheel event at a point of the plot, as a mouse or trackpad would. */
export function wheel(element: NewsTimeline, init: WheelEventInit & { share?: number }): WheelEvent {
  const box = plot(element).getBoundingClientRect();
  const event = new WheelEvent('wheel', {
    bubbles: true,
    composed: true,
    cancelable: true,
    clientX: box.left + box.width * (init.share ?? 0.5),
    clientY: box.top + box.height / 2,
    ...init,
  });
  plot(element).dispatchEvent(event);
  return event;
}

/** Dispatches a pointer event at a client x on the plot's middle line. */
export function pointer(element: NewsTimeline, type: string, pointerId: number, clientX: number, pointerType = 'touch'): void {
  const box = plot(element).getBoundingClientRect();
  plot(element).dispatchEvent(
    new PointerEvent(type, {
      bubbles: true,
      composed: true,
      cancelable: true,
      pointerId,
      pointerType,
      isPrimary: pointerId === 1,
      button: type === 'pointermove' ? -1 : 0,
      buttons: type === 'pointerup' ? 0 : 1,
      clientX,
      clientY: box.top + box.height / 2,
    }),
  );
}

export function nextViewChange(element: NewsTimeline): Promise<TimelineViewChangeEvent> {
  return oneEvent<TimelineViewChangeEvent>(element, 'timeline-viewchange');
}

export function liveRegion(element: NewsTimeline): HTMLElement {
  return shadow(element).querySelector<HTMLElement>('[aria-live="polite"]')!;
}

export const frames = (count = 2): Promise<void> =>
  new Promise((resolve) => {
    const step = (left: number) => (left === 0 ? resolve() : requestAnimationFrame(() => step(left - 1)));
    step(count);
  });

const realMatchMedia = window.matchMedia.bind(window);

/**
 * Whether the browser can emulate media features for the test: Chromium through the
 * DevTools protocol can; Firefox over WebDriver BiDi and WebKit over WebDriver cannot.
 */
export function browserEmulatesMedia(): boolean {
  return /Chrome\//.test(navigator.userAgent); // also "HeadlessChrome/"
}

/**
 * Turns prefers-reduced-motion on or off: emulated by the browser where it can; elsewhere
 * by answering the element's own matchMedia query.
 */
export async function setReducedMotion(on: boolean): Promise<void> {
  window.matchMedia = realMatchMedia;
  if (browserEmulatesMedia()) {
    await emulateMedia({ reducedMotion: on ? 'reduce' : 'no-preference' });
    return;
  }
  if (!on) return;
  window.matchMedia = (query: string) => {
    const real = realMatchMedia(query);
    if (!query.includes('prefers-reduced-motion')) return real;
    return Object.create(real, {
      matches: { value: query.includes('reduce') },
      media: { value: query },
    }) as MediaQueryList;
  };
}
