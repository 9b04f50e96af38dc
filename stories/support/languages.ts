/// <reference types="vite/client" />
// The catalogue runs src/ through Vite, where the element's own fetch of a language file
// (relative to src/languages.ts) finds nothing: every shipped language is registered here,
// as a bundler user would (README, "Interface languages"). Listed in package.json
// `sideEffects`, or the catalogue's build would drop it.
import { registerLanguage } from '../../src/languages.js';
import type { Language } from '../../src/localize/localize.js';

const files = import.meta.glob<{ default: Language }>('../../src/localize/languages/*.ts', { eager: true });
for (const [path, module] of Object.entries(files)) {
  if (!path.endsWith('.test.ts')) registerLanguage(path.slice(path.lastIndexOf('/') + 1, -'.ts'.length), module.default);
}
