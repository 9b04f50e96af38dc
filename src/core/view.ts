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
  /** Whether any of it is in the window; items outside stay in the list but are not drawn. */
  readonly visible: boolean;
  readonly anchorX: number;
  readonly labelLeft: number;
  readonly labelWidth: number;
  /** 0 is the row nearest the axis; -1 for items not drawn. */
  readonly row: number;
  /** The span's bar, for events with `end`. */
  readonly bar: { readonly left: number; readonly width: number } | undefined;
}

export interface ViewTick {
  readonly x: number;
  readonly label: string;
  /** How the label hangs from its tick: ticks near an edge keep their label inside the plot. */
  readonly anchor: 'start' | 'middle' | 'end';
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
  /** Date labels of `document.events` in `locale`, when already computed (see `formatDateLabels`). */
  readonly dateLabels?: readonly string[];
}

/** Average width of a tick label character (0.8125rem text), to keep edge labels inside. */
const TICK_CHAR_PX = 7;

/** Half a marker: a point this close outside the plot still shows. */
const EDGE_SLACK_PX = 8;

/** Every event's date label, once per document and locale rather than once per frame. */
export function formatDateLabels(document: TimelineDocument, locale: string): string[] {
  return document.events.map((event) => formatEventDate(event, locale));
}

/** Derives the drawn view of a document for a domain and width. */
export function deriveTimelineView(document: TimelineDocument, options: ViewOptions): TimelineView {
  const { domain, width, locale } = options;
  const dateLabels = options.dateLabels ?? formatDateLabels(document, locale);
  const scale = createTimeScale(domain, [0, width]);
  const { spec, ticks } = computeTicks(domain, width, locale);
  const placed = document.events.map((event, i) => {
    const dateLabel = dateLabels[i];
    const anchorX = scale(eventAnchorMs(event));
    const bar = event.end ? barFor(scale(event.startMs), scale(event.endMs), width) : undefined;
    const visible = bar
      ? scale(event.endMs) >= 0 && scale(event.startMs) <= width
      : anchorX >= -EDGE_SLACK_PX && anchorX <= width + EDGE_SLACK_PX;
    const labelWidth = estimateLabelWidth(dateLabel, event.title);
    const labelLeft = placeLabel(Math.min(width, Math.max(0, anchorX)), labelWidth, width);
    return { event, dateLabel, anchorX, labelWidth, labelLeft, bar, visible };
  });
  // Only what is in the window takes a row; a span's bar shares its label's row.
  const shown = placed.filter((item) => item.visible);
  const shownRows = layoutRows(
    shown.map(({ labelLeft, labelWidth, bar }) => {
      const left = Math.min(labelLeft, bar?.left ?? labelLeft);
      const right = Math.max(labelLeft + labelWidth, bar ? bar.left + bar.width : -Infinity);
      return { left, width: right - left };
    }),
  );
  const rowOf = new Map(shown.map((item, i) => [item, shownRows[i]]));
  const items = placed.map((item) => ({
    ...item,
    datetime: htmlDatetime(item.event.date),
    row: rowOf.get(item) ?? -1,
  }));
  return {
    domain,
    width,
    rowCount: shownRows.reduce((count, row) => Math.max(count, row + 1), 1),
    tickSpec: spec,
    ticks: ticks.map((tick) => {
      const x = scale(tick.ms);
      const half = (tick.label.length * TICK_CHAR_PX) / 2;
      const anchor = x < half ? 'start' : x > width - half ? 'end' : 'middle';
      return { x, label: tick.label, anchor };
    }),
    items,
  };
}

function barFor(startX: number, endX: number, width: number): { left: number; width: number } {
  const left = Math.max(0, startX);
  const right = Math.min(width, endX);
  return { left, width: Math.max(2, right - left) };
}
