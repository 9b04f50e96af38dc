// `npm start`: the demo pages, TypeScript compiled on the fly, on 127.0.0.1 only.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { nodeResolvePlugin } from '@web/dev-server';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { languageFiles } from './languages.mjs';
import { besideFiles } from './beside-files.mjs';
import { loopbackOnly } from './loopback.mjs';
import { strictCspHeader } from './csp.mjs';
import { bundle, BUNDLE } from './bundle.mjs';
import { liveDemo } from './live-demo.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
/** The standalone file, built once on first request when a fresh clone has not built it yet. */
let building;

export default {
  rootDir: root,
  hostname: '127.0.0.1',
  port: Number(process.env.PORT ?? 8000),
  middleware: [
    strictCspHeader,
    // The demo is the site: / goes to the article page.
    async (context, next) => {
      if (context.path === '/') context.redirect('/demo/');
      // The authoring page runs from its source; its relative URLs resolve there.
      else if (context.path === '/editor' || context.path === '/editor/') context.redirect('/src/editor/');
      // dist/editor/ has these beside the page; here they come from where they live.
      else if (context.path === '/src/editor/example.json') context.path = '/demo/data/isis-libya-2015.json';
      else if (context.path === '/src/editor/news-timeline.bundle.js') {
        // The authoring page's embed code points at it; after `npm ci && npm start` it is not built.
        if (!existsSync(`${root}${BUNDLE}`)) await (building ??= bundle());
        context.path = `/${BUNDLE}`;
      }
      else if (context.path === '/src/editor/favicon.svg') context.path = '/demo/favicon.svg';
      // The iframe embed runs from demo/, where its own relative URLs resolve.
      else if (/^\/src\/editor\/embed(\.html|-parent\.js)$/.test(context.path)) context.redirect(`/demo/${context.path.slice(12)}${context.search}`);
      return next();
    },
    // demo/live.html's document, gaining an event every 20 seconds.
    liveDemo(root),
  ],
  plugins: [
    loopbackOnly(),
    languageFiles(),
    besideFiles(),
    esbuildPlugin({ ts: true, tsconfig: `${root}tsconfig.json` }),
    // Named here rather than by a `nodeResolve` option, which would add it after the plugin below.
    nodeResolvePlugin(root, false, { exportConditions: ['production'] }),
    // Last: the server listens before its plugins start, one after another, so the address is
    // printed once every plugin is ready (a request sent before node-resolve had started
    // answered 500); and after loopbackOnly, so it is the socket's own, with PORT=0 too.
    {
      name: 'announce-demo',
      serverStart: ({ server }) => {
        const { address, port } = server.address();
        console.log(`Serving ${root} on http://${address}:${port}/\nArticle demo: http://${address}:${port}/demo/\nAuthoring page: http://${address}:${port}/editor/`);
      },
    },
  ],
};
