import * as FakeTimersModule from '@sinonjs/fake-timers';
import type { NewsTimeline } from '../../src/news-timeline/news-timeline.js';
import { frames } from './zoom.js';
import { shadow } from './timeline.js';

/** Three events written out of date order: autoplay steps through them as A, B, C. */
export const SHUFFLED = {
  version: 1,
  events: [
    { id: 'c', date: '2015-03-01', title: 'C' },
    { id: 'a', date: '2015-01-01', title: 'A' },
    { id: 'b', date: '2015-02-01', title: 'B' },
  ],
};

// The test server hands the CommonJS package over as one ES module: the package is its default export.
const FakeTimers = (FakeTimersModule as unknown as { default: typeof FakeTimersModule }).default;

/** Fakes setTimeout and clearTimeout alone (frames and the rest stay real) until `uninstall()`. */
export function fakeTimeouts(): FakeTimersModule.Clock {
  return FakeTimers.install({ toFake: ['setTimeout', 'clearTimeout'] });
}

/** The Pause/Play button, or null when none is drawn. */
export function autoplayButton(element: NewsTimeline): HTMLButtonElement | null {
  return shadow(element).querySelector<HTMLButtonElement>('[part~="control-autoplay"]');
}

/** Waits, frame by frame (never by the clock, which tests fake), until `done()` holds. */
export async function untilFrame(done: () => boolean, what: string, most = 600): Promise<void> {
  for (let i = 0; i < most; i += 1) {
    if (done()) return;
    await frames(1);
  }
  throw new Error(`still waiting after ${most} frames: ${what}`);
}

/**
 * Waits until an IntersectionObserver reports `element` as `visible`, then two frames more: the
 * engine's observer heard of the same change in the same rendering update, whichever came first.
 */
export async function untilIntersection(element: Element, visible: boolean): Promise<void> {
  await new Promise<void>((resolve) => {
    const observer = new IntersectionObserver((entries) => {
      if (entries[entries.length - 1]?.isIntersecting !== visible) return;
      observer.disconnect();
      resolve();
    });
    observer.observe(element);
  });
  await frames(2);
}

/** Ids of the events opened from now on (every `timeline-select`). */
export function recordSteps(element: NewsTimeline): string[] {
  const ids: string[] = [];
  element.addEventListener('timeline-select', (event) => ids.push(event.detail.id ?? 'closed'));
  return ids;
}
