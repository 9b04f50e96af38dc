import { fixture, oneEvent, waitUntil } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import '../../src/index.js';
import type { NewsTimeline } from '../../src/news-timeline/news-timeline.js';

/** The article's document as the demo serves it. */
export const ARTICLE_URL = '/demo/data/isis-libya-2015.json';

/** Fetches a JSON file the test server serves, e.g. a fixture document. */
export async function loadJson(url: string): Promise<unknown> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: ${response.status}`);
  return response.json();
}

/** Renders a template and waits for the element's `timeline-load` or `timeline-error`. */
export async function renderSettled(template: TemplateResult): Promise<NewsTimeline> {
  const parent = document.createElement('div');
  parent.style.width = '960px';
  document.body.append(parent);
  const settled = new Promise<Event>((resolve) => {
    parent.addEventListener('timeline-load', resolve, { once: true });
    parent.addEventListener('timeline-error', resolve, { once: true });
  });
  const element = await fixture<NewsTimeline>(template, { parentNode: parent });
  await settled;
  await element.updateComplete;
  return element;
}

export function shadow(element: NewsTimeline): ShadowRoot {
  if (!element.shadowRoot) throw new Error('news-timeline has no shadow root');
  return element.shadowRoot;
}

/**
 * Where the drawn markers are, in SVG px: the rings of the `path.markers` path (one `M x y`
 * dot each) in chronological order, then the open event's circle, if drawn.
 */
export function markerPoints(element: NewsTimeline): { x: number; y: number }[] {
  const root = shadow(element);
  const d = root.querySelector('path.markers:not(.inner)')?.getAttribute('d') ?? '';
  const points = [...d.matchAll(/M(-?[\d.]+) (-?[\d.]+)/g)].map((match) => ({ x: Number(match[1]), y: Number(match[2]) }));
  const selected = root.querySelector('circle.marker.selected');
  if (selected) points.push({ x: Number(selected.getAttribute('cx')), y: Number(selected.getAttribute('cy')) });
  return points;
}

/** The event label buttons in list order. */
export function eventButtons(element: NewsTimeline): HTMLButtonElement[] {
  return [...shadow(element).querySelectorAll<HTMLButtonElement>('ol.events > li > button')];
}

/** Waits for the next `type` event on the element and a finished update. */
export async function nextEvent<T extends Event>(element: NewsTimeline, type: string): Promise<T> {
  const event = await oneEvent<T>(element, type);
  await element.updateComplete;
  return event;
}

/** The element whose focus is inside `element`'s shadow root, if any. */
export function focusedInside(element: NewsTimeline): Element | null {
  return shadow(element).activeElement;
}

/** Opens the list of keyboard shortcuts with its "?" button and waits for news-timeline.keys.js to draw it. */
export async function openKeyList(element: NewsTimeline): Promise<HTMLElement> {
  shadow(element).querySelector<HTMLButtonElement>('.key-help-button')!.click();
  await element.updateComplete;
  const list = shadow(element).querySelector<HTMLElement>('#key-help')!;
  await waitUntil(() => list.shadowRoot?.querySelector('dl'), 'news-timeline.keys.js did not draw the list', { timeout: 5000 });
  return list;
}
