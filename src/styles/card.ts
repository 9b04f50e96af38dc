import { css } from 'lit';

// The open event's card, the cluster list, links and the focus ring.
export const cardStyles = css`
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
    text-align: start;
  }

  .cluster-members time {
    color: var(--_muted);
    font-size: 0.875em;
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

  /* A vertical story can be screens long: the card sticks to the foot of the screen, so it
     opens beside the event just read (focusing it does not jump to the column's end). */
  .vertical .card {
    position: sticky;
    bottom: 0;
    z-index: 1;
    max-height: 70vh;
    overflow-y: auto;
    box-shadow: 0 -2px 12px rgb(0 0 0 / 25%);
  }

  /* Copy link's field, when the clipboard refused: the whole link in view to select. */
  .event-link input {
    width: 90%;
  }

  /* A fixed height: the tools row on top stays put from one story step to the next, stuck or not. */
  .vertical .card:not(.cluster-card) {
    height: min(70vh, 20em);
  }

  .card-tools {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.25em 0.5em;
    margin: -0.25em 0 0.5em;
  }

  .card h3 {
    margin: 0.125em 0 0.5em;
    font-size: 1.125em;
    line-height: 1.3;
  }

  .card time,
  .story-position {
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
    font-size: 1.125em;
    line-height: 1;
  }
`;
