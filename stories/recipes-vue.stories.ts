import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { recipe } from './support/recipe.js';
import { timelineMeta, type TimelineArgs } from './support/timeline.js';

export default {
  ...timelineMeta,
  title: 'Recipes/Vue',
} satisfies Meta<TimelineArgs>;

const code = `<!-- ArticleTimeline.vue -->
<script setup lang="ts">
import 'news-timeline'; // registers <news-timeline>
import type { TimelineSelectEvent } from 'news-timeline';
import article from './isis-libya-2015.json';

const emit = defineEmits<{ select: [id: string | null] }>();
const onSelect = (event: TimelineSelectEvent) => emit('select', event.detail.id);
</script>

<template>
  <news-timeline :data.prop="article" locale="en-GB" @timeline-select="onSelect" />
</template>

<!-- vite.config.ts: tell Vue the tag is a custom element, not a Vue component -->
<!--
  vue({ template: { compilerOptions: { isCustomElement: (tag) => tag === 'news-timeline' } } })
-->`;

/**
 * In Vue 3, bind the document with `:data.prop`, listen with `@timeline-select`, and mark
 * `news-timeline` as a custom element in the Vue compiler options.
 */
export const Vue: StoryObj<TimelineArgs> = recipe(code, 'html');
