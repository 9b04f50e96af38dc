import { expect, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { focusedInside, renderSettled, shadow, ARTICLE_URL } from '../../test/helpers/timeline.js';

// A page of its own: the key list's file is fetched once a page, and here it fails (a 404 the
// test server answers while this cookie is set, test/helpers/server-routes.mjs).
describe('news-timeline keyboard help when news-timeline.keys.js cannot load', () => {
  const errors: unknown[] = [];
  const onError = (event: ErrorEvent | PromiseRejectionEvent) => errors.push('reason' in event ? event.reason : event.error);

  before(() => {
    document.cookie = 'nt-missing=keys; path=/';
    window.addEventListener('error', onError);
    window.addEventListener('unhandledrejection', onError);
  });

  after(() => {
    document.cookie = 'nt-missing=; path=/; max-age=0';
    window.removeEventListener('error', onError);
    window.removeEventListener('unhandledrejection', onError);
  });

  it('"?" still shows the keys on one line, named, and Escape still closes it', async () => {
    const element = await renderSettled(html`<news-timeline src=${ARTICLE_URL}></news-timeline>`);
    const help = shadow(element).querySelector<HTMLButtonElement>('.key-help-button')!;
    help.focus();
    await sendKeys({ press: 'Enter' });
    await element.updateComplete;
    // The element's request has been answered (404) once the browser lists it; then a task for its rejection.
    const asked = () => performance.getEntriesByType('resource').some((entry) => entry.name.endsWith('/src/news-timeline.keys.js'));
    await waitUntil(asked, 'news-timeline.keys.js was never asked for', { timeout: 5000 });
    await new Promise((done) => setTimeout(done));
    const list = shadow(element).querySelector<HTMLElement>('#key-help')!;
    // As a boolean: chai's message for a failing class comparison never finished printing.
    expect(customElements.get('news-timeline-keys') === undefined, 'the keys file came from a cache').to.equal(true);
    expect(list.getAttribute('aria-label')).to.equal('Keyboard shortcuts');
    expect(list.textContent).to.equal('Tab · ← → · Home End · Enter · Esc · + − 0');
    expect(list.getClientRects().length).to.be.greaterThan(0);
    await sendKeys({ press: 'Escape' });
    await element.updateComplete;
    expect(shadow(element).querySelector('#key-help')).to.equal(null);
    expect(focusedInside(element)).to.equal(help);
    expect(errors).to.deep.equal([]);
  });
});
