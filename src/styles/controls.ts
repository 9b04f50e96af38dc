import { css } from 'lit';

// Zoom and pan buttons, and the keyboard-help button (the list's own look is in src/keys/).
export const controlStyles = css`
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
    font-weight: 700;
  }

  .control {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    min-width: 36px;
    min-height: 36px;
    padding: 0;
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

  /* Buttons with words, not an icon: room on either side of them. */
  .story-start,
  .copy-link {
    padding: 0 0.75em;
  }

  .control:hover {
    border-color: var(--_accent);
  }

  .control[aria-disabled='true'] {
    color: var(--_muted);
    border-style: dashed;
    cursor: not-allowed;
  }
`;
