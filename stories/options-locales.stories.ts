import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { article, rtlArabic } from './support/documents.js';
import { LANGUAGES } from '../src/languages.js';
import { timelineMeta, type TimelineArgs } from './support/timeline.js';

export default {
  ...timelineMeta,
  title: 'Options/Locales and right-to-left',
  args: { ...timelineMeta.args, data: article },
} satisfies Meta<TimelineArgs>;

type Story = StoryObj<TimelineArgs>;

/**
 * Any shipped language: buttons, keyboard help, announcements and messages in the reader's
 * language, with its dates and digits. Pick one in the `locale` control.
 */
export const AnyLanguage: Story = {
  name: 'Any shipped language',
  args: { locale: 'fr' },
  argTypes: { locale: { control: { type: 'select' }, options: ['en', ...LANGUAGES] } },
};

/** An Arabic document (`valid-rtl-arabic.json`): right-to-left locales mirror the axis and the arrow keys. */
export const Arabic: Story = {
  args: { data: rtlArabic },
};

/** The article with an Arabic interface, dates and digits: the axis runs right to left. */
export const ArabicDates: Story = {
  name: 'Arabic dates',
  args: { locale: 'ar' },
};

/** Hebrew: a Hebrew interface, right to left, Hebrew month names. */
export const Hebrew: Story = {
  args: { locale: 'he' },
};

/** Japanese: a Japanese interface, year-month-day order and Japanese month names. */
export const Japanese: Story = {
  args: { locale: 'ja' },
};

/** German: a German interface, day-month order, German month names. */
export const German: Story = {
  args: { locale: 'de' },
};

/** US English: the built-in English interface, month-day order. */
export const EnglishUS: Story = {
  name: 'English (US)',
  args: { locale: 'en-US' },
};
