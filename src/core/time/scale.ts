import { scaleUtc, type ScaleTime } from 'd3-scale';
import type { TimelineEvent } from '../document/types.js';

/** A visible time window in epoch milliseconds on the UTC scale: [start, end]. */
export type TimeDomain = readonly [start: number, end: number];

/** Share of the document's span left empty on each side of the full view. */
export const DOMAIN_MARGIN = 0.05;

const DAY_MS = 86_400_000;

/** A UTC time scale from a domain in epoch ms to pixels. */
export function createTimeScale(domain: TimeDomain, range: readonly [number, number]): ScaleTime<number, number> {
  return scaleUtc().domain([domain[0], domain[1]]).range([range[0], range[1]]);
}

/** Where a marker sits: the start of a span, or the middle of the period a point date stands for. */
export function eventAnchorMs(event: Pick<TimelineEvent, 'startMs' | 'endMs' | 'end' | 'date'>): number {
  return anchorMs(event.startMs, event.endMs, Boolean(event.end));
}

/** `eventAnchorMs` of an event from its period and whether it is a span. */
export function anchorMs(startMs: number, endMs: number, span: boolean): number {
  return span ? startMs : startMs + (endMs - startMs) / 2;
}

/**
 * The whole document with a margin each side: every event's period fits, and a document
 * of one short event still gets a readable window of at least a day.
 */
export function documentDomain(events: ReadonlyArray<Pick<TimelineEvent, 'startMs' | 'endMs'>>): TimeDomain {
  if (events.length === 0) throw new RangeError('documentDomain needs at least one event');
  let start = Infinity;
  let end = -Infinity;
  for (const event of events) {
    if (event.startMs < start) start = event.startMs;
    if (event.endMs > end) end = event.endMs;
  }
  return domainAround(start, end);
}

/** `documentDomain` of events whose earliest start and latest end are known. */
export function domainAround(start: number, end: number): TimeDomain {
  const span = Math.max(end - start, DAY_MS);
  const middle = start + (end - start) / 2;
  const half = (span / 2) * (1 + 2 * DOMAIN_MARGIN);
  return [middle - half, middle + half];
}
