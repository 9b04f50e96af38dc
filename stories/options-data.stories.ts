import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ARTICLE_URL, article } from './support/documents.js';
import { timelineMeta, type TimelineArgs } from './support/timeline.js';

export default {
  ...timelineMeta,
  title: 'Options/Data sources',
} satisfies Meta<TimelineArgs>;

type Story = StoryObj<TimelineArgs>;

/**
 * `src` names a JSON file; the element fetches it (a new `src` aborts the previous fetch).
 * The catalogue serves `demo/data/` and `test/fixtures/` as static files, so this is a real request.
 */
export const BySrc: Story = {
  name: 'By src',
  args: { src: ARTICLE_URL },
};

/** From JavaScript or a framework, the `data` property takes the document object and wins over `src` and inline JSON. */
export const ByProperty: Story = {
  name: 'By property',
  args: { data: article },
};

const inlineSnippet = `<news-timeline>
  <script type="application/json">
    { "version": 1, "title": "Isis looks to Libya", "events": [ … ] }
  </script>
</news-timeline>`;

/**
 * A CMS can put the document inside the tag, saving a request. The element reads the
 * `<script type="application/json">` child (also when it is added late).
 */
export const InlineJson: Story = {
  name: 'Inline JSON',
  render: () => {
    const element = document.createElement('news-timeline');
    const script = document.createElement('script');
    script.type = 'application/json';
    script.textContent = JSON.stringify(article, null, 2);
    element.append(script);
    return element;
  },
  parameters: { docs: { source: { code: inlineSnippet, language: 'html' } } },
};

/**
 * Light-DOM content is the fallback where JavaScript does not run: a plain list stays
 * readable. Once the element runs, it draws the document instead.
 */
export const WithFallbackList: Story = {
  name: 'With a no-JavaScript fallback list',
  render: () => html`<news-timeline src=${ARTICLE_URL}>
    <ol>
      <li><time datetime="2011">2011</time> — Western-backed rebels topple Gaddafi</li>
      <li><time datetime="2015-12-02">2 December 2015</time> — British MPs back air strikes on Isis in Syria</li>
    </ol>
  </news-timeline>`,
};
