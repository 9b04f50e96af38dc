// One zoom step, as a reader's ctrl+wheel makes it: the wheel event, the controller, the
// derived view, Lit's update, and the style and layout the browser then owes.
import '../../src/index.js';
import type { NewsTimeline } from '../../src/news-timeline.js';

declare global {
  interface Window {
    runZoomBenchmark(steps: number): Promise<number[]>;
  }
}

window.runZoomBenchmark = async (steps: number): Promise<number[]> => {
  const element = document.querySelector<NewsTimeline>('news-timeline')!;
  await new Promise<void>((resolve) => {
    if (element.timelineDocument) resolve();
    else element.addEventListener('timeline-load', () => resolve(), { once: true });
  });
  await element.updateComplete;
  const plot = element.shadowRoot!.querySelector<HTMLElement>('.plot')!;
  const box = plot.getBoundingClientRect();
  const timings: number[] = [];
  for (let i = 0; i < steps; i += 1) {
    // In for twelve notches, then out for twelve: through years, months and days.
    const deltaY = Math.floor(i / 12) % 2 === 0 ? -50 : 50;
    const started = performance.now();
    plot.dispatchEvent(new WheelEvent('wheel', {
      bubbles: true, composed: true, cancelable: true, ctrlKey: true, deltaY,
      clientX: box.left + box.width * 0.9, clientY: box.top + box.height / 2,
    }));
    await element.updateComplete;
    void plot.getBoundingClientRect(); // style and layout, as the next frame would pay
    timings.push(performance.now() - started);
    await new Promise((resolve) => requestAnimationFrame(resolve));
  }
  return timings;
};
