// The standalone file on a plain page: one module, Lit and d3 inside, production Lit.
// `npm test` builds dist/news-timeline.bundle.js before the browsers start.
import { expect } from '@open-wc/testing';

describe('dist/news-timeline.bundle.js', () => {
  before(async () => {
    await import(new URL('/dist/news-timeline.bundle.js', location.href).href);
  });

  it('registers <news-timeline> by itself, with Lit in production mode', () => {
    expect(customElements.get('news-timeline')).to.exist;
    // Lit's development build alone gives ReactiveElement enableWarning. (Its "dev mode"
    // notice cannot tell: the test page's own Lit has already issued or muted it.)
    const bases: unknown[] = [];
    for (let base: unknown = customElements.get('news-timeline'); base; base = Object.getPrototypeOf(base)) bases.push(base);
    expect(bases.filter((base) => Object.hasOwn(base as object, 'enableWarning'))).to.deep.equal([]);
  });

  it('draws the article from a src attribute, zooms, and labels dates and buttons in the locale', async () => {
    const element = document.createElement('news-timeline') as HTMLElement & {
      updateComplete: Promise<unknown>;
      view: { start: Date; end: Date };
    };
    element.setAttribute('src', '/demo/data/isis-libya-2015.json');
    element.setAttribute('locale', 'de');
    // Zoom is measured in ms below: a strictly proportional axis halves them exactly.
    element.setAttribute('proportional', '');
    const loaded = new Promise((resolve) => element.addEventListener('timeline-load', resolve, { once: true }));
    document.body.append(element);
    await loaded;
    await element.updateComplete;
    const root = element.shadowRoot!;
    expect(root.querySelectorAll('ol.events > li')).to.have.length(9);
    expect([...root.querySelectorAll('time')].map((time) => time.textContent)).to.include('2. Dezember 2015');
    expect(root.querySelectorAll('.tick-label').length).to.be.greaterThan(2);
    // Its German interface comes from dist/news-timeline.de.js, fetched beside the standalone file.
    const zoomIn = () => root.querySelector('[part~="control-zoom-in"]')?.getAttribute('aria-label');
    for (let waited = 0; zoomIn() !== 'Vergrößern' && waited < 5000; waited += 20) await new Promise((resolve) => setTimeout(resolve, 20));
    expect(zoomIn()).to.equal('Vergrößern');
    const span = () => element.view.end.getTime() - element.view.start.getTime();
    const before = span();
    (element as unknown as { zoomBy(factor: number): void }).zoomBy(2);
    expect(span()).to.be.closeTo(before / 2, 1000);
    element.remove();
  });
});
