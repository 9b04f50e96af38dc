// `npm start`: the demo pages, TypeScript compiled on the fly, on 127.0.0.1 only.
import { fileURLToPath } from 'node:url';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { languageFiles } from './languages.mjs';
import { loopbackOnly } from './loopback.mjs';
import { strictCspHeader } from './csp.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));

export default {
  rootDir: root,
  hostname: '127.0.0.1',
  port: Number(process.env.PORT ?? 8000),
  nodeResolve: { exportConditions: ['production'] },
  middleware: [
    strictCspHeader,
    // The demo is the site: / goes to the article page.
    (context, next) => {
      if (context.path === '/') context.redirect('/demo/');
      return next();
    },
  ],
  plugins: [
    loopbackOnly(),
    {
      name: 'announce-demo',
      serverStart: ({ config }) => console.log(`Article demo: http://127.0.0.1:${config.port}/demo/`),
    },
    languageFiles(),
    esbuildPlugin({ ts: true, tsconfig: `${root}tsconfig.json` }),
  ],
};
