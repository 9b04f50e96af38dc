import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { article } from './support/documents.js';
import { timelineMeta, type TimelineArgs } from './support/timeline.js';

export default {
  ...timelineMeta,
  title: 'Options/Themes',
  args: { ...timelineMeta.args, data: article },
} satisfies Meta<TimelineArgs>;

type Story = StoryObj<TimelineArgs>;

/** The default palette. Every `--news-timeline-*` custom property in the manifest is a control: set one to try a theme. */
export const Light: Story = {};

/**
 * With no colours set by the page, the element follows the reader's `prefers-color-scheme`.
 * This story shows the dark palette only where the browser is in dark mode (or with
 * DevTools › Rendering › "Emulate CSS media feature prefers-color-scheme: dark");
 * `npm run test:stories` checks it with dark mode emulated (tag `media-dark`).
 */
export const DarkFollowingTheSystem: Story = {
  name: 'Dark (following the system)',
  tags: ['media-dark'],
  globals: { backgrounds: { value: 'dark' } },
};

/** A page with its own dark theme sets the custom properties: dark whatever the system says. */
export const DarkSetByThePage: Story = {
  name: 'Dark (set by the page)',
  globals: { backgrounds: { value: 'dark' } },
  args: {
    '--news-timeline-accent': '#8ab4ff',
    '--news-timeline-text': '#e6edf3',
    '--news-timeline-muted': '#a8b3bd',
    '--news-timeline-background': '#0d1117',
    '--news-timeline-card-background': '#161b22',
    '--news-timeline-line': '#8b949e',
    '--news-timeline-grid': '#21262d',
    '--news-timeline-lane-background': '#11161d',
  },
};

/** A publication's brand: accent, text, paper colours and a serif face (the theme the accessibility tests check). */
export const Brand: Story = {
  args: {
    '--news-timeline-accent': '#8a1538',
    '--news-timeline-text': '#222222',
    '--news-timeline-muted': '#5c5c5c',
    '--news-timeline-background': '#fffaf2',
    '--news-timeline-card-background': '#f3ece0',
    '--news-timeline-font-family': 'Georgia, serif',
    '--news-timeline-radius': '0',
  },
};
