// Docs and controls come from the Custom Elements Manifest (dist/custom-elements.json, made
// from the element's JSDoc by `npm run analyze`), not from a list kept here.
import { setCustomElementsManifest, type Preview } from '@storybook/web-components-vite';
import type { ArgTypesEnhancer, StrictInputType } from 'storybook/internal/types';
import { withActions } from 'storybook/actions/decorator';
import { WCAG_TAGS } from '../support/a11y.js';
import { componentDescription, manifestForDocs, readonlyProperties, timelineEventNames } from '../support/manifest.js';
import '../../src/index.js';

setCustomElementsManifest(manifestForDocs);

/** Custom properties that hold a length or a font rather than a colour get a text control. */
const NOT_A_COLOUR = /-(radius|size|family|margin)$/;

/**
 * Controls for what the manifest lists: attributes are typed text, a custom property a
 * colour or text; events, parts, slots and read-only properties are documentation only.
 */
const controlsFromManifest: ArgTypesEnhancer = ({ argTypes }) => {
  const controlled: Record<string, StrictInputType> = {};
  for (const [name, argType] of Object.entries(argTypes)) {
    if (argType.control !== undefined) {
      controlled[name] = argType;
      continue;
    }
    const category = argType.table?.category;
    let control: StrictInputType['control'];
    if (category === 'attributes') control = { type: 'text' };
    else if (category === 'css custom properties') control = { type: NOT_A_COLOUR.test(name) ? 'text' : 'color' };
    else if (category === 'properties') control = readonlyProperties.includes(name) ? false : undefined;
    else if (category !== undefined) control = false;
    controlled[name] = control === undefined ? argType : { ...argType, control };
  }
  return controlled;
};

const preview: Preview = {
  decorators: [withActions],
  argTypesEnhancers: [controlsFromManifest],
  parameters: {
    // Every event the manifest lists, logged to the Actions panel as the story's timeline fires it.
    actions: { handles: timelineEventNames },
    controls: { expanded: true },
    docs: { description: { component: componentDescription } },
    a11y: {
      // A violation fails the story's accessibility test, with the rules the tests use.
      test: 'error',
      context: '#storybook-root',
      options: { runOnly: { type: 'tag', values: WCAG_TAGS } },
    },
    backgrounds: {
      options: {
        light: { name: 'Light', value: '#ffffff' },
        dark: { name: 'Dark', value: '#0d1117' },
      },
    },
    options: {
      storySort: { order: ['Overview', 'Options', 'States', 'Accessibility', 'Recipes'] },
    },
  },
  initialGlobals: { backgrounds: { value: 'light' } },
  tags: ['autodocs'],
};

export default preview;
