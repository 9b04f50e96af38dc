// The strict page's Content-Security-Policy, sent by the dev server and the test server
// alike: what a locked-down newsroom page allows, and nothing more.
export const STRICT_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'";

/** Koa middleware: the strict header on demo/strict.html only. */
export async function strictCspHeader(context, next) {
  await next();
  if (context.path.endsWith('/demo/strict.html')) context.set('Content-Security-Policy', STRICT_CSP);
}
