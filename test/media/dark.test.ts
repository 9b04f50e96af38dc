// Runs in a browser started in dark mode (a test-runner group: Firefox with its colour
// scheme set to dark), where media emulation is not available to the test itself.
import { expect, html } from '@open-wc/testing';
import { expectNoAxeViolations } from '../helpers/axe.js';
import { ARTICLE_URL, eventButtons, renderSettled } from '../helpers/timeline.js';

describe('dark colour scheme (browser started dark)', () => {
  it('the browser really prefers dark', () => {
    expect(matchMedia('(prefers-color-scheme: dark)').matches).to.be.true;
  });

  it('draws on the dark palette with no axe violations, with a card open too', async () => {
    const element = await renderSettled(html`<news-timeline src=${ARTICLE_URL}></news-timeline>`);
    expect(getComputedStyle(element).backgroundColor).to.equal('rgb(13, 17, 23)');
    await expectNoAxeViolations(element);
    eventButtons(element)[1].click();
    await element.updateComplete;
    await expectNoAxeViolations(element);
  });
});
