import { css } from 'lit';

// Print (a plain list, colours kept) and forced colours (every mark stays visible).
export const mediaStyles = css`
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
    .toolbar,
    .key-help,
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
    .markers,
    .markers.inner,
    .dots,
    .dots.inner {
      forced-color-adjust: none;
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
