// The strict page's Content-Security-Policy, sent by the dev server and the test server
// alike: what a locked-down newsroom page allows, and nothing more.
export const STRICT_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'";

/**
 * The authoring page's: as strict for script and style, plus what a producer's own data
 * needs from elsewhere: fetching a published sheet, and the preview's pictures, video and
 * audio files, and YouTube and Vimeo players (README, "Strict pages").
 */
export const EDITOR_CSP = `${STRICT_CSP}; connect-src 'self' https:; img-src 'self' https:; media-src 'self' https:; frame-src https://www.youtube-nocookie.com https://player.vimeo.com`;

/** The pages served with it: the demo's strict page, and the test page with a YouTube card. */
const STRICT_PAGES = ['/demo/strict.html', '/test/fixtures/csp/strict-media.html'];

/** Koa middleware: the strict header on those pages, and its editor variant on the authoring page. */
export async function strictCspHeader(context, next) {
  await next();
  if (STRICT_PAGES.some((page) => context.path.endsWith(page))) context.set('Content-Security-Policy', STRICT_CSP);
  if (/\/src\/editor\/(index\.html)?$/.test(context.path)) context.set('Content-Security-Policy', EDITOR_CSP);
}
