import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ARTICLE_URL, allEventsUnusable, fatalFixtures, fixtureUrl, severalProblems } from './support/documents.js';
import { stubFetch } from './support/network.js';
import { timelineMeta, type TimelineArgs } from './support/timeline.js';

export default {
  ...timelineMeta,
  title: 'States/Loading, error and empty',
} satisfies Meta<TimelineArgs>;

type Story = StoryObj<TimelineArgs>;

const NEVER_URL = 'stubbed/never-answers.json';
const SLOW_URL = 'stubbed/slow.json';
const MISSING_URL = 'stubbed/not-found.json';
const TIMED_OUT_URL = 'stubbed/times-out.json';

/**
 * While `src` loads, a status message says so. This request never answers (the story
 * answers it in the page, as a static catalogue has no slow server), so the state stays.
 */
export const Loading: Story = {
  tags: ['expect-loading'],
  args: { src: NEVER_URL },
  beforeEach: () => stubFetch(NEVER_URL, { kind: 'never' }),
};

/** A slow request: "Loading timeline…" for two seconds, then the article. */
export const SlowLoad: Story = {
  name: 'Slow load',
  args: { src: SLOW_URL },
  beforeEach: () => stubFetch(SLOW_URL, { kind: 'delay', ms: 2_000, from: ARTICLE_URL }),
};

/** A `src` the server does not have: the reason, in words, in a `role="alert"` box (the 404 is answered in the page). */
export const NotFound: Story = {
  name: 'Error: not found',
  tags: ['expect-error'],
  args: { src: MISSING_URL },
  beforeEach: () => stubFetch(MISSING_URL, { kind: 'status', status: 404, statusText: 'Not Found' }),
};

/**
 * A `src` that never answers, with `load-timeout` of 2 seconds (30 by default): the element
 * gives up, says so in its alert, and offers Try again, which asks for the same `src` again.
 */
export const TimedOut: Story = {
  name: 'Error: timed out',
  tags: ['expect-error'],
  args: { src: TIMED_OUT_URL, loadTimeout: 2 },
  beforeEach: () => stubFetch(TIMED_OUT_URL, { kind: 'never' }),
};

/** Inline JSON that does not parse: the parser's own words. */
export const InvalidJson: Story = {
  name: 'Error: invalid JSON',
  tags: ['expect-error'],
  render: () => {
    const element = document.createElement('news-timeline');
    const script = document.createElement('script');
    script.type = 'application/json';
    script.textContent = '{ "version": 1, "events": [ { "date": "2015-12-02", "title": "Vote" }, ] }';
    element.append(script);
    return element;
  },
};

/** Every event has an error, so nothing can be drawn: each problem is listed with its JSON path. */
export const NoUsableEvent: Story = {
  name: 'Error: no usable event',
  tags: ['expect-error'],
  args: { data: allEventsUnusable },
};

/**
 * Every shared document that nothing can be drawn from (`fatal: true` in
 * `test/fixtures/documents/index.json`), loaded by `src`, each showing its message.
 */
export const EveryFatalDocument: Story = {
  name: 'Error: every fatal test document',
  tags: ['expect-error'],
  render: () => html`${fatalFixtures.map(
    ({ file, shows }) => html`<section aria-labelledby=${`fixture-${file}`} style="margin-block-end: 1.5rem">
      <h2 id=${`fixture-${file}`} style="font-size: 1rem; margin: 0 0 0.25rem"><code>${file}</code>: ${shows}</h2>
      <news-timeline src=${fixtureUrl(file)} label=${file}></news-timeline>
    </section>`,
  )}`,
};

/** No `src`, `data` or inline JSON yet: the element says there is nothing to show. */
export const Empty: Story = {
  tags: ['expect-empty'],
  args: {},
};

/**
 * A document with some bad events still draws the rest: the problems are in the element's
 * `problems`, in `timeline-load` (see the Actions panel) and in one console warning, which
 * `npm run test:stories` expects here (tag `expect-console-warning`).
 */
export const PartlyInvalid: Story = {
  name: 'Partly invalid document',
  tags: ['expect-console-warning'],
  args: { data: severalProblems },
};
