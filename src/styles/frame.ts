import { css } from 'lit';

// The region around the drawing: title, states, error, credit, and what is hidden visually.
export const frameStyles = css`
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

  .error .control {
    margin-top: 0.75em;
    padding: 0 0.75em;
  }

  .problems {
    margin: 0.5em 0 0;
    padding-inline-start: 1.25em;
    font-size: 0.875em;
  }

  .problems code {
    font-size: 0.93em;
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

  .credit {
    margin: 0.75em 0 0;
    color: var(--_muted);
    font-size: 0.8125em;
  }

  /* Every button of the element looks alike: the page's font, the theme's colours; the
     rules for each kind of button add only what differs. */
  .control,
  .close,
  .event button,
  .cluster-members .member {
    border: 1px solid var(--_line);
    border-radius: var(--_radius);
    background: var(--_background);
    color: var(--_text);
    font: inherit;
    cursor: pointer;
  }
`;
