// Where the test browsers live and how to install them. Debian's packages only: nothing
// here downloads a browser.
import { existsSync } from 'node:fs';
import { missingWebKitParts, webkitInstallHint, webkitPaths } from './webkit.mjs';

function firstExisting(candidates) {
  return candidates.find((path) => path && existsSync(path));
}

export const browserPaths = {
  chromium: firstExisting([process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser']),
  firefox: firstExisting([process.env.FIREFOX_PATH, '/usr/bin/firefox-esr', '/usr/bin/firefox']),
  // WebKit needs three programs (see scripts/webkit.mjs); it counts as present only with all.
  webkit: missingWebKitParts().length === 0 ? webkitPaths.miniBrowser : undefined,
};

export const installHints = {
  chromium: 'apt-get install -y chromium   (or set CHROMIUM_PATH to a Chromium binary)',
  firefox: 'apt-get install -y firefox-esr   (or set FIREFOX_PATH to a Firefox binary)',
  webkit: `${webkitInstallHint}   (missing: ${missingWebKitParts().join(', ') || 'nothing'}; MINIBROWSER_PATH may point at MiniBrowser)`,
};

// As root Chromium needs --no-sandbox; the rest keep it from reaching for the network.
export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--no-first-run',
];

/** Names of the wanted browsers that are not installed. */
export function missingBrowsers(names) {
  return names.filter((name) => !browserPaths[name]);
}
