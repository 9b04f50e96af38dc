import { expect, html } from '@open-wc/testing';
import { autoplayButton, fakeTimeouts, SHUFFLED, untilFrame } from '../../test/helpers/autoplay.js';
import { eventButtons, renderSettled } from '../../test/helpers/timeline.js';

// A page of its own: the engine file is fetched once a page, and here it fails (a 404 the test
// server answers while this cookie is set, test/helpers/server-routes.mjs).
describe('news-timeline autoplay when news-timeline.autoplay.js cannot load', () => {
  const errors: unknown[] = [];
  const onError = (event: ErrorEvent | PromiseRejectionEvent) => errors.push('reason' in event ? event.reason : event.error);

  before(() => {
    document.cookie = 'nt-missing=autoplay; path=/';
    window.addEventListener('error', onError);
    window.addEventListener('unhandledrejection', onError);
  });

  after(() => {
    document.cookie = 'nt-missing=; path=/; max-age=0';
    window.removeEventListener('error', onError);
    window.removeEventListener('unhandledrejection', onError);
  });

  it('leaves a working timeline: no step, no error, and no Pause button once it failed', async () => {
    const element = await renderSettled(html`<news-timeline autoplay="3" .data=${SHUFFLED}></news-timeline>`);
    await untilFrame(() => autoplayButton(element) === null, 'the button to go');
    const clock = fakeTimeouts();
    try {
      clock.tick(60_000);
    } finally {
      clock.uninstall();
    }
    expect(element.selected).to.equal(null);
    eventButtons(element)[1]?.click();
    await element.updateComplete;
    expect(element.selected).to.equal('b');
    expect(errors).to.deep.equal([]);
  });
});
