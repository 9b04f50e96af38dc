import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { expectNoAxeViolations } from '../../test/helpers/axe.js';
import { ARTICLE_URL, eventButtons, loadJson, renderSettled, shadow } from '../../test/helpers/timeline.js';
import type { NewsTimeline } from './news-timeline.js';
import type { TimelineErrorEvent, TimelineLoadEvent } from '../events.js';
import { rehearse } from './warm-up.js';

const MINIMAL = {
  version: 1,
  title: 'Two events',
  events: [
    { id: 'b', date: '2015-12-02', title: 'Second' },
    { id: 'a', date: '2014-08', title: 'First' },
  ],
};

function titles(element: NewsTimeline): string[] {
  return eventButtons(element).map((button) => button.querySelector('.event-title')?.textContent ?? '');
}

describe('<news-timeline> inputs and states', () => {
  it('when src is set, fetches the article and draws every event in chronological order', async () => {
    const element = await renderSettled(html`<news-timeline src=${ARTICLE_URL}></news-timeline>`);
    const doc = (await loadJson(ARTICLE_URL)) as { title: string; events: unknown[] };
    expect(eventButtons(element)).to.have.length(doc.events.length);
    expect(shadow(element).querySelector('h2')?.textContent).to.equal(doc.title);
    expect(titles(element)[0]).to.equal('Western-backed rebels topple Gaddafi');
    const region = shadow(element).querySelector('[role="region"]');
    expect(region?.getAttribute('aria-labelledby')).to.equal('timeline-title');
    await expectNoAxeViolations(element);
  });

  it('draws a document given as the data property, sorted by date', async () => {
    const element = await renderSettled(html`<news-timeline .data=${MINIMAL}></news-timeline>`);
    expect(titles(element)).to.deep.equal(['First', 'Second']);
    expect(element.timelineDocument?.title).to.equal('Two events');
  });

  it('draws a document from an inline <script type="application/json"> child', async () => {
    const element = await renderSettled(html`<news-timeline>
      <script type="application/json">${JSON.stringify(MINIMAL)}</script>
    </news-timeline>`);
    expect(titles(element)).to.deep.equal(['First', 'Second']);
  });

  it('reads inline JSON added after the element was connected (a CMS filling it late)', async () => {
    const element = await fixture<NewsTimeline>(html`<news-timeline></news-timeline>`);
    const loaded = oneEvent(element, 'timeline-load');
    const script = document.createElement('script');
    script.type = 'application/json';
    script.textContent = JSON.stringify(MINIMAL);
    element.append(script);
    await loaded;
    await element.updateComplete;
    expect(titles(element)).to.deep.equal(['First', 'Second']);
  });

  it('prefers the data property over src and inline JSON', async () => {
    const data = { version: 1, events: [{ date: '2001', title: 'From data' }] };
    const element = await renderSettled(html`<news-timeline .data=${data} src=${ARTICLE_URL}>
      <script type="application/json">${JSON.stringify(MINIMAL)}</script>
    </news-timeline>`);
    expect(titles(element)).to.deep.equal(['From data']);
  });

  it('when src changes during a fetch, aborts it and shows only the newer document', async () => {
    const element = await fixture<NewsTimeline>(
      html`<news-timeline src="/slow${ARTICLE_URL}?delay=1500"></news-timeline>`,
    );
    const loads: TimelineLoadEvent[] = [];
    element.addEventListener('timeline-load', (event) => loads.push(event));
    const loaded = oneEvent(element, 'timeline-load');
    element.src = '/test/fixtures/documents/valid-minimal.json';
    await loaded;
    await new Promise((resolve) => setTimeout(resolve, 1800));
    expect(loads).to.have.length(1);
    expect(eventButtons(element).length).to.equal(loads[0].detail.document.events.length);
    expect(element.timelineDocument?.title).to.not.equal('Isis looks to Libya');
  });

  it('while src is loading, shows a loading status', async () => {
    const element = await fixture<NewsTimeline>(
      html`<news-timeline src="/slow${ARTICLE_URL}?delay=800"></news-timeline>`,
    );
    await element.updateComplete;
    const status = shadow(element).querySelector('[role="status"]');
    expect(status?.textContent).to.contain('Loading');
    await expectNoAxeViolations(element);
    await oneEvent(element, 'timeline-load');
  });

  it('when src fails to load, shows the reason in an alert and fires timeline-error', async () => {
    const element = await fixture<NewsTimeline>(html`<news-timeline></news-timeline>`);
    const failed = oneEvent<TimelineErrorEvent>(element, 'timeline-error');
    element.src = '/test/fixtures/does-not-exist.json';
    const event = await failed;
    await element.updateComplete;
    const alert = shadow(element).querySelector('[role="alert"]');
    expect(alert?.textContent).to.contain('404');
    expect(alert?.textContent).to.contain('does-not-exist.json');
    expect(event.detail.message).to.equal(alert?.textContent?.trim());
    await expectNoAxeViolations(element);
  });

  it('when the file or the inline data is not JSON, says so in the alert', async () => {
    const element = await renderSettled(html`<news-timeline src="/demo/index.html"></news-timeline>`);
    expect(shadow(element).querySelector('[role="alert"]')?.textContent).to.contain('"/demo/index.html" is not valid JSON');
    const broken = await renderSettled(html`<news-timeline>
      <script type="application/json">{"version": 1, "events": [</script>
    </news-timeline>`);
    expect(shadow(broken).querySelector('[role="alert"]')?.textContent).to.contain('not valid JSON');
  });

  it('when no event is usable, shows the parser\'s reason and exposes the problems', async () => {
    const data = { version: 1, events: [{ date: '12/02/2015', title: 'Bad date' }] };
    const element = await renderSettled(html`<news-timeline .data=${data}></news-timeline>`);
    const alert = shadow(element).querySelector('[role="alert"]');
    expect(alert?.textContent).to.contain('nothing to draw');
    const listed = [...shadow(element).querySelectorAll('.problems li')].map((item) => item.textContent ?? '');
    expect(listed.some((text) => text.includes('events[0].date') && text.includes('12/02/2015'))).to.be.true;
    expect(eventButtons(element)).to.have.length(0);
    expect(element.problems.some((problem) => problem.path === 'events[0].date')).to.be.true;
    await expectNoAxeViolations(element);
  });

  it('with no document at all, shows the empty state', async () => {
    const element = await fixture<NewsTimeline>(html`<news-timeline label="Empty timeline"></news-timeline>`);
    expect(shadow(element).querySelector('.status')?.textContent).to.contain('No timeline');
    expect(shadow(element).querySelector('[role="region"]')?.getAttribute('aria-label')).to.equal('Empty timeline');
    await expectNoAxeViolations(element);
  });

  it('while it has no document, lays out its text styles where no reader meets them, and drops them once drawn', async () => {
    const element = await fixture<NewsTimeline>(html`<news-timeline label="Waiting"></news-timeline>`);
    const specimen = shadow(element).querySelector<HTMLElement>('.type-specimen')!;
    expect(specimen.getAttribute('aria-hidden')).to.equal('true');
    expect(specimen.inert).to.be.true;
    expect(specimen.getBoundingClientRect().width).to.be.at.most(1);
    // Laid out, so the fonts of each style are looked up now: its label text has a width.
    expect(specimen.querySelector('.event-title')!.getBoundingClientRect().width).to.be.above(0);
    // Inert: none of its buttons can be focused or clicked.
    specimen.querySelector('button')!.focus();
    expect(element.shadowRoot!.activeElement).to.equal(null);
    // It has rehearsed the drawing (once per page, so a second call draws nothing), and
    // elsewhere: no list of events is in the element before its document.
    expect(rehearse('en-GB')).to.equal(undefined);
    expect(shadow(element).querySelector('ol.events')).to.equal(null);
    element.data = { version: 1, events: [{ date: '2015-12-02', title: 'MPs back air strikes' }] };
    await element.updateComplete;
    expect(shadow(element).querySelector('.type-specimen')).to.equal(null);
  });

  it('keeps valid events and reports the invalid ones, firing timeline-load with the problems', async () => {
    const data = {
      version: 1,
      events: [
        { date: '2015-02-30', title: 'Not a real day' },
        { date: '2015-02-28', title: 'Real day' },
      ],
    };
    const element = document.createElement('news-timeline');
    const loaded = oneEvent<TimelineLoadEvent>(element, 'timeline-load');
    // The page author's console warning is part of what this checks (and kept out of the test log).
    const warned: unknown[][] = [];
    const warn = console.warn;
    console.warn = (...args: unknown[]) => warned.push(args);
    try {
      element.data = data;
      document.body.append(element);
      const event = await loaded;
      await element.updateComplete;
      expect(titles(element)).to.deep.equal(['Real day']);
      expect(event.detail.problems.map((problem) => problem.path)).to.include('events[0].date');
      expect(warned.map((args) => String(args[0]))).to.deep.equal(['<news-timeline>: 1 problem(s) in the document']);
      expect(warned[0][1]).to.deep.equal(event.detail.problems);
    } finally {
      console.warn = warn;
      element.remove();
    }
  });

  it('a title that looks like HTML shows its characters and runs nothing', async () => {
    const attack = '<img src=x onerror="window.__ntPwned = true">';
    const data = { version: 1, title: attack, events: [{ date: '2015', title: attack, summary: attack }] };
    const element = await renderSettled(html`<news-timeline .data=${data}></news-timeline>`);
    eventButtons(element)[0].click();
    await element.updateComplete;
    await new Promise((resolve) => setTimeout(resolve, 100));
    const root = shadow(element);
    expect(root.querySelector('img')).to.equal(null);
    expect(root.querySelector('.event-title')?.textContent).to.equal(attack);
    expect(root.querySelector('.card h3')?.textContent).to.equal(attack);
    expect((window as unknown as { __ntPwned?: boolean }).__ntPwned).to.equal(undefined);
  });
});
