import { html, type TemplateResult } from 'lit';
import type { TimelineDrawing, DrawingCluster } from '../../core/layout/drawing.js';
import { position } from '../../directives/position.js';
import type { Frame } from '../../core/layout/frame.js';
import type { TimelineEvent } from '../../core/document/types.js';
import { formatCalendarDate } from '../../core/time/format.js';
import { localize, type Strings } from '../../localize/localize.js';

export interface ClusterState {
  /** Index of the cluster holding the group's single tab stop. */
  readonly focusIndex: number;
  readonly describe: (cluster: DrawingCluster) => string;
  readonly onActivate: (cluster: DrawingCluster) => void;
  readonly onKeydown: (event: KeyboardEvent) => void;
}

/** "+12" badges where neighbours merged; each zooms in to reveal its events. One tab stop for the group. */
export function renderClusters(view: TimelineDrawing, frame: Frame, state: ClusterState, strings: Strings): TemplateResult {
  return html`<div class="clusters" role="group" aria-label=${localize(strings, 'merged')} @keydown=${state.onKeydown}>
    ${view.clusters.map((cluster, i) => {
      const at = frame.cluster(cluster);
      return html`<button
        type="button"
        class="cluster"
        part="button cluster"
        data-cluster=${i}
        tabindex=${i === Math.min(state.focusIndex, view.clusters.length - 1) ? 0 : -1}
        aria-label=${state.describe(cluster)}
        ${position({ left: at.x, top: at.y })}
        @click=${() => state.onActivate(cluster)}
      >
        ${localize(strings, 'badge', { count: cluster.size })}
      </button>`;
    })}
  </div>`;
}

/**
 * A badge's accessible name: how many, over what dates, and what it does. `dateOf(i)` is
 * the calendar date of event `i` (see `calendarDateOf`).
 */
export function describeCluster(cluster: DrawingCluster, dateOf: (index: number) => string, strings: Strings): string {
  return localize(strings, 'cluster', { count: cluster.size, from: dateOf(cluster.first), to: dateOf(cluster.last) });
}

/**
 * Event `i`'s start date at its own precision, remembered in `known`: badges are named on
 * every zoom step, mostly after the same few events.
 */
export function calendarDateOf(events: readonly TimelineEvent[], locale: string, known: Map<number, string>): (index: number) => string {
  return (index) => {
    let date = known.get(index);
    if (date === undefined) known.set(index, (date = formatCalendarDate(events[index].date, locale)));
    return date;
  };
}
