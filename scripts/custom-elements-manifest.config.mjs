// `npm run analyze`: the Custom Elements Manifest (dist/custom-elements.json) from the
// element's JSDoc (@summary, @event, @slot, @csspart, @cssproperty) and its Lit decorators.
// It feeds editor completion (scripts/editor-data.mjs) and the Storybook docs and controls
// (stories/.storybook/preview.ts).
import { expandTypesPlugin, getTsProgram } from 'cem-plugin-expanded-types';

/**
 * The manifest describes the public API only: the analyzer also lists private and protected
 * members (Lit's lifecycle, internal state) and the static `styles`, which a page cannot use,
 * and an event without a name for each `dispatchEvent(new SomeEvent(…))` (it cannot see the
 * name inside the subclass); the class JSDoc's `@event {Type} name` entries say it all.
 */
function publicApiOnly() {
  return {
    name: 'news-timeline-public-api-only',
    packageLinkPhase({ customElementsManifest }) {
      for (const module of customElementsManifest.modules ?? []) {
        for (const declaration of module.declarations ?? []) {
          if (declaration.members) {
            declaration.members = declaration.members.filter(
              (member) => member.privacy !== 'private' && member.privacy !== 'protected' && !member.static,
            );
          }
          if (declaration.events) declaration.events = declaration.events.filter((event) => event.name);
        }
      }
    },
  };
}

export default {
  globs: ['src/**/*.ts'],
  // The language tables are data (their keys are listed on the element's `strings`); the
  // authoring page (src/editor/) is an app built beside the package, not its API.
  exclude: ['src/**/*.test.ts', 'src/localize/languages/*.ts', 'src/editor/**'],
  outdir: 'dist',
  litelement: true,
  // package.json names the manifest in "customElements" itself; the analyzer must not rewrite it.
  packagejson: false,
  // `expandedType` spells out aliases (`'auto' | Orientation` -> `'auto' | 'horizontal' | 'vertical'`)
  // so editors can offer an attribute's values; the plugin needs a type checker, hence the program.
  overrideModuleCreation: ({ ts, globs }) =>
    getTsProgram(ts, globs, 'tsconfig.json')
      .getSourceFiles()
      .filter((file) => globs.some((glob) => file.fileName.includes(glob))),
  plugins: [expandTypesPlugin(), publicApiOnly()],
};
