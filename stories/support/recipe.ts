// A recipe story draws the element as the snippet on its docs page would, and shows the snippet.
import type { StoryObj } from '@storybook/web-components-vite';
import { ARTICLE_URL } from './documents.js';
import type { TimelineArgs } from './timeline.js';

export function recipe(code: string, language: 'tsx' | 'html'): StoryObj<TimelineArgs> {
  return {
    args: { src: ARTICLE_URL, locale: 'en-GB' },
    parameters: { docs: { source: { code, language }, canvas: { sourceState: 'shown' } } },
  };
}
