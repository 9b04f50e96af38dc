// Loads a file that sits beside the element's own, dist/news-timeline.<name>.js (see
// scripts/beside-files.mjs), once per page, the first time a timeline needs it. It sits at the
// top of src/ because the files are found relative to it: as dist/load-beside.js it sits beside
// them, as the standalone file does.

const loading = new Map<string, Promise<unknown>>();
// Not `new URL(…, import.meta.url)` written out: Vite would take that for an asset of its own
// build and rewrite the address (to assets/undefined, as Storybook's build did).
const here = import.meta.url;

/** The module of dist/news-timeline.<name>.js; rejects when it cannot load (the caller keeps a plain fallback). */
export function loadBeside<Module>(name: 'media' | 'autoplay' | 'permalinks' | 'keys' | 'live' | 'find'): Promise<Module> {
  let module = loading.get(name);
  if (!module) loading.set(name, (module = import(/* @vite-ignore */ new URL(`./news-timeline.${name}.js`, here).href)));
  return module as Promise<Module>;
}
