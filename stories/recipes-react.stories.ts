import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { recipe } from './support/recipe.js';
import { timelineMeta, type TimelineArgs } from './support/timeline.js';
import wrapperCode from '../test/consumers/react/wrapper.tsx?raw';
import bareTagCode from '../test/consumers/react/bare-tag.tsx?raw';

export default {
  ...timelineMeta,
  title: 'Recipes/React',
} satisfies Meta<TimelineArgs>;

// Both snippets are the consumer fixture's files, which `npm run test:consumers` type-checks and renders.

/**
 * In React 19, `news-timeline/react` gives a component with a prop for every property (`data`
 * is set as a property) and typed `onTimelineSelect`, `onTimelineViewChange`, `onTimelineLoad`
 * and `onTimelineError` handlers. Importing it registers the element.
 */
export const React: StoryObj<TimelineArgs> = recipe(wrapperCode, 'tsx');

/**
 * The same import declares the bare `<news-timeline>` in JSX: attributes by their HTML names,
 * properties such as `data`, and listeners as `on<event-name>` (React 19 adds them itself).
 */
export const ReactBareTag: StoryObj<TimelineArgs> = { ...recipe(bareTagCode, 'tsx'), name: 'React, bare tag' };
