import type { TimelineDocument, TimelineEvent } from './types.js';
import { createTimeScale, eventAnchorMs, type TimeDomain } from './scale.js';
import { computeTicks, type TickSpec } from './ticks.js';
import { formatEventDate } from './format.js';
import { htmlDatetime } from './dates.js';
import { estimateLabelWidth, layoutRows, placeLabel } from './layout.js';

/** One event as drawn: its label, where its marker and label go, and its row. */
export interface ViewItem {
  readonly event: TimelineEvent;
  readonly dateLabel: string;
  /** HTML `datetime` of the start, where HTML can express it. */
  readonly datetime: string | undefined;
  readonly anchorX: number;
  readonly labelLeft: number;
  readonly labelWidth: number;
  /** 0 is the row nearest the axis. */
  readonly row: number;
  /** The span's bar, for events with `end`. */
  readonly bar: { readonly left: number; readonly width: number } | undefined;
}

export interface ViewTick {
  readonly x: number;
  readonly label: string;
}

/** Everything render() needs, computed before a DOM node exists. */
export interface TimelineView {
  readonly domain: TimeDomain;
  readonly width: number;
  readonly rowCount: number;
  readonly tickSpec: TickSpec;
  readonly ticks: readonly ViewTick[];
  readonly items: readonly ViewItem[];
}

export interface ViewOptions {
  readonly domain: TimeDomain;
  /** Plot width in CSS px. */
  readonly width: number;
  readonly locale: string;
}

/** Derives the drawn view of a document for a domain and width. */
export function deriveTimelineView(document: TimelineDocument, { domain, width, locale }: ViewOptions): TimelineView {
  const scale = createTimeScale(domain, [0, width]);
  const { spec, ticks } = computeTicks(domain, width, locale);
  const placed = document.events.map((event) => {
    const dateLabel = formatEventDate(event, locale);
    const anchorX = scale(eventAnchorMs(event));
    const labelWidth = estimateLabelWidth(dateLabel, event.title);
    const labelLeft = placeLabel(anchorX, labelWidth, width);
    const bar = event.end ? barFor(scale(event.startMs), scale(event.endMs), width) : undefined;
    return { event, dateLabel, anchorX, labelWidth, labelLeft, bar };
  });
  // A span's bar shares its label's row, so both count as the label's footprint.
  const rows = layoutRows(
    placed.map(({ labelLeft, labelWidth, bar }) => {
      const left = Math.min(labelLeft, bar?.left ?? labelLeft);
      const right = Math.max(labelLeft + labelWidth, bar ? bar.left + bar.width : -Infinity);
      return { left, width: right - left };
    }),
  );
  const items = placed.map((item, i) => ({ ...item, datetime: htmlDatetime(item.event.date), row: rows[i] }));
  return {
    domain,
    width,
    rowCount: Math.max(1, ...rows.map((row) => row + 1)),
    tickSpec: spec,
    ticks: ticks.map((tick) => ({ x: scale(tick.ms), label: tick.label })),
    items,
  };
}

function barFor(startX: number, endX: number, width: number): { left: number; width: number } {
  const left = Math.max(0, startX);
  const right = Math.min(width, endX);
  return { left, width: Math.max(2, right - left) };
}
