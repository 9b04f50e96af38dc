// Storybook for <news-timeline>: `npm run storybook` (dev server on 127.0.0.1:6006) and
// `npm run build-storybook` (static catalogue in storybook-static/), both with
// `-c stories/.storybook`. Vite compiles the TypeScript with esbuild, which reads
// tsconfig.json: `experimentalDecorators` and `useDefineForClassFields: false` keep Lit's
// legacy decorators working exactly as in the tests.
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { StorybookConfig } from '@storybook/web-components-vite';
import type { Plugin } from 'vite';

const MANIFEST_ID = 'virtual:news-timeline/custom-elements.json';
const manifestPath = fileURLToPath(new URL('../../dist/custom-elements.json', import.meta.url));

/** Serves dist/custom-elements.json (from `npm run analyze`) to the preview, and says what to do when it is missing. */
function customElementsManifest(): Plugin {
  return {
    name: 'news-timeline-custom-elements-manifest',
    resolveId: (id) => (id === MANIFEST_ID ? `\0${MANIFEST_ID}` : undefined),
    load(id) {
      if (id !== `\0${MANIFEST_ID}`) return undefined;
      if (!existsSync(manifestPath)) {
        throw new Error('dist/custom-elements.json is missing: run `npm run analyze` first (npm run storybook and build-storybook do).');
      }
      this.addWatchFile(manifestPath);
      // The id ends in .json, so Vite's JSON plugin turns the text into a module.
      return readFileSync(manifestPath, 'utf8');
    },
  };
}

/**
 * The files the element loads beside itself (scripts/beside-files.mjs), where the loaders in
 * src/ look for them: beside themselves in the dev server (/src/), beside the chunk that holds
 * them in the built catalogue (assets/).
 */
function besideFiles(): Plugin {
  const scripts = async () =>
    // @ts-expect-error -- a plain .mjs script without types
    (await import('../../scripts/beside-files.mjs')) as {
      BESIDE_FILES: Record<string, unknown>;
      buildBeside: (name: string) => Promise<string>;
      besideFileAt: (path: string, dir: string) => string | undefined;
    };
  return {
    name: 'news-timeline-beside-files',
    configureServer(server) {
      server.middlewares.use((request, response, next) => {
        void scripts()
          .then(async ({ besideFileAt, buildBeside }) => {
            const name = besideFileAt(request.url?.split('?')[0] ?? '', '/src/');
            if (!name) return next();
            const body = await buildBeside(name);
            response.setHeader('Content-Type', 'text/javascript');
            response.end(body);
          })
          .catch(next);
      });
    },
    async generateBundle() {
      const { BESIDE_FILES, buildBeside } = await scripts();
      for (const name of Object.keys(BESIDE_FILES)) {
        this.emitFile({ type: 'asset', fileName: `assets/news-timeline.${name}.js`, source: await buildBeside(name) });
      }
    },
  };
}

const config: StorybookConfig = {
  framework: { name: '@storybook/web-components-vite', options: {} },
  stories: ['../*.stories.ts'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y'],
  // The same files the tests and the demo use, for stories that load by `src`.
  staticDirs: [
    { from: '../../demo/data', to: '/data' },
    { from: '../../test/fixtures', to: '/fixtures' },
  ],
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
  viteFinal: (viteConfig) => ({
    ...viteConfig,
    plugins: [...(viteConfig.plugins ?? []), customElementsManifest(), besideFiles()],
  }),
};

export default config;
