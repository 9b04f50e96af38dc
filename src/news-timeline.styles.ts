import { css } from 'lit';

// Public --news-timeline-* tokens map to private --_* ones here, at one place, with
// fallbacks, so a page theme can set any of them and inherit the rest.
export const styles = css`
  :host {
    --_accent: var(--news-timeline-accent, #1d4ed8);
    --_text: var(--news-timeline-text, #1f2328);
    --_muted: var(--news-timeline-muted, #57606a);
    --_background: var(--news-timeline-background, #ffffff);
    --_card-background: var(--news-timeline-card-background, #f6f8fa);
    --_line: var(--news-timeline-line, #6e7781);
    --_grid: var(--news-timeline-grid, #e4e7eb);
    --_lane-background: var(--news-timeline-lane-background, #f6f8fa);
    --_lane-label: var(--news-timeline-lane-label, var(--_muted));
    --_radius: var(--news-timeline-radius, 6px);
    --_marker-size: var(--news-timeline-marker-size, 12px);
    --_font: var(--news-timeline-font-family, inherit);

    display: block;
    position: relative;
    min-width: 0;
    color: var(--_text);
    background: var(--_background);
    font-family: var(--_font);
    font-size: 1rem;
    line-height: 1.4;
  }

  @media (prefers-color-scheme: dark) {
    :host {
      --_accent: var(--news-timeline-accent, #8ab4ff);
      --_text: var(--news-timeline-text, #e6edf3);
      --_muted: var(--news-timeline-muted, #a8b3bd);
      --_background: var(--news-timeline-background, #0d1117);
      --_card-background: var(--news-timeline-card-background, #161b22);
      --_line: var(--news-timeline-line, #8b949e);
      --_grid: var(--news-timeline-grid, #21262d);
      --_lane-background: var(--news-timeline-lane-background, #11161d);
    }
  }

  :host([hidden]) {
    display: none;
  }

  .timeline {
    padding: 0.75em 1em 1em;
  }

  .title {
    margin: 0 0 0.25em;
    font-size: 1.25em;
    line-height: 1.25;
  }

  .description {
    margin: 0 0 0.75em;
    color: var(--_muted);
  }

  .status {
    margin: 1em 0;
    color: var(--_muted);
  }

  .error {
    margin: 1em 0;
    padding: 0.75em 1em;
    border: 2px solid #b42318;
    border-radius: var(--_radius);
    color: var(--_text);
  }

  .error p {
    margin: 0;
  }

  .problems {
    margin: 0.5em 0 0;
    padding-inline-start: 1.25em;
    font-size: 0.875em;
  }

  .problems code {
    font-size: 0.93em;
  }

  .plot {
    position: relative;
    height: var(--_height);
    /* Vertical swipes scroll the page; horizontal drags and pinches are the timeline's. */
    touch-action: pan-y;
    user-select: none;
    -webkit-user-select: none;
    overflow: hidden;
    overflow: clip;
    /* Room for focus rings of labels at the edges. */
    overflow-clip-margin: 8px;
  }

  .toolbar {
    display: flex;
    flex-wrap: wrap;
    justify-content: flex-end;
    gap: 0.25em;
    margin: 0 0 0.5em;
  }

  .controls {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em;
  }

  [dir='rtl'] .directional {
    transform: scaleX(-1);
  }

  .key-help-button {
    font: inherit;
    font-weight: 700;
  }

  .key-help {
    margin: 0 0 0.75em;
    padding: 0.5em 0.75em;
    border: 1px solid var(--_line);
    border-radius: var(--_radius);
    background: var(--_card-background);
    font-size: 0.875em;
  }

  .key-help dl {
    display: grid;
    gap: 0.25em 1em;
    margin: 0;
  }

  .key-row {
    display: flex;
    flex-wrap: wrap;
    gap: 0 1em;
  }

  .key-help dt {
    min-width: 9em;
  }

  .key-help dd {
    margin: 0;
  }

  kbd {
    display: inline-block;
    min-width: 1.5em;
    padding: 0 0.3em;
    border: 1px solid var(--_line);
    border-radius: 3px;
    background: var(--_background);
    font: inherit;
    font-size: 0.9em;
    text-align: center;
  }

  .control {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    min-width: 36px;
    min-height: 36px;
    padding: 0;
    border: 1px solid var(--_line);
    border-radius: var(--_radius);
    background: var(--_background);
    color: var(--_text);
    cursor: pointer;
  }

  .control svg {
    width: 20px;
    height: 20px;
    fill: none;
    stroke: currentColor;
    stroke-width: 2;
    stroke-linecap: round;
    stroke-linejoin: round;
  }

  .control:hover {
    border-color: var(--_accent);
  }

  .control[aria-disabled='true'] {
    color: var(--_muted);
    border-style: dashed;
    cursor: not-allowed;
  }

  .visually-hidden,
  .event.hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
    border: 0;
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

  .marker {
    r: calc(var(--_marker-size) / 2);
    fill: var(--_background);
    stroke: var(--_accent);
    stroke-width: 2;
  }

  .marker.selected {
    fill: var(--_accent);
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
    top: var(--_top);
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
    left: var(--_left);
    top: var(--_top);
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

  .cluster-members {
    list-style: none;
    margin: 0;
    padding: 0;
  }

  .cluster-members .member {
    display: block;
    width: 100%;
    min-height: 32px;
    margin: 0 0 0.25em;
    padding: 0.25em 0.5em;
    border: 1px solid var(--_line);
    border-radius: var(--_radius);
    background: var(--_background);
    color: var(--_text);
    font: inherit;
    text-align: start;
    cursor: pointer;
  }

  .cluster-members time {
    color: var(--_muted);
    font-size: 0.875em;
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

  .event {
    position: absolute;
    left: var(--_left);
    top: var(--_top);
    width: var(--_width);
    height: var(--_height);
    pointer-events: auto;
  }

  .event button {
    display: flex;
    flex-direction: column;
    box-sizing: border-box;
    width: 100%;
    height: 100%;
    overflow: hidden;
    padding: 0.25em 0.5em;
    border: 1px solid var(--_line);
    border-radius: var(--_radius);
    background: var(--_background);
    color: var(--_text);
    font: inherit;
    font-size: 0.875em;
    line-height: 1.25;
    text-align: start;
    cursor: pointer;
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

  button:focus-visible,
  a:focus-visible,
  .card:focus-visible {
    outline: 3px solid var(--_accent);
    outline-offset: 2px;
  }

  /* Scrolling focus into view leaves room for a page's sticky header (WCAG 2.4.11). */
  button,
  a,
  .card {
    scroll-margin-block: var(--news-timeline-scroll-margin, 5em 2em);
  }

  .card {
    position: relative;
    margin-top: 0.75em;
    max-width: 40em;
    padding: 0.75em 3em 0.75em 1em;
    border-radius: var(--_radius);
    background: var(--_card-background);
    border-inline-start: 4px solid var(--_accent);
  }

  .card h3 {
    margin: 0.125em 0 0.5em;
    font-size: 1.125em;
    line-height: 1.3;
  }

  .card time {
    color: var(--_muted);
    font-size: 0.875em;
  }

  .card p {
    margin: 0 0 0.5em;
  }

  .card figure {
    margin: 0 0 0.5em;
  }

  .card img {
    display: block;
    max-width: 100%;
    height: auto;
    border-radius: calc(var(--_radius) / 2);
  }

  .card figcaption {
    color: var(--_muted);
    font-size: 0.8125em;
  }

  .card ul {
    margin: 0;
    padding-inline-start: 1.25em;
  }

  a {
    color: var(--_accent);
  }

  .close {
    position: absolute;
    top: 0.5em;
    inset-inline-end: 0.5em;
    min-width: 32px;
    min-height: 32px;
    border: 1px solid var(--_line);
    border-radius: var(--_radius);
    background: var(--_background);
    color: var(--_text);
    font: inherit;
    font-size: 1.125em;
    line-height: 1;
    cursor: pointer;
  }

  .credit {
    margin: 0.75em 0 0;
    color: var(--_muted);
    font-size: 0.8125em;
  }

  @media print {
    :host {
      --_text: #000;
      --_muted: #333;
      --_background: #fff;
      color: #000;
      background: #fff;
      print-color-adjust: exact;
      -webkit-print-color-adjust: exact;
    }
    .controls,
    .plot,
    .card,
    .visually-hidden {
      display: none;
    }
    .print-list {
      display: block;
      margin: 0.5em 0;
      padding-inline-start: 1.25em;
    }
    .print-list li {
      break-inside: avoid;
      margin: 0 0 0.5em;
    }
    .print-list p {
      margin: 0;
    }
    .print-date {
      color: #333;
      font-size: 0.875em;
    }
    .print-title {
      font-weight: 700;
    }
    .print-link {
      font-size: 0.8125em;
      overflow-wrap: anywhere;
    }
    .credit a::after {
      content: ' (' attr(href) ')';
    }
  }

  @media (forced-colors: active) {
    .cluster,
    .bracket,
    .axis-line,
    .tick-mark,
    .stem {
      forced-color-adjust: none;
    }
    .bracket,
    .axis-line,
    .tick-mark,
    .stem {
      stroke: CanvasText;
    }
    .cluster {
      border-color: ButtonText;
      background: ButtonFace;
      color: ButtonText;
    }
    .grid,
    .baseline {
      stroke: GrayText;
    }
    .lane.odd {
      fill: Canvas;
    }
    .tick-label {
      fill: CanvasText;
    }
    .marker,
    .span {
      forced-color-adjust: none;
      fill: CanvasText;
      stroke: CanvasText;
    }
    .marker.selected {
      fill: Highlight;
      stroke: Highlight;
    }
    .event button[aria-expanded='true'] {
      border-color: Highlight;
    }
  }
`;
