import { expect, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { focusedInside, renderSettled, shadow, ARTICLE_URL } from '../../test/helpers/timeline.js';
import { whileFileMissing } from '../../test/helpers/missing-file.js';

describe('news-timeline keyboard help when news-timeline.keys.js cannot load', () => {
  const { errors, asked } = whileFileMissing('keys');

  it('"?" still shows the keys on one line, named, and Escape still closes it', async () => {
    const element = await renderSettled(html`<news-timeline src=${ARTICLE_URL}></news-timeline>`);
    const help = shadow(element).querySelector<HTMLButtonElement>('.key-help-button')!;
    help.focus();
    await sendKeys({ press: 'Enter' });
    await element.updateComplete;
    // The element's request has been answered (404) once the browser lists it; then a task for its rejection.
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
