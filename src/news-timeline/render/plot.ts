import { html, nothing, type TemplateResult } from 'lit';
import type { TimelineDrawing } from '../../core/layout/drawing.js';
import type { Frame } from '../../core/layout/frame.js';
import { position } from '../../directives/position.js';
import { localize, type Strings } from '../../localize/localize.js';
import { renderAxis } from './axis.js';
import { renderClusters, type ClusterState } from './clusters.js';
import { renderEventList, type EventListState } from './event-list.js';

/** The plot: the axis drawing, the lanes' names, the events' labels and the cluster badges. */
export function renderPlot(
  view: TimelineDrawing, frame: Frame, rtl: boolean, list: EventListState, clusters: ClusterState,
  strings: Strings,
): TemplateResult {
  return html`<div class="plot" part="plot" ${position({ height: frame.height })}>
    ${renderAxis(view, frame, list.selectedId, rtl)}
    ${frame.lanes.map((lane) =>
      lane.headed
        ? html`<div class="lane-label" part="lane-label" aria-hidden="true" dir="auto" ${position({ top: lane.top })}>
            ${lane.label ?? localize(strings, 'otherEvents')}
          </div>`
        : nothing,
    )}
    ${renderEventList(view, frame, list, strings)}
    ${view.clusters.length ? renderClusters(view, frame, clusters, strings) : nothing}
  </div>`;
}
