import { css } from 'lit';
import { MARKER_SIZE } from '../core/layout/metrics.js';

// Public --news-timeline-* tokens map to private --_* ones here, at one place, with
// fallbacks, so a page theme can set any of them and inherit the rest.
export const tokenStyles = css`
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
    --_marker-size: var(--news-timeline-marker-size, ${MARKER_SIZE}px);
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
`;
