// The page the consumer test renders: the Vue component fed the article's object.
import { createApp } from 'vue';
import type { TimelineDocument } from 'news-timeline';
import ArticleTimeline from './ArticleTimeline.vue';

const story = (await (await fetch('./isis-libya-2015.json')).json()) as TimelineDocument;
createApp(ArticleTimeline, { story }).mount('#app');
