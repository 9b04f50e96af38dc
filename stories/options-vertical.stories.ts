import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { article, manyLanes } from './support/documents.js';
import { renderTimeline, timelineMeta, type TimelineArgs } from './support/timeline.js';

export default {
  ...timelineMeta,
  title: 'Options/Vertical and narrow',
  args: { ...timelineMeta.args, data: article },
} satisfies Meta<TimelineArgs>;

type Story = StoryObj<TimelineArgs>;

/** In a 320 px column (a phone), `orientation="auto"` turns vertical: time runs down, ↑ / ↓ move between events, nothing scrolls sideways. */
export const Narrow: Story = {
  name: 'Narrow (320 px)',
  render: (args) => html`<div style="width: 320px">${renderTimeline(args)}</div>`,
};

/** `orientation="vertical"` at any width. */
export const Vertical: Story = {
  args: { orientation: 'vertical' },
};

/** Many groups in 320 px: the vertical layout puts every group in one column. */
export const NarrowManyLanes: Story = {
  name: 'Narrow with many groups',
  args: { data: manyLanes },
  render: (args) => html`<div style="width: 320px">${renderTimeline(args)}</div>`,
};
