import { nothing, svg, type SVGTemplateResult } from 'lit';
import type { TimelineDrawing, DrawingItem, DrawingMarks } from '../../core/layout/drawing.js';
import type { Frame } from '../../core/layout/frame.js';
import { MARKER_SIZE } from '../../core/layout/metrics.js';

const MARKER_RADIUS = MARKER_SIZE / 2;
/**
 * Clustered markers (one per pixel) at most this far apart are drawn as one segment: the
 * round caps of dots 2 px apart already merge, and the outline differs by under 0.2 px.
 */
const DOT_MERGE_PX = 2;

/**
 * The decorative drawing: lanes, grid, ticks, break marks, stems, brackets, span bars and markers,
 * placed by SVG geometry attributes (allowed under a strict style-src CSP). Hidden from
 * assistive technology: the list of events and the cluster badges carry every date and
 * title. Grid lines, tick marks, stems, brackets and markers are one path each (markers
 * two: ring and inside), so a zoom step rewrites a few attributes rather than a hundred
 * elements' coordinates; the open event's marker is a filled circle of its own. The
 * markers and bars of events in clusters are one path per lane, at most one per pixel,
 * however many events share it.
 */
export function renderAxis(view: TimelineDrawing, frame: Frame, selectedId: string | null, rtl: boolean): SVGTemplateResult {
  const drawn = view.items.filter((item) => item.visible && (item.row >= 0 || item.event.id === selectedId));
  const labelled = drawn.filter((item) => item.row >= 0);
  // Every marker but the open event's is a ring drawn as a dot in two paths (as clustered
  // ones are); the open event's is filled.
  let markers = '';
  let selected: { x: number; y: number } | undefined;
  for (const item of drawn) {
    const at = frame.marker(item);
    if (item.event.id === selectedId) selected = at;
    else markers += `M${round(at.x)} ${round(at.y)}h0.01`;
  }
  const vertical = view.orientation === 'vertical';
  const tickAnchor = (anchor: 'start' | 'middle' | 'end') => {
    if (vertical) return rtl ? 'start' : 'end';
    if (!rtl || anchor === 'middle') return anchor;
    return anchor === 'start' ? 'end' : 'start';
  };
  return svg`<svg class="axis" part="axis" aria-hidden="true" width=${frame.width} height=${frame.height}>
    ${frame.lanes.map((lane, i) => (view.orientation === 'horizontal'
      ? svg`<rect class=${i % 2 ? 'lane odd' : 'lane'} part="lane" x="0" y=${lane.top} width=${frame.width} height=${lane.height}></rect>
        <line class="baseline" x1="0" x2=${frame.width} y1=${lane.baseline} y2=${lane.baseline}></line>`
      : nothing))}
    <path class="grid" d=${gridPath(view, frame)}></path>
    <path class="stem" d=${stemPath(labelled, frame, vertical)}></path>
    <line class="axis-line" x1=${frame.axis.from.x} y1=${frame.axis.from.y} x2=${frame.axis.to.x} y2=${frame.axis.to.y}></line>
    <path class="tick-mark" part="tick" d=${tickPath(view, frame, vertical, rtl)}></path>
    ${view.ticks.map((tick) => {
      const { label } = frame.tick(tick.position);
      return svg`<text class="tick-label" part="tick-label" x=${label.x} y=${label.y} text-anchor=${tickAnchor(tick.anchor)}>${tick.label}</text>`;
    })}
    ${view.breaks.length ? renderBreaks(view, frame, vertical, tickAnchor('middle')) : nothing}
    <path class="bracket" d=${bracketPath(drawn, frame, vertical)}></path>
    ${drawn.filter((item) => item.bar).map((item) => {
      const box = frame.band(item, item.bar!, 0, 6);
      return svg`<rect class="span" part="span" x=${box.x} y=${box.y} width=${box.width} height=${box.height} rx="3"></rect>`;
    })}
    ${view.marks.map((marks) => renderMarks(marks, frame))}
    <path class="markers" d=${markers}></path>
    <path class="markers inner" d=${markers}></path>
    ${selected ? svg`<circle class="marker selected" cx=${selected.x} cy=${selected.y} r=${MARKER_RADIUS}></circle>` : nothing}
  </svg>`;
}

/**
 * Markers of clustered events (one per pixel, from the view) and their bars, as three
 * paths per lane whatever their number: a dot is a zero-length line with round caps, an
 * accent one under a background one, so it looks like a labelled event's ring.
 */
/** Path coordinates to a hundredth of a pixel: shorter strings to build and parse, the same drawing. */
function round(value: number): number {
  return Math.round(value * 100) / 100;
}

function renderMarks(marks: DrawingMarks, frame: Frame): SVGTemplateResult {
  let bars = '';
  for (const bar of marks.bars) {
    const box = frame.band({ lane: marks.lane }, bar, 0, 6);
    bars += `M${round(box.x)} ${round(box.y)}h${round(box.width)}v${box.height}h${-round(box.width)}z`;
  }
  let dots = '';
  const { points, lane } = marks;
  for (let p = 0; p < points.length;) {
    // Dots this close overlap into one round-capped stroke anyway: draw the run as one
    // segment (a dense stretch of 1,000 markers is a few segments, not 1,000 to parse).
    let last = p;
    while (last + 1 < points.length && points[last + 1] - points[last] <= DOT_MERGE_PX) last += 1;
    const from = frame.marker({ lane, anchor: points[p] });
    const to = frame.marker({ lane, anchor: points[last] });
    dots += last === p ? `M${from.x} ${from.y}h0.01` : `M${from.x} ${from.y}L${to.x} ${to.y}`;
    p = last + 1;
  }
  return svg`${bars ? svg`<path class="span" part="span" d=${bars}></path>` : nothing}${dots
    ? svg`<path class="dots" d=${dots}></path><path class="dots inner" d=${dots}></path>`
    : nothing}`;
}

/** A grid line at every tick, across the lanes (along them when vertical). */
function gridPath(view: TimelineDrawing, frame: Frame): string {
  let d = '';
  for (const tick of view.ticks) {
    const { mark } = frame.tick(tick.position);
    d += view.orientation === 'vertical' ? `M0 ${round(mark.y)}H${frame.width}` : `M${round(mark.x)} 0V${round(mark.y)}`;
  }
  return d;
}

/** The dotted line from each label to its marker: slanted when vertical and the label moved along the axis (dodge, lone events). */
function stemPath(labelled: readonly DrawingItem[], frame: Frame, vertical: boolean): string {
  let d = '';
  for (const item of labelled) {
    const from = frame.stemStart(item);
    const to = frame.marker(item);
    d += vertical ? `M${round(from.x)} ${round(from.y)}L${round(to.x)} ${round(to.y)}` : `M${round(from.x)} ${round(from.y)}V${round(to.y)}`;
  }
  return d;
}

/** A 6 px mark at every tick, away from the labels (towards the inline start when vertical). */
function tickPath(view: TimelineDrawing, frame: Frame, vertical: boolean, rtl: boolean): string {
  let d = '';
  for (const tick of view.ticks) {
    const { mark } = frame.tick(tick.position);
    d += vertical ? `M${round(mark.x)} ${round(mark.y)}h${rtl ? 6 : -6}` : `M${round(mark.x)} ${round(mark.y)}v6`;
  }
  return d;
}

/** The faint bracket over each month or year wide enough to show one. */
function bracketPath(drawn: readonly DrawingItem[], frame: Frame, vertical: boolean): string {
  let d = '';
  for (const item of drawn) {
    if (!item.bracket) continue;
    const box = frame.band(item, item.bracket, vertical ? 12 : -12, 8);
    const [x, y, w, h] = [round(box.x), round(box.y), round(box.width), round(box.height)];
    d += vertical ? `M${x + w} ${y}H${x}V${y + h}H${x + w}` : `M${x} ${y + h}V${y}H${x + w}V${y + h}`;
  }
  return d;
}

/**
 * Each shortened empty stretch in view: the axis line cut by two short slanted strokes (one
 * path for all breaks) and, where tick labels go, what it spans ("3 years").
 */
function renderBreaks(view: TimelineDrawing, frame: Frame, vertical: boolean, anchor: string): SVGTemplateResult {
  let gaps = '';
  let marks = '';
  const labels = view.breaks.filter((gap) => gap.position + gap.size >= 0 && gap.position <= view.length).map((gap) => {
    const { mark, label } = frame.tick(gap.position + gap.size / 2);
    const [x, y] = [round(mark.x), round(mark.y)];
    if (vertical) {
      gaps += `M${x} ${y - 4}v8`;
      marks += `M${x - 6} ${y + 1}l12 -5M${x - 6} ${y + 6}l12 -5`;
    } else {
      gaps += `M${x - 4} ${y}h8`;
      marks += `M${x - 6} ${y + 6}l5 -12M${x + 1} ${y + 6}l5 -12`;
    }
    return svg`<text class="break-label" x=${label.x} y=${label.y} text-anchor=${anchor}>${gap.label}</text>`;
  });
  return svg`<path class="break-gap" d=${gaps}></path><path class="break-mark" d=${marks}></path>${labels}`;
}
