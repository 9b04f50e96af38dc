// React 19 and the element: the documented example, mounted for real.
import { expect } from '@open-wc/testing';
import { loadJson } from './helpers/timeline.js';

interface ReactExample {
  mount(container: Element, document: unknown): () => void;
}

type Timeline = HTMLElement & { data: unknown; updateComplete: Promise<unknown> };

const until = async (check: () => boolean, what: string) => {
  const started = Date.now();
  while (!check()) {
    if (Date.now() - started > 10_000) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
};

describe('React 19 example (demo/react/app.tsx)', () => {
  it('passes the document as a property and hears timeline-select and timeline-viewchange', async () => {
    const example = (await import(new URL('/demo/react/app.bundle.js', location.href).href)) as ReactExample;
    const doc = await loadJson('/demo/data/isis-libya-2015.json');
    const container = document.createElement('div');
    container.style.width = '900px';
    document.body.append(container);
    const unmount = example.mount(container, doc);
    await until(() => Boolean(container.querySelector('news-timeline')), 'the element');
    const timeline = container.querySelector('news-timeline') as Timeline;
    expect(timeline.data).to.equal(doc); // a property, not a "[object Object]" attribute
    expect(timeline.hasAttribute('data')).to.be.false;
    await until(() => (timeline.shadowRoot?.querySelectorAll('ol.events > li').length ?? 0) === 9, 'nine events');
    await timeline.updateComplete;
    timeline.shadowRoot!.querySelector<HTMLButtonElement>('button[data-id="uk-commons-vote"]')!.click();
    await until(() => container.querySelector('.selected')!.textContent.startsWith('Open: British MPs'), 'the select event');
    timeline.shadowRoot!.querySelector<HTMLButtonElement>('[data-action="zoom-in"]')!.click();
    await until(() => container.querySelector('.moves')!.textContent === '1 view change(s)', 'the viewchange event');
    unmount();
    container.remove();
  });
});
