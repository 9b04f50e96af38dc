// The strict page's Content-Security-Policy, sent by the dev server and the test server
// alike: what a locked-down newsroom page allows, and nothing more.
export const STRICT_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'";

/** The pages served with it: the demo's strict page, and the test page with a YouTube card. */
const STRICT_PAGES = ['/demo/strict.html', '/test/fixtures/csp/strict-media.html'];

/** Koa middleware: the strict header on those pages only. */
export async function strictCspHeader(context, next) {
  await next();
  if (STRICT_PAGES.some((page) => context.path.endsWith(page))) context.set('Content-Security-Policy', STRICT_CSP);
}
