import { expect, html, waitUntil } from '@open-wc/testing';
import { liveDoc, liveKey, markedNew, publish, requests } from '../../test/helpers/live.js';
import { eventButtons, renderSettled } from '../../test/helpers/timeline.js';
import { whileFileMissing } from '../../test/helpers/missing-file.js';

describe('news-timeline live updates when news-timeline.live.js cannot load', () => {
  const { errors, asked } = whileFileMissing('live');

  it('a later data document still applies, unmarked; refresh reads nothing; no error escapes', async () => {
    const key = liveKey();
    await publish(key, liveDoc([2001, 2003]));
    const element = await renderSettled(html`<news-timeline refresh="5" src=${`/live/${key}.json`}></news-timeline>`);
    await waitUntil(asked, 'news-timeline.live.js was never asked for', { timeout: 5000 });
    // A task for the rejection.
    await new Promise((done) => setTimeout(done, 50));
    // The element's own first load alone, even after more than an interval (real time: no engine, no timer to fake).
    await new Promise((done) => setTimeout(done, 5500));
    expect(await requests(key)).to.have.length(1);
    element.data = liveDoc([2001, 2003, 2005]);
    await element.updateComplete;
    expect(eventButtons(element).map((button) => button.dataset.id)).to.deep.equal(['e2001', 'e2003', 'e2005']);
    expect(markedNew(element)).to.deep.equal([]);
    expect(errors).to.deep.equal([]);
  });
});
