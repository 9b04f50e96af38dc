import { html } from '@open-wc/testing';
import type { Clock } from '@sinonjs/fake-timers';
import { untilFrame } from './autoplay.js';
import { renderSettled, shadow } from './timeline.js';
import { loadBeside } from '../../src/load-beside.js';
import type { NewsTimeline } from '../../src/news-timeline/news-timeline.js';

// The live document routes of the test server (test/helpers/server-routes.mjs).

/** A request the test server saw for a live document. */
export interface LiveRequest {
  /** 'hang': no answer was given; `closed` says whether the browser has let go of it. */
  readonly status: number | 'hang';
  readonly closed?: boolean;
  readonly ifNoneMatch: string | null;
  readonly ifModifiedSince: string | null;
}

/** A fresh key, so tests (and engines) never share a document. */
export function liveKey(): string {
  return `k${Math.random().toString(36).slice(2)}`;
}

/** Serves `doc` as the next version of /live/<key>.json. */
export async function publish(key: string, doc: unknown): Promise<void> {
  const response = await fetch(`/live/${key}`, { method: 'PUT', body: JSON.stringify(doc) });
  if (!response.ok) throw new Error(`PUT /live/${key}: ${response.status}`);
}

/** Makes the next `count` reads fail: a status, or `text` (a 200 that is not JSON). */
export async function failNext(key: string, count: number, as: 'text' | 'hang' | number = 500): Promise<void> {
  await fetch(`/live-fail/${key}?count=${count}&as=${as}`, { method: 'POST' });
}

/** Every read of the document so far. */
export async function requests(key: string): Promise<LiveRequest[]> {
  return (await fetch(`/live-log/${key}`)).json() as Promise<LiveRequest[]>;
}

/** Waits, frame by frame, until the server has seen `count` reads. */
export async function untilRequests(key: string, count: number): Promise<LiveRequest[]> {
  let seen: LiveRequest[] = [];
  for (let i = 0; i < 300; i += 1) {
    seen = await requests(key);
    if (seen.length >= count) return seen;
    await new Promise((resolve) => requestAnimationFrame(resolve));
  }
  throw new Error(`${key}: ${seen.length} reads, waited for ${count}`);
}

/**
 * Ticks `seconds` on the fake clock (the refresh timer falls due), then waits until the read
 * it started has come back and the next one is scheduled (the clock has its timers again).
 */
export async function refreshOnce(clock: Clock, key: string, seconds: number): Promise<LiveRequest> {
  const before = (await requests(key)).length;
  const timers = clock.countTimers();
  clock.tick(seconds * 1000);
  const seen = await untilRequests(key, before + 1);
  await untilFrame(() => clock.countTimers() >= timers, 'the next refresh scheduled');
  return seen[before];
}

/** The quiet status line's text ('' when there is none). */
export function statusLine(element: NewsTimeline): string {
  const line = shadow(element).querySelector<HTMLElement>('.live-note');
  return line && line.getClientRects().length > 0 ? line.textContent ?? '' : '';
}

/** What the polite live region says. */
export function announced(element: NewsTimeline): string {
  return shadow(element).querySelector('[aria-live="polite"]')?.textContent?.trim() ?? '';
}

/** Ids of the events marked new. */
export function markedNew(element: NewsTimeline): string[] {
  return [...shadow(element).querySelectorAll<HTMLElement>('[part~="event-new"]')].map((button) => button.dataset.id ?? '');
}

/** A document of events `e<year>`, titled "Event of <year>" unless `titles` says otherwise. */
export function liveDoc(years: readonly number[], titles: Readonly<Record<number, string>> = {}): unknown {
  return {
    version: 1,
    title: 'Live story',
    events: years.map((year) => ({ id: `e${year}`, date: `${year}-06-01`, title: titles[year] ?? `Event of ${year}` })),
  };
}

/** A timeline refreshing /live/<key>.json every `seconds`, its engine started. */
export async function liveTimeline(key: string, doc: unknown = liveDoc([2001, 2003, 2005, 2007, 2009]), seconds = '10'): Promise<NewsTimeline> {
  await publish(key, doc);
  const element = await renderSettled(html`<news-timeline proportional refresh=${seconds} src=${`/live/${key}.json`}></news-timeline>`);
  await loadBeside('live');
  await untilFrame(() => shadow(element).querySelector('.toolbar .live-note') !== null, 'the engine started');
  return element;
}
