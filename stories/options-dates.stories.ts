import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { allPrecisions, bceAndLeap, trickyDates } from './support/documents.js';
import { timelineMeta, type TimelineArgs } from './support/timeline.js';

export default {
  ...timelineMeta,
  title: 'Options/Precision and BCE',
  args: { ...timelineMeta.args, locale: 'en-GB' },
} satisfies Meta<TimelineArgs>;

type Story = StoryObj<TimelineArgs>;

/**
 * `test/fixtures/tricky-dates.json`: 44 BC, astronomical year 0 (1 BC), the year 43,
 * Kiritimati's historical offset, leap days, times with offsets, a span and a "c." date.
 * Each label reads the same in every time zone (`test/fixtures/tricky-dates.expected-en-GB.json`).
 */
export const TrickyDates: Story = {
  name: 'Tricky dates',
  args: { data: trickyDates },
};

/** Year, month, day and minute precision, each shown at its own precision. */
export const AllPrecisions: Story = {
  name: 'Every precision',
  args: { data: allPrecisions },
};

/** Years BC and before 100, and leap days that exist. */
export const BceAndLeapYears: Story = {
  name: 'BCE and leap years',
  args: { data: bceAndLeap },
};
