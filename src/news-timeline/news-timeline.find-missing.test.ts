import { expect, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { eventButtons, focusedInside, renderSettled, shadow, ARTICLE_URL } from '../../test/helpers/timeline.js';
import { whileFileMissing } from '../../test/helpers/missing-file.js';

describe('news-timeline filters when news-timeline.find.js cannot load', () => {
  const { errors, asked } = whileFileMissing('find');

  it('the filter attribute still narrows the timeline, keys walk it, and the empty row takes no room', async () => {
    const element = await renderSettled(html`<news-timeline src=${ARTICLE_URL} filter="international" search="russia"></news-timeline>`);
    await waitUntil(asked, 'news-timeline.find.js was never asked for', { timeout: 5000 });
    await new Promise((done) => setTimeout(done));
    expect(customElements.get('news-timeline-find') === undefined, 'the find file came from a cache').to.equal(true);
    const ids = eventButtons(element).map((button) => button.dataset.id);
    expect(ids).to.deep.equal(['russia-joins', 'obama-turkey-border', 'uk-commons-vote']);
    const row = shadow(element).querySelector<HTMLElement>('[part=find]')!;
    expect(row.getBoundingClientRect().height).to.equal(0);
    eventButtons(element)[0].focus();
    await sendKeys({ press: 'End' });
    expect(focusedInside(element)?.getAttribute('data-id')).to.equal('uk-commons-vote');
    element.filter = null;
    await element.updateComplete;
    expect(eventButtons(element)).to.have.length(9);
    expect(errors).to.deep.equal([]);
  });
});
