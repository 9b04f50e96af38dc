// The strict page's Content-Security-Policy, sent by the dev server and the test server
// alike: what a locked-down newsroom page allows, and nothing more.
export const STRICT_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'";

/**
 * The authoring page's: the strict one, plus fetching a published sheet from any https
 * address (the producer's own Google Sheet), which is all the page ever fetches.
 */
export const EDITOR_CSP = `${STRICT_CSP}; connect-src 'self' https:`;

/** Koa middleware: the strict header on demo/strict.html and on the authoring page. */
export async function strictCspHeader(context, next) {
  await next();
  if (context.path.endsWith('/demo/strict.html')) context.set('Content-Security-Policy', STRICT_CSP);
  if (/\/src\/editor\/(index\.html)?$/.test(context.path)) context.set('Content-Security-Policy', EDITOR_CSP);
}
