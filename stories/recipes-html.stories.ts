import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { recipe } from './support/recipe.js';
import { timelineMeta, type TimelineArgs } from './support/timeline.js';

export default {
  ...timelineMeta,
  title: 'Recipes/Plain HTML',
} satisfies Meta<TimelineArgs>;

const code = `<script type="module">
  import 'news-timeline'; // through your bundler or an import map

  document.addEventListener('timeline-select', (event) => {
    console.log('open event:', event.detail.id);
  });
</script>

<!-- A document by URL, with a plain list for readers without JavaScript -->
<news-timeline src="/data/isis-libya-2015.json" locale="en-GB">
  <ol>
    <li><time datetime="2011">2011</time> — Western-backed rebels topple Gaddafi</li>
  </ol>
</news-timeline>

<!-- Or the document inside the tag, as a CMS may write it: no second request -->
<news-timeline>
  <script type="application/json">
    { "version": 1, "title": "…", "events": [ { "date": "2015-12-02", "title": "…" } ] }
  </script>
</news-timeline>`;

/** On any page: a module script registers the element, then the tag with `src` (or inline JSON) does the rest. */
export const PlainHtml: StoryObj<TimelineArgs> = {
  ...recipe(code, 'html'),
  name: 'Plain HTML',
};
