// The Custom Elements Manifest as the catalogue uses it: the docs tables and controls come
// from it (preview.ts), and so do the event names logged to the Actions panel.
import manifest from 'virtual:news-timeline/custom-elements.json';

const declaration = manifest.modules
  .flatMap((module) => module.declarations ?? [])
  .find((candidate) => candidate.tagName === 'news-timeline');
if (!declaration) throw new Error('dist/custom-elements.json does not describe <news-timeline>: run `npm run analyze`.');

/** Properties a page can read but not set (`view`, `problems`…): no control for them. */
export const readonlyProperties: readonly string[] = (declaration.members ?? [])
  .filter((member) => member.kind === 'field' && member.readonly)
  .map((member) => member.name);

/** Every event the element fires, by name, as the manifest lists them. */
export const timelineEventNames: readonly string[] = (declaration.events ?? []).map((event) => event.name);

/**
 * The text at the top of every docs page: the class JSDoc's summary and description, then
 * the public methods (Storybook's table lists attributes, properties, events, slots, parts
 * and custom properties, but no methods).
 */
export const componentDescription: string = [
  declaration.summary,
  declaration.description,
  '**Methods**',
  (declaration.members ?? [])
    .filter((member) => member.kind === 'method')
    .map((method) => {
      const parameters = (method.parameters ?? [])
        .map((parameter) => `${parameter.name}${parameter.optional ? '?' : ''}: ${parameter.type?.text ?? 'unknown'}`)
        .join(', ');
      return `- \`${method.name}(${parameters})\`: ${method.description ?? ''}`;
    })
    .join('\n'),
].filter(Boolean).join('\n\n');

/**
 * The manifest for Storybook's docs: the same, except that the default slot, named "" as the
 * manifest schema wants, gets a visible name, since Storybook's table drops unnamed rows.
 */
export const manifestForDocs: typeof manifest = {
  ...manifest,
  modules: manifest.modules.map((module) => ({
    ...module,
    declarations: module.declarations?.map((item) =>
      item === declaration
        ? { ...item, slots: item.slots?.map((slot) => (slot.name === '' ? { ...slot, name: '(default)' } : slot)) }
        : item,
    ),
  })),
};
