import { expect, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { expectNoAxeViolations } from '../../test/helpers/axe.js';
import { ARTICLE_URL, eventButtons, focusedInside, markerPoints, nextEvent, renderSettled, shadow } from '../../test/helpers/timeline.js';
import type { TimelineSelectEvent } from '../events.js';

const CARD_DOC = {
  version: 1,
  title: 'Card test',
  events: [
    { id: 'first', date: '2014-08', title: 'First event' },
    {
      id: 'vote',
      date: '2015-12-02',
      title: 'MPs back air strikes',
      summary: 'The Commons voted to extend strikes to Syria.',
      links: [{ url: 'https://example.com/vote', label: 'Commons vote' }],
      media: { url: 'https://example.com/vote.jpg', alt: 'MPs in the chamber', credit: 'Example Pictures' },
    },
    { id: 'last', date: '2016', title: 'Last event' },
  ],
};

describe('<news-timeline> list, card and keyboard', () => {
  it('renders an ordered list whose items hold <time datetime> and the title', async () => {
    const element = await renderSettled(html`<news-timeline .data=${CARD_DOC}></news-timeline>`);
    const list = shadow(element).querySelector('ol');
    expect(list?.getAttribute('role')).to.equal('list');
    const buttons = eventButtons(element);
    expect(buttons.map((button) => button.querySelector('time')?.getAttribute('datetime'))).to.deep.equal([
      '2014-08',
      '2015-12-02',
      '2016',
    ]);
    expect(buttons[1].textContent).to.contain('2 December 2015');
    expect(buttons[1].textContent).to.contain('MPs back air strikes');
  });

  it('the axis is hidden from assistive technology and its ticks follow the locale', async () => {
    const doc = { version: 1, events: [{ date: '2015-03-01', title: 'A' }, { date: '2015-07-20', title: 'B' }] };
    const element = await renderSettled(html`<news-timeline locale="de" .data=${doc}></news-timeline>`);
    const axis = shadow(element).querySelector('svg.axis');
    expect(axis?.getAttribute('aria-hidden')).to.equal('true');
    const labels = [...shadow(element).querySelectorAll('.tick-label')].map((tick) => tick.textContent);
    expect(labels.length).to.be.greaterThan(2);
    expect(labels.join(' ')).to.match(/Apr|Mai|Juni|Juli/);
    expect(eventButtons(element)[0].textContent).to.contain('1. März 2015');
  });

  it('places markers proportionally to time', async () => {
    const doc = {
      version: 1,
      events: [
        { date: '2000-01-01', title: 'A' },
        { date: '2000-01-11', title: 'B' },
        { date: '2000-01-31', title: 'C' },
      ],
    };
    const element = await renderSettled(html`<news-timeline .data=${doc}></news-timeline>`);
    const xs = markerPoints(element).map((point) => point.x);
    expect(xs).to.have.length(3);
    const ratio = (xs[1] - xs[0]) / (xs[2] - xs[0]);
    expect(ratio).to.be.closeTo(1 / 3, 0.01);
  });

  it('clicking an event opens its card, moves focus to it and fires timeline-select', async () => {
    const element = await renderSettled(html`<news-timeline .data=${CARD_DOC}></news-timeline>`);
    const selected = oneEvent<TimelineSelectEvent>(element, 'timeline-select');
    eventButtons(element)[1].click();
    const event = await selected;
    await element.updateComplete;
    expect(event.detail.id).to.equal('vote');
    expect(event.detail.event?.title).to.equal('MPs back air strikes');
    expect(event.bubbles && event.composed).to.be.true;
    expect(element.selected).to.equal('vote');
    const card = shadow(element).querySelector<HTMLElement>('.card')!;
    expect(card.querySelector('h3')?.textContent).to.equal('MPs back air strikes');
    expect(card.querySelector('time')?.textContent).to.equal('2 December 2015');
    expect(card.textContent).to.contain('The Commons voted to extend strikes to Syria.');
    expect(card.querySelector('a')?.getAttribute('href')).to.equal('https://example.com/vote');
    expect(card.querySelector('img')?.getAttribute('alt')).to.equal('MPs in the chamber');
    expect(card.querySelector('figcaption')?.textContent).to.equal('Example Pictures');
    expect(focusedInside(element)).to.equal(card);
    expect(eventButtons(element)[1].getAttribute('aria-expanded')).to.equal('true');
    await expectNoAxeViolations(element);
  });

  it('a card image loads only once its card opens, lazily, decoded off the main thread, and sends no Referer', async () => {
    const key = Math.random().toString(36).slice(2);
    const picture = { url: `${location.origin}/referrer/${key}/demo/favicon.svg`, alt: 'The demo icon' };
    const doc = { version: 1, events: [{ id: 'pic', date: '2015-12-02', title: 'With a picture', media: picture }, { date: '2016', title: 'Other' }] };
    const requests = async () => (await (await fetch(`/referrer-log/${key}`)).json()) as { requested: boolean; referer: string | null };
    const element = await renderSettled(html`<news-timeline .data=${doc}></news-timeline>`);
    expect(await requests(), 'before the card opens').to.deep.equal({ requested: false, referer: null });
    eventButtons(element)[0].click();
    await element.updateComplete;
    const img = shadow(element).querySelector<HTMLImageElement>('.card img')!;
    expect(img.getAttribute('referrerpolicy')).to.equal('no-referrer');
    expect(img.getAttribute('decoding')).to.equal('async');
    expect(img.getAttribute('loading')).to.equal('lazy');
    img.scrollIntoView();
    if (!img.complete) await new Promise((resolve) => img.addEventListener('load', resolve, { once: true }));
    expect(img.naturalWidth).to.be.above(0);
    expect(await requests(), 'once it has loaded').to.deep.equal({ requested: true, referer: null });
  });

  it('Enter opens the focused event, Escape closes the card and returns focus to the event', async () => {
    const element = await renderSettled(html`<news-timeline .data=${CARD_DOC}></news-timeline>`);
    eventButtons(element)[0].focus();
    const opened = nextEvent<TimelineSelectEvent>(element, 'timeline-select');
    await sendKeys({ press: 'Enter' });
    expect((await opened).detail.id).to.equal('first');
    const closed = nextEvent<TimelineSelectEvent>(element, 'timeline-select');
    await sendKeys({ press: 'Escape' });
    expect((await closed).detail.id).to.equal(null);
    expect(element.selected).to.equal(null);
    expect(shadow(element).querySelector('.card')).to.equal(null);
    expect(focusedInside(element)).to.equal(eventButtons(element)[0]);
  });

  it('Space opens the focused event too', async () => {
    const element = await renderSettled(html`<news-timeline .data=${CARD_DOC}></news-timeline>`);
    eventButtons(element)[0].focus();
    const opened = nextEvent<TimelineSelectEvent>(element, 'timeline-select');
    await sendKeys({ press: ' ' });
    expect((await opened).detail.id).to.equal('first');
  });

  it('the card\'s close button closes it and returns focus to the event', async () => {
    const element = await renderSettled(html`<news-timeline .data=${CARD_DOC}></news-timeline>`);
    eventButtons(element)[2].click();
    await element.updateComplete;
    const closed = nextEvent<TimelineSelectEvent>(element, 'timeline-select');
    shadow(element).querySelector<HTMLButtonElement>('.card .close')!.click();
    expect((await closed).detail.id).to.equal(null);
    expect(focusedInside(element)).to.equal(eventButtons(element)[2]);
  });

  it('arrow keys, Home and End move focus between events with one tab stop', async () => {
    const element = await renderSettled(html`<news-timeline .data=${CARD_DOC}></news-timeline>`);
    const buttons = () => eventButtons(element);
    expect(buttons().map((button) => button.tabIndex)).to.deep.equal([0, -1, -1]);
    buttons()[0].focus();
    await sendKeys({ press: 'ArrowRight' });
    await element.updateComplete;
    expect(focusedInside(element)).to.equal(buttons()[1]);
    expect(buttons().map((button) => button.tabIndex)).to.deep.equal([-1, 0, -1]);
    await sendKeys({ press: 'End' });
    await element.updateComplete;
    expect(focusedInside(element)).to.equal(buttons()[2]);
    await sendKeys({ press: 'ArrowRight' });
    await element.updateComplete;
    expect(focusedInside(element)).to.equal(buttons()[2]);
    await sendKeys({ press: 'Home' });
    await element.updateComplete;
    expect(focusedInside(element)).to.equal(buttons()[0]);
    await sendKeys({ press: 'ArrowLeft' });
    await element.updateComplete;
    expect(focusedInside(element)).to.equal(buttons()[0]);
  });

  it('setting selected opens the card without firing timeline-select', async () => {
    const element = await renderSettled(html`<news-timeline .data=${CARD_DOC}></news-timeline>`);
    let fired = 0;
    element.addEventListener('timeline-select', () => (fired += 1));
    element.setAttribute('selected', 'last');
    await element.updateComplete;
    expect(shadow(element).querySelector('.card h3')?.textContent).to.equal('Last event');
    element.select('first');
    await element.updateComplete;
    expect(shadow(element).querySelector('.card h3')?.textContent).to.equal('First event');
    expect(fired).to.equal(0);
  });

  it('the article timeline has no axe violations with a card open', async () => {
    const element = await renderSettled(html`<news-timeline src=${ARTICLE_URL}></news-timeline>`);
    eventButtons(element)[1].click();
    await element.updateComplete;
    await expectNoAxeViolations(element);
  });
});
