import { nothing, svg, type SVGTemplateResult } from 'lit';
import type { TimelineView } from '../core/view.js';
import { AXIS_GAP, LABEL_HEIGHT, MARKER_RADIUS, plotHeight, ROW_HEIGHT, rowTop } from './geometry.js';

/**
 * The decorative axis: ticks, stems, span bars and markers, positioned by SVG geometry
 * attributes (allowed under a strict style-src CSP). Hidden from assistive technology:
 * the list of events carries every date and title.
 */
export function renderAxis(view: TimelineView, selectedId: string | null): SVGTemplateResult {
  const axisY = view.rowCount * ROW_HEIGHT + AXIS_GAP;
  const drawn = view.items.filter((item) => item.visible);
  return svg`<svg class="axis" part="axis" aria-hidden="true" width=${view.width} height=${plotHeight(view.rowCount)}>
    ${drawn.map(
      (item) => svg`<line class="stem" x1=${item.anchorX} x2=${item.anchorX}
        y1=${rowTop(item.row, view.rowCount) + LABEL_HEIGHT} y2=${axisY}></line>`,
    )}
    <line class="axis-line" x1="0" x2=${view.width} y1=${axisY} y2=${axisY}></line>
    ${view.ticks.map(
      (tick) => svg`<g transform="translate(${tick.x},${axisY})">
        <line class="tick-mark" part="tick" y2="6"></line>
        <text class="tick-label" part="tick-label" y="22" text-anchor=${tick.anchor}>${tick.label}</text>
      </g>`,
    )}
    ${drawn.map((item) =>
      item.bar
        ? svg`<rect class="span" part="span" x=${item.bar.left} width=${item.bar.width}
            y=${rowTop(item.row, view.rowCount) + LABEL_HEIGHT + 4} height="6" rx="3"></rect>`
        : nothing,
    )}
    ${drawn.map(
      (item) => svg`<circle class=${item.event.id === selectedId ? 'marker selected' : 'marker'}
        cx=${item.anchorX} cy=${axisY} r=${MARKER_RADIUS}></circle>`,
    )}
  </svg>`;
}
