import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { recipe } from './support/recipe.js';
import { timelineMeta, type TimelineArgs } from './support/timeline.js';

export default {
  ...timelineMeta,
  title: 'Recipes/React',
} satisfies Meta<TimelineArgs>;

const code = `import { useEffect, useRef, type HTMLAttributes, type RefAttributes } from 'react';
import 'news-timeline'; // registers <news-timeline>
import type { NewsTimeline, TimelineDocument } from 'news-timeline';

// For TypeScript: the tag and its attributes in JSX.
declare module 'react' {
  namespace JSX {
    interface IntrinsicElements {
      'news-timeline': HTMLAttributes<NewsTimeline> & RefAttributes<NewsTimeline> & {
        src?: string; locale?: string; label?: string; orientation?: 'auto' | 'horizontal' | 'vertical';
        start?: string; end?: string; selected?: string;
      };
    }
  }
}

export function ArticleTimeline(props: { document: TimelineDocument; onSelect: (id: string | null) => void }) {
  const ref = useRef<NewsTimeline>(null);
  useEffect(() => {
    const timeline = ref.current;
    if (!timeline) return;
    // An object goes to the \`data\` property (React 19 also does this for <news-timeline data={…}>).
    timeline.data = props.document;
    const onSelect = (event: HTMLElementEventMap['timeline-select']) => props.onSelect(event.detail.id);
    timeline.addEventListener('timeline-select', onSelect);
    return () => timeline.removeEventListener('timeline-select', onSelect);
  }, [props.document, props.onSelect]);
  return <news-timeline ref={ref} locale="en-GB" />;
}`;

/**
 * In React, set the document through a ref (or as a prop in React 19) and listen to the
 * element's events with `addEventListener`: they bubble, so a parent can listen too.
 * Attributes (`locale`, `src`, `start`…) are plain JSX attributes.
 */
export const React: StoryObj<TimelineArgs> = recipe(code, 'tsx');
