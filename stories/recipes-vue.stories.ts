import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { recipe } from './support/recipe.js';
import { timelineMeta, type TimelineArgs } from './support/timeline.js';
import componentCode from '../test/consumers/vue/ArticleTimeline.vue?raw';

export default {
  ...timelineMeta,
  title: 'Recipes/Vue',
} satisfies Meta<TimelineArgs>;

// The snippet is the consumer fixture's file, which `npm run test:consumers` type-checks with vue-tsc and renders.

/**
 * In Vue 3, bind the document with `:data.prop` and listen with `@timeline-select`;
 * `import type {} from 'news-timeline/vue'` lets vue-tsc check the tag's props and events. Mark
 * `news-timeline` as a custom element in vite.config.ts:
 * `vue({ template: { compilerOptions: { isCustomElement: (tag) => tag === 'news-timeline' } } })`.
 */
export const Vue: StoryObj<TimelineArgs> = recipe(componentCode, 'html');
