import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { article, eventIds, minimal } from './support/documents.js';
import { timelineMeta, type TimelineArgs } from './support/timeline.js';

export default {
  ...timelineMeta,
  title: 'Options/Attributes',
  args: { ...timelineMeta.args, data: article },
} satisfies Meta<TimelineArgs>;

type Story = StoryObj<TimelineArgs>;

/** `locale` (BCP 47) sets the language of dates, ticks and numbers; without it the document's `locale` applies, then the page's `lang`. */
export const Locale: Story = {
  args: { locale: 'fr-FR' },
};

/** `orientation="horizontal"` keeps the horizontal axis at any width; `auto` turns vertical below 600 px of the element's own width. */
export const Orientation: Story = {
  args: { orientation: 'horizontal' },
};

/** `proportional` keeps a strictly proportional time axis: the article's empty 2012–2014 is drawn at full length, with no break mark. */
export const Proportional: Story = {
  args: { proportional: true },
};

/** `start` and `end` give the first visible window, in the document's date syntax; "show all" returns to the whole document. */
export const StartAndEnd: Story = {
  name: 'Start and end',
  args: { start: '2015-11', end: '2015-12-07' },
};

/** `selected` opens an event's card by id, without firing `timeline-select`. */
export const Selected: Story = {
  args: { selected: 'uk-commons-vote' },
  argTypes: { selected: { control: 'select', options: eventIds(article) } },
};

/**
 * `initial-event="last"` opens the latest development's card when the document is drawn (`first`,
 * `today` or an event id also work); its Previous and Next buttons read the story in date order.
 */
export const InitialEvent: Story = {
  name: 'Initial event',
  args: { initialEvent: 'last' },
  argTypes: { initialEvent: { control: 'select', options: ['first', 'last', 'today', ...eventIds(article)] } },
};

/**
 * `autoplay="8"` steps through the story on its own, an event every 8 seconds, and starts again
 * from the first after the last. The toolbar's Pause/Play button, or any key, click, wheel or touch
 * in the timeline, pauses it (WCAG 2.2.2); it waits while off screen or on a hidden page.
 */
export const Autoplay: Story = {
  args: { autoplay: '8' },
};

/** `label` names the timeline's region when the document has no title (here the smallest valid document). */
export const Label: Story = {
  args: { data: minimal, label: 'Commons vote on Syria' },
};
