import { html, nothing, type TemplateResult } from 'lit';
import type { DrawingCluster, TimelineDrawing } from '../../core/layout/drawing.js';
import type { Frame } from '../../core/layout/frame.js';
import { position } from '../../directives/position.js';
import { renderAxis } from './axis.js';
import { renderClusters } from './clusters.js';
import { renderEventList, type EventListState } from './event-list.js';

export interface PlotState extends EventListState {
  readonly rtl: boolean;
  /** Which cluster badge holds the badges' tab stop. */
  readonly clusterFocus: number;
  readonly describeCluster: (cluster: DrawingCluster) => string;
  readonly onClusterActivate: (cluster: DrawingCluster) => void;
  readonly onClusterKeydown: (event: KeyboardEvent) => void;
}

/** The plot: the axis drawing, the lanes' names, the events' labels and the cluster badges. */
export function renderPlot(view: TimelineDrawing, frame: Frame, state: PlotState): TemplateResult {
  return html`<div class="plot" part="plot" ${position({ height: frame.height })}>
    ${renderAxis(view, frame, state.selectedId, state.rtl)}
    ${frame.lanes.map((lane) =>
      lane.label === null
        ? nothing
        : html`<div class="lane-label" part="lane-label" aria-hidden="true" dir="auto" ${position({ top: lane.top })}>
            ${lane.label}
          </div>`,
    )}
    ${renderEventList(view, frame, state)}
    ${view.clusters.length
      ? renderClusters(view, frame, {
        focusIndex: state.clusterFocus,
        describe: state.describeCluster,
        onActivate: state.onClusterActivate,
        onKeydown: state.onClusterKeydown,
      })
      : nothing}
  </div>`;
}
