// Editor completion for `<news-timeline>`, generated from the Custom Elements Manifest so it
// cannot drift from the element's JSDoc: dist/vscode.html-custom-data.json (VS Code's
// "html.customData") and dist/web-types.json (JetBrains, found through package.json "web-types").
//   node scripts/editor-data.mjs        (after `npm run analyze`; `npm run build` calls it)
import { readFileSync, writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { getVsCodeHtmlCustomData } from 'custom-element-vs-code-integration';
import { getWebTypesData } from 'custom-element-jet-brains-integration';

export const MANIFEST = 'dist/custom-elements.json';
export const VS_CODE_DATA = 'dist/vscode.html-custom-data.json';
export const WEB_TYPES = 'dist/web-types.json';
// The README's "Element API" section is the manual both editors link to.
export const README_URL = 'https://www.npmjs.com/package/news-timeline#element-api';

const options = {
  // Filled in by cem-plugin-expanded-types (scripts/custom-elements-manifest.config.mjs).
  typesSrc: 'expandedType',
  hideLogs: true,
};

/** The element's boolean attributes by tag, from the manifest: present means on, so they take no value. */
function booleanAttributes(manifest) {
  const byTag = new Map();
  for (const module of manifest.modules ?? []) {
    for (const declaration of module.declarations ?? []) {
      if (!declaration.tagName) continue;
      const names = (declaration.attributes ?? [])
        .filter((attribute) => attribute.type?.text === 'boolean')
        .map((attribute) => attribute.name);
      byTag.set(declaration.tagName, new Set(names));
    }
  }
  return byTag;
}

// The generators print every CSS property's default, also when the JSDoc gives none; and the
// VS Code one puts `---` right under the summary, which Markdown reads as a heading underline.
const tidyDescription = (description) =>
  description.replaceAll(' _(default: undefined)_', '').replace(/(?<!\n)\n---\n/, '\n\n---\n');

/** VS Code custom data (version 1.1) for every element in `manifest`. */
export function vsCodeData(manifest) {
  const data = JSON.parse(
    getVsCodeHtmlCustomData(manifest, {
      ...options,
      referencesTemplate: () => [{ name: 'README', url: README_URL }],
    }),
  );
  const booleans = booleanAttributes(manifest);
  for (const tag of data.tags) {
    tag.description = tidyDescription(tag.description);
    for (const attribute of tag.attributes) {
      // The generator leaves booleans without values; "v" is VS Code's value-less attribute set.
      if (booleans.get(tag.name)?.has(attribute.name)) attribute.valueSet = 'v';
      if (attribute.values?.length === 0) delete attribute.values;
    }
  }
  return data;
}

/** JetBrains web-types for every element in `manifest`. */
export function webTypes(manifest) {
  const data = JSON.parse(
    getWebTypesData(manifest, {
      ...options,
      // This generator spells the option in the singular and takes one reference.
      referenceTemplate: () => ({ name: 'README', url: README_URL }),
    }),
  );
  const { css } = data.contributions;
  for (const element of data.contributions.html.elements) {
    element.description = tidyDescription(element.description);
    // The generator lists parts only as global `part(name)` pseudo-elements; the schema also
    // has the element's own `css.parts` and `css.properties`, which `::part(` completion uses.
    element.css = {
      properties: css.properties,
      parts: css['pseudo-elements'].map(({ name, description }) => ({
        name: name.replace(/^part\((.*)\)$/, '$1'),
        description,
      })),
    };
  }
  return data;
}

/** Writes both files next to the manifest; returns their paths. */
export function writeEditorData() {
  const manifest = JSON.parse(readFileSync(MANIFEST, 'utf8'));
  writeFileSync(VS_CODE_DATA, `${JSON.stringify(vsCodeData(manifest), null, 2)}\n`);
  writeFileSync(WEB_TYPES, `${JSON.stringify(webTypes(manifest), null, 2)}\n`);
  return [VS_CODE_DATA, WEB_TYPES];
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  console.log(`Wrote ${writeEditorData().join(' and ')}.`);
}
