import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { manyEvents } from './support/documents.js';
import { renderTimeline, timelineMeta, type TimelineArgs } from './support/timeline.js';

export default {
  ...timelineMeta,
  title: 'States/Large documents',
  // The document is made in the render, not kept in args, so the Controls panel stays light.
  argTypes: { ...timelineMeta.argTypes, data: { control: false } },
} satisfies Meta<TimelineArgs>;

type Story = StoryObj<TimelineArgs>;

/** 1,000 events over 16 years in three groups, from `randomDocument({ events: 1000, seed: 1000 })`: the same in every run. */
export const ThousandEvents: Story = {
  name: '1,000 events',
  render: (args) => renderTimeline({ ...args, data: manyEvents(1_000) }),
};

/** 10,000 events over 40 years: rows fill, then clusters carry the rest until zoomed in. */
export const TenThousandEvents: Story = {
  name: '10,000 events',
  render: (args) => renderTimeline({ ...args, data: manyEvents(10_000) }),
};

/**
 * 100,000 events: the list holds what is on screen (each item says its place in the whole,
 * "1,204 of 100,000"), badges every 80 px count the rest, and ←/→, Home and End still reach
 * every event. Compare the DOM size with the 1,000-event story: about the same.
 */
export const HundredThousandEvents: Story = {
  name: '100,000 events',
  render: (args) => renderTimeline({ ...args, data: manyEvents(100_000) }),
};
