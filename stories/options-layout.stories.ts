import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { article, denseWeek, groups, longSpan, manyLanes } from './support/documents.js';
import { timelineMeta, type TimelineArgs } from './support/timeline.js';

export default {
  ...timelineMeta,
  title: 'Options/Spans, lanes and clusters',
} satisfies Meta<TimelineArgs>;

type Story = StoryObj<TimelineArgs>;

/** A span of years drawn as a bar, with short events inside and around it (`test/fixtures/layouts/long-span.json`). */
export const LongSpan: Story = {
  name: 'Long span',
  args: { data: longSpan },
};

/** Seven groups become seven labelled lanes in document order, plus a shared lane for the ungrouped event (`many-lanes.json`). */
export const ManyLanes: Story = {
  name: 'Many lanes',
  args: { data: manyLanes },
};

/** Groups and one event without a group. */
export const Groups: Story = {
  args: { data: groups },
};

/**
 * Two dozen events in one week, several on the same day (`dense-week.json`): labels stack
 * into rows, and where rows run out neighbours merge into a "+n" badge that zooms in.
 */
export const DenseWeek: Story = {
  name: 'Dense and clustered',
  args: { data: denseWeek },
};

/** The same week from its second day: zoomed in, the clusters part into labels. */
export const DenseWeekZoomedIn: Story = {
  name: 'Dense, zoomed in',
  args: { data: denseWeek, start: '2015-12-02', end: '2015-12-03' },
};

/** The article, whose events share years and months with spans across them. */
export const ArticleLanes: Story = {
  name: 'Article lanes',
  args: { data: article, locale: 'en-GB' },
};
