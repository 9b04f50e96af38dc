import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { article, rtlArabic } from './support/documents.js';
import { timelineMeta, type TimelineArgs } from './support/timeline.js';

export default {
  ...timelineMeta,
  title: 'Options/Locales and right-to-left',
  args: { ...timelineMeta.args, data: article },
} satisfies Meta<TimelineArgs>;

type Story = StoryObj<TimelineArgs>;

/** An Arabic document (`valid-rtl-arabic.json`): right-to-left locales mirror the axis and the arrow keys. */
export const Arabic: Story = {
  args: { data: rtlArabic },
};

/** The article in Arabic dates and digits: the axis runs right to left. */
export const ArabicDates: Story = {
  name: 'Arabic dates',
  args: { locale: 'ar' },
};

/** Hebrew: right to left, Hebrew month names. */
export const Hebrew: Story = {
  args: { locale: 'he' },
};

/** Japanese: year-month-day order and Japanese month names. */
export const Japanese: Story = {
  args: { locale: 'ja' },
};

/** German: day-month order, German month names. */
export const German: Story = {
  args: { locale: 'de' },
};

/** US English: month-day order. */
export const EnglishUS: Story = {
  name: 'English (US)',
  args: { locale: 'en-US' },
};
