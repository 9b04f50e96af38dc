// `npm start`: the dev server with scripts/dev-server.config.mjs. Web Dev Server's own start
// message is left out: it prints a "Network:" address of this machine although the server
// listens on 127.0.0.1 alone (scripts/loopback.mjs), and the port it was asked for, which is
// not the real one after PORT=0. The config's announce plugin prints the bound address instead.
import { startDevServer } from '@web/dev-server';
import config from './dev-server.config.mjs';

await startDevServer({ config, readFileConfig: false, logStartMessage: false });
