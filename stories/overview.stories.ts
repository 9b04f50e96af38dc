import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { article, eventIds } from './support/documents.js';
import { timelineMeta, type TimelineArgs } from './support/timeline.js';

export default {
  ...timelineMeta,
  title: 'Overview/Article timeline',
  argTypes: {
    ...timelineMeta.argTypes,
    selected: { control: 'select', options: ['', ...eventIds(article)], labels: { '': '(none)' } },
  },
} satisfies Meta<TimelineArgs>;

type Story = StoryObj<TimelineArgs>;

/**
 * The article's timeline (*Isis looks to Libya*, from The Independent, December 2015), as
 * the demo page shows it. Every attribute is a control; `data` holds the document itself,
 * so editing it in the Controls panel redraws the timeline. To make a document from a
 * spreadsheet, use the authoring page: `npm start` serves it at `/editor/`, and
 * `npm run build` writes it to `dist/editor/` (README, "The authoring page").
 */
export const ArticleTimeline: Story = {
  args: { data: article, locale: 'en-GB', selected: '', start: '', end: '', label: '' },
};

/**
 * Every event the element fires is logged in the Actions panel: `timeline-load` when the
 * document is drawn, `timeline-select` when a reader opens or closes a card (click, Enter or
 * Space), `timeline-viewchange` once a reader's zoom or pan settles (the buttons, `+`/`-`,
 * ctrl + wheel, drag), and `timeline-error` when nothing can be drawn. Setting `selected`
 * or calling `zoomTo()` from code fires nothing.
 */
export const EventsInTheActionsPanel: Story = {
  name: 'Events in the Actions panel',
  args: { data: article },
};

/**
 * Filter and search: the article's three groups are a row of toggles above the plot ("Show
 * events from"); a press shows only that group's events and says "3 of 9 events shown", and
 * nothing pressed shows everything. `search` adds the box "Find in the timeline": type "air",
 * then Enter and Shift+Enter open each match in turn ("1 of 3 matches: …"), Escape clears it.
 * Both are attributes a page can set (`filter="libya"`, `search="Russia"`).
 */
export const FilterAndSearch: Story = {
  name: 'Filter and search',
  args: { data: article, search: '' },
};
