// The three consumer apps of test/consumers/: how each is type-checked and what its page must show.
import { resolve } from 'node:path';
import { clickEvent, waitForEvents, waitForText } from './render.mjs';

const SELECTED = ['uk-commons-vote', 'Open: British MPs'];

export const FIXTURES = [
  {
    name: 'react',
    source: resolve('test/consumers/react'),
    checker: 'tsc',
    expectError: { file: 'expect-error.tsx', marker: '="sideways"', code: 'TS2322' },
    async check(page, problems) {
      await waitForEvents(page, '#wrapper news-timeline', problems);
      await waitForEvents(page, '#bare news-timeline', problems);
      await waitForText(page, '#bare figcaption', '9 events', 'the bare tag\'s ontimeline-load handler did not run');
      await clickEvent(page, '#wrapper news-timeline', SELECTED[0]);
      await waitForText(page, '#wrapper figcaption', SELECTED[1], 'the wrapper\'s onTimelineSelect handler did not run');
    },
  },
  {
    name: 'vue',
    source: resolve('test/consumers/vue'),
    checker: 'vue-tsc',
    expectError: { file: 'expect-error.vue', marker: '="sideways"', code: 'TS2322' },
    async check(page, problems) {
      await waitForEvents(page, '#app news-timeline', problems);
      await clickEvent(page, '#app news-timeline', SELECTED[0]);
      await waitForText(page, '#app figcaption', SELECTED[1], 'the @timeline-select handler did not run');
    },
  },
  {
    name: 'vite-ts',
    source: resolve('test/consumers/vite-ts'),
    checker: 'tsc',
    expectError: { file: 'expect-error.ts', marker: "= 'sideways'", code: 'TS2322' },
    async check(page, problems) {
      await waitForEvents(page, 'figure news-timeline', problems);
      await waitForText(page, 'figcaption', '9 events', 'the timeline-load listener did not run');
    },
  },
];
