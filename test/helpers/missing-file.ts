// A file beside the element that cannot load, for the *-missing tests: each runs on a page of its
// own, because such a file is fetched once a page. While the cookie is set, the test server
// answers `/src/news-timeline.<name>.js` with a 404 (test/helpers/server-routes.mjs).

/**
 * Registers mocha hooks for the enclosing `describe`: the cookie that makes file `name` fail, and
 * a record of every error and unhandled rejection on the page, which the tests expect to stay
 * empty. Returns that record and whether the page has asked for the file yet.
 */
export function whileFileMissing(name: string): { errors: unknown[]; asked: () => boolean } {
  const errors: unknown[] = [];
  const onError = (event: ErrorEvent | PromiseRejectionEvent) => errors.push('reason' in event ? event.reason : event.error);
  before(() => {
    document.cookie = `nt-missing=${name}; path=/`;
    window.addEventListener('error', onError);
    window.addEventListener('unhandledrejection', onError);
  });
  after(() => {
    document.cookie = 'nt-missing=; path=/; max-age=0';
    window.removeEventListener('error', onError);
    window.removeEventListener('unhandledrejection', onError);
  });
  const asked = () => performance.getEntriesByType('resource').some((entry) => entry.name.endsWith(`/src/news-timeline.${name}.js`));
  return { errors, asked };
}
