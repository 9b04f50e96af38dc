// Loading a `src` that fails or never finishes: a time limit, the reason in an alert, and a
// Try again button where trying again can help. The test server's routes for these are in
// test/helpers/server-routes.mjs.
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { expectNoAxeViolations } from '../../test/helpers/axe.js';
import { ARTICLE_URL, eventButtons, renderSettled, shadow } from '../../test/helpers/timeline.js';
import { loadTimeoutMs } from '../controllers/document-controller.js';
import type { NewsTimeline } from './news-timeline.js';
import type { TimelineErrorEvent } from '../events.js';

function retryButton(element: NewsTimeline): HTMLButtonElement | null {
  return shadow(element).querySelector<HTMLButtonElement>('.error button');
}

function alertText(element: NewsTimeline): string {
  return shadow(element).querySelector('[role="alert"]')?.textContent ?? '';
}

function isLoading(element: NewsTimeline): boolean {
  return (shadow(element).querySelector('[role="status"].status')?.textContent ?? '').includes('Loading');
}

/** Waits for the element's next `timeline-error` and the update that shows it. */
async function nextError(element: NewsTimeline): Promise<TimelineErrorEvent> {
  const event = await oneEvent<TimelineErrorEvent>(element, 'timeline-error');
  await element.updateComplete;
  return event;
}

describe('<news-timeline> loading: time limit and Try again', () => {
  it('when src never answers, gives up after load-timeout seconds with the reason and a Try again button', async () => {
    const element = await fixture<NewsTimeline>(html`<news-timeline load-timeout="1" src="/hang"></news-timeline>`);
    expect(isLoading(element)).to.be.true;
    const event = await nextError(element);
    expect(alertText(element)).to.contain('"/hang"').and.to.contain('within the 1-second time limit');
    expect(event.detail.message).to.equal(alertText(element).trim());
    const retry = retryButton(element)!;
    expect(retry.textContent?.trim()).to.equal('Try again');
    expect(retry.part.contains('retry-button') && retry.part.contains('button')).to.be.true;
    await expectNoAxeViolations(element);
    // Try again asks for the same address again: loading, then (it still hangs) the same error.
    const again = nextError(element);
    retry.click();
    await element.updateComplete;
    expect(isLoading(element)).to.be.true;
    expect(retryButton(element)).to.equal(null);
    expect((await again).detail.message).to.equal(event.detail.message);
    // A later src still works.
    const loaded = oneEvent(element, 'timeline-load');
    element.src = ARTICLE_URL;
    await loaded;
    await element.updateComplete;
    expect(eventButtons(element)).to.have.length(9);
    expect(retryButton(element)).to.equal(null);
  });

  it('focus on Try again waits on the region while loading, and returns to the button if it fails again', async () => {
    const element = await fixture<NewsTimeline>(html`<news-timeline load-timeout="1" src="/hang"></news-timeline>`);
    await nextError(element);
    const region = shadow(element).querySelector<HTMLElement>('[role="region"]')!;
    retryButton(element)!.focus();
    const again = nextError(element);
    retryButton(element)!.click();
    await element.updateComplete;
    expect(isLoading(element)).to.be.true;
    expect(shadow(element).activeElement).to.equal(region);
    await again;
    expect(shadow(element).activeElement).to.equal(retryButton(element));
    // Without focus on the button, Try again leaves focus where it was.
    retryButton(element)!.blur();
    retryButton(element)!.click();
    await element.updateComplete;
    expect(shadow(element).activeElement).to.equal(null);
  });

  it('when the server sends its headers and then stalls, the time limit still ends the wait', async () => {
    const element = await fixture<NewsTimeline>(html`<news-timeline load-timeout="1" src="/stall"></news-timeline>`);
    await nextError(element);
    expect(alertText(element)).to.contain('"/stall"').and.to.contain('within the 1-second time limit');
    expect(retryButton(element)).to.not.equal(null);
  });

  it('Try again after a server error loads the same src again and draws it', async () => {
    const src = `/flaky${ARTICLE_URL}?key=${Math.random().toString(36).slice(2)}`;
    const element = await renderSettled(html`<news-timeline src=${src}></news-timeline>`);
    expect(alertText(element)).to.contain('503');
    const loaded = oneEvent(element, 'timeline-load');
    retryButton(element)!.click();
    await loaded;
    await element.updateComplete;
    expect(element.src).to.equal(src);
    expect(eventButtons(element)).to.have.length(9);
  });

  it('offers Try again after a 404 and a network failure, where trying again can help', async () => {
    for (const src of ['/test/fixtures/does-not-exist.json', 'http://127.0.0.1:9/timeline.json']) {
      const element = await renderSettled(html`<news-timeline src=${src}></news-timeline>`);
      expect(alertText(element), src).to.contain('Could not load');
      expect(retryButton(element), src).to.not.equal(null);
    }
  });

  it('offers no Try again for a document that is not valid, where trying again cannot help', async () => {
    const notJson = await renderSettled(html`<news-timeline src="/demo/index.html"></news-timeline>`);
    expect(alertText(notJson)).to.contain('not valid JSON');
    const unusable = await renderSettled(html`<news-timeline src="/test/fixtures/documents/invalid-all-events-unusable.json"></news-timeline>`);
    const inline = await renderSettled(html`<news-timeline><script type="application/json">[</script></news-timeline>`);
    const data = await renderSettled(html`<news-timeline .data=${{ version: 1, events: [] }}></news-timeline>`);
    for (const element of [notJson, unusable, inline, data]) {
      expect(alertText(element)).to.not.equal('');
      expect(retryButton(element)).to.equal(null);
    }
  });

  it('loadTimeoutMs: load-timeout in seconds; not a positive number means 30, and at most a day', () => {
    expect(loadTimeoutMs(1)).to.equal(1000);
    expect(loadTimeoutMs(2.5)).to.equal(2500);
    for (const value of [undefined, 0, -5, Number.NaN]) expect(loadTimeoutMs(value), String(value)).to.equal(30_000);
    for (const value of [1e12, Infinity]) expect(loadTimeoutMs(value), String(value)).to.equal(86_400_000);
  });

  it('the load-timeout attribute sets the loadTimeout property', async () => {
    const element = await fixture<NewsTimeline>(html`<news-timeline load-timeout="12.5"></news-timeline>`);
    expect(element.loadTimeout).to.equal(12.5);
    element.setAttribute('load-timeout', 'soon');
    expect(element.loadTimeout).to.be.NaN;
    expect(document.createElement('news-timeline').loadTimeout).to.equal(30);
  });
});
