import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { article, denseWeek } from './support/documents.js';
import { renderTimeline, timelineMeta, type TimelineArgs } from './support/timeline.js';

export default {
  ...timelineMeta,
  title: 'Accessibility/Reader settings',
  args: { ...timelineMeta.args, data: article },
} satisfies Meta<TimelineArgs>;

type Story = StoryObj<TimelineArgs>;

/**
 * Under `forced-colors: active` (Windows contrast themes) the markers, bars, selection and
 * focus ring keep system colours and stay visible. A page cannot switch this mode on, so
 * this story looks like the others unless your system is in a contrast theme, or you
 * turn it on in Chromium's DevTools › Rendering › "Emulate CSS media feature
 * forced-colors: active". `npm run test:stories` runs it with forced colours emulated
 * (tag `media-forced-colors`), with an event's card open, and axe must find nothing.
 */
export const ForcedColours: Story = {
  name: 'Forced colours',
  tags: ['media-forced-colors'],
  args: { selected: 'uk-commons-vote' },
};

/**
 * With `prefers-reduced-motion: reduce`, the zoom buttons and keys change the view at once
 * instead of animating for 200 ms. Try it with DevTools › Rendering › "Emulate CSS media
 * feature prefers-reduced-motion"; `npm run test:stories` runs it emulated (tag `media-reduced-motion`).
 */
export const ReducedMotion: Story = {
  name: 'Reduced motion',
  tags: ['media-reduced-motion'],
};

/** Text at 200% (WCAG 1.4.4): labels grow with the text and nothing is cut off or overlaps. */
export const LargeText: Story = {
  name: 'Text at 200%',
  // The element sets its own size in rem, so a page's text size reaches it through its font-size.
  render: (args) => html`<style>
      .large-text news-timeline { font-size: 200%; }
    </style>
    <div class="large-text">${renderTimeline(args)}</div>`,
};

/**
 * The open card is a region named by its heading; focus moves to it on Enter or Space and
 * Escape returns to the event. Tab reaches the zoom buttons, then the events in one stop
 * (← / → between them, Home / End), then the cluster badges. The `?` button lists the keys.
 */
export const CardOpen: Story = {
  name: 'Card open and keyboard',
  args: { selected: 'un-report-retreat-zone' },
};

/** A dense week zoomed in with clusters showing: every badge has a name and a target of at least 24 × 24 px. */
export const Clusters: Story = {
  args: { data: denseWeek, start: '2015-11-30', end: '2015-12-05' },
};
