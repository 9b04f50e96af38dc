import { parseEventDate, periodEndMs, periodStartMs } from './dates.js';
import { quoteText } from '../document/quote-text.js';

/** A moment given to the public API: a Date, epoch ms, or a document date string. */
export type TimeInput = Date | number | string;

/** The error of a public method's invalid argument: which one (`where`), and its value, cut short. */
export function invalidArgument(where: string, value: unknown, expected: string): RangeError {
  const shown = typeof value === 'string' ? quoteText(value) : String(value).slice(0, 60);
  return new RangeError(`news-timeline: ${where} must be ${expected}, not ${shown}`);
}

/**
 * Epoch ms of a public-API time, or a RangeError naming the argument (`where`). A date string
 * stands for its period: its start when it opens a window, its end when it closes one ("2015"
 * as an end means the end of 2015).
 */
export function toEpochMs(input: TimeInput, where: string, edge: 'start' | 'end'): number {
  if (typeof input === 'string') {
    const parsed = parseEventDate(input);
    if ('error' in parsed) throw new RangeError(`news-timeline: ${where}: ${parsed.error}`);
    return edge === 'start' ? periodStartMs(parsed.date) : periodEndMs(parsed.date);
  }
  const ms = input instanceof Date ? input.getTime() : input;
  if (!Number.isFinite(ms)) throw invalidArgument(where, input, 'a Date, epoch ms or a date string');
  return ms;
}

/** The `start`/`end` attribute as epoch ms; an invalid one is reported once and ignored. */
export function parseWindowEdge(text: string | undefined, edge: 'start' | 'end'): number | undefined {
  if (!text) return undefined;
  const parsed = parseEventDate(text);
  if ('error' in parsed) {
    console.warn(`<news-timeline>: the ${edge} attribute is ignored: ${parsed.error}`);
    return undefined;
  }
  return edge === 'start' ? periodStartMs(parsed.date) : periodEndMs(parsed.date);
}
