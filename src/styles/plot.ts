import { css } from 'lit';

// The drawing: axis, lanes, markers, bars, brackets, cluster badges and the event labels.
export const plotStyles = css`
  .plot {
    position: relative;
    /* Vertical swipes scroll the page; horizontal drags and pinches are the timeline's. */
    touch-action: pan-y;
    user-select: none;
    -webkit-user-select: none;
    overflow: hidden;
    overflow: clip;
    /* Room for focus rings of labels at the edges. */
    overflow-clip-margin: 8px;
  }

  .axis {
    position: absolute;
    inset: 0;
    overflow: visible;
  }

  .axis-line,
  .tick-mark {
    stroke: var(--_line);
    stroke-width: 1;
  }

  .stem {
    stroke: var(--_line);
    stroke-width: 1;
    stroke-dasharray: 2 3;
  }

  .tick-label {
    fill: var(--_muted);
    font-size: 0.8125em;
    font-family: var(--_font);
  }

  /* A break: the axis line cut (background over it) and crossed by two slanted strokes. */
  .break-gap {
    stroke: var(--_background);
    stroke-width: 3;
  }

  .break-mark {
    fill: none;
    stroke: var(--_text);
    stroke-width: 1.5;
  }

  .break-label {
    fill: var(--_muted);
    font-size: 0.8125em;
    font-style: italic;
    font-family: var(--_font);
  }

  @media (forced-colors: active) {
    .break-gap,
    .break-mark {
      forced-color-adjust: none;
      stroke: Canvas;
    }
    .break-mark {
      stroke: CanvasText;
    }
    .break-label {
      fill: CanvasText;
    }
  }

  .marker {
    r: calc(var(--_marker-size) / 2);
    fill: var(--_background);
    stroke: var(--_accent);
    stroke-width: 2;
  }

  .marker.selected {
    fill: var(--_accent);
  }

  /* Markers, and clustered events' markers: round dots the size of a marker ring, then its
     inside, one path for each. */
  .markers,
  .dots {
    fill: none;
    stroke: var(--_accent);
    stroke-width: calc(var(--_marker-size) + 2px);
    stroke-linecap: round;
  }

  .markers.inner,
  .dots.inner {
    stroke: var(--_background);
    stroke-width: calc(var(--_marker-size) - 2px);
  }

  /* A light fill with a full-strength outline: the bar keeps 3:1 against the page. */
  .span {
    fill: var(--_accent);
    fill-opacity: 0.3;
    stroke: var(--_accent);
    stroke-width: 1;
  }

  .axis {
    direction: ltr;
  }

  .lane {
    fill: transparent;
  }

  .lane.odd {
    fill: var(--_lane-background);
  }

  .baseline {
    stroke: var(--_grid);
    stroke-width: 1;
  }

  .grid {
    stroke: var(--_grid);
    stroke-width: 1;
  }

  .bracket {
    fill: none;
    stroke: var(--_accent);
    stroke-width: 1.5;
    stroke-dasharray: 4 2;
  }

  .lane-label {
    position: absolute;
    inset-inline-start: 0;
    padding: 0.125em 0;
    color: var(--_lane-label);
    font-size: 0.8125em;
    font-weight: 600;
    line-height: 1.3;
    pointer-events: none;
  }

  .clusters {
    position: absolute;
    inset: 0;
    pointer-events: none;
  }

  .cluster {
    position: absolute;
    transform: translate(-50%, -50%);
    min-width: 34px;
    min-height: 26px;
    padding: 0 0.375em;
    border: 2px solid var(--_accent);
    border-radius: 13px;
    background: var(--_background);
    color: var(--_text);
    font: inherit;
    font-size: 0.8125em;
    font-weight: 700;
    line-height: 1;
    cursor: zoom-in;
    pointer-events: auto;
  }

  .cluster:hover {
    background: var(--_card-background);
  }

  .print-list {
    display: none;
  }

  .events {
    list-style: none;
    margin: 0;
    padding: 0;
    position: absolute;
    inset: 0;
    pointer-events: none;
  }

  /* Each label's box is set from the layout: moving one never lays out another. */
  .event {
    position: absolute;
    left: 0;
    top: 0;
    pointer-events: auto;
    contain: layout style;
  }

  .event button {
    display: flex;
    flex-direction: column;
    box-sizing: border-box;
    width: 100%;
    height: 100%;
    overflow: hidden;
    padding: 0.25em 0.5em;
    font-size: 0.875em;
    line-height: 1.25;
    text-align: start;
  }

  .event button:hover {
    border-color: var(--_accent);
  }

  .event button[aria-expanded='true'] {
    border: 2px solid var(--_accent);
    padding: calc(0.25em - 1px) calc(0.5em - 1px);
  }

  .event time {
    color: var(--_muted);
    /* 0.75 of the element's text, inside a label set at 0.875 of it. */
    font-size: 0.857em;
  }

  .event .event-title {
    display: -webkit-box;
    -webkit-line-clamp: 2;
    -webkit-box-orient: vertical;
    overflow: hidden;
    font-weight: 600;
  }

  /* A column's labels only take the height their text needs: a long title keeps a third line. */
  .vertical .event .event-title {
    -webkit-line-clamp: 3;
  }
`;
