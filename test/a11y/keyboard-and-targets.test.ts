// Keyboard use with no mouse, focus visibility, target sizes and contrast.
import { expect, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { expectNoAxeViolations } from '../helpers/axe.js';
import { pressWithModifier } from '../helpers/keys.js';
import { ARTICLE_URL, eventButtons, focusedInside, renderSettled, shadow } from '../helpers/timeline.js';
import { setReducedMotion } from '../helpers/zoom.js';
import type { NewsTimeline } from '../../src/news-timeline/news-timeline.js';

/** Relative luminance and contrast ratio, WCAG 2.x. */
function luminance(color: string): number {
  const [r, g, b] = color.match(/[\d.]+/g)!.slice(0, 3).map((part) => {
    const c = Number(part) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

function contrast(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (light + 0.05) / (dark + 0.05);
}

function activeDeep(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

async function renderBetweenButtons(): Promise<{ element: NewsTimeline; before: HTMLButtonElement; after: HTMLButtonElement }> {
  const element = await renderSettled(html`<news-timeline src=${ARTICLE_URL}></news-timeline>`);
  // The filter row's toggles (news-timeline.find.js) are Tab stops too.
  await waitUntil(() => shadow(element).querySelector('[part=find]')?.shadowRoot?.querySelector('button'), 'the filter row did not draw', { timeout: 5000 });
  const before = document.createElement('button');
  before.textContent = 'Before';
  const after = document.createElement('button');
  after.textContent = 'After';
  element.before(before);
  element.after(after);
  return { element, before, after };
}

describe('keyboard, focus and targets', () => {
  afterEach(() => setReducedMotion(false));

  it('Tab reaches the controls, then the events in one stop, then leaves: no keyboard trap', async () => {
    const { before, after } = await renderBetweenButtons();
    before.focus();
    const stops: string[] = [];
    for (let i = 0; i < 16 && activeDeep() !== after; i += 1) {
      await sendKeys({ press: 'Tab' });
      const active = activeDeep() as HTMLElement;
      stops.push(active.getAttribute('aria-label') ?? active.dataset.id ?? active.textContent.trim());
    }
    expect(stops).to.deep.equal([
      'Start the story', 'Earlier', 'Zoom out', 'Zoom in', 'Later', 'Show all', 'Keyboard shortcuts',
      // The filter row's toggles, one per group (news-timeline.find.js).
      'Libya', 'Iraq & Syria', 'International response', 'gaddafi-overthrown',
      'The Independent', 'After',
    ]);
  });

  it('Shift+Tab walks back from after the timeline into its events', async () => {
    const { element, after } = await renderBetweenButtons();
    after.focus();
    await pressWithModifier('Shift', 'Tab');
    await pressWithModifier('Shift', 'Tab');
    expect(focusedInside(element)).to.equal(eventButtons(element)[0]);
  });

  it('the keyboard-help button shows the keys and Escape hides them again', async () => {
    const element = await renderSettled(html`<news-timeline src=${ARTICLE_URL}></news-timeline>`);
    const help = shadow(element).querySelector<HTMLButtonElement>('.key-help-button')!;
    help.focus();
    await sendKeys({ press: 'Enter' });
    await element.updateComplete;
    expect(help.getAttribute('aria-expanded')).to.equal('true');
    const panel = shadow(element).querySelector('#key-help')!;
    await waitUntil(() => panel.shadowRoot?.querySelector('dl'), 'news-timeline.keys.js did not draw the list', { timeout: 5000 });
    expect(panel.shadowRoot!.textContent).to.contain('Zoom in or out');
    expect(panel.shadowRoot!.textContent).to.contain('Previous or next event');
    await expectNoAxeViolations(element);
    await sendKeys({ press: 'Escape' });
    await element.updateComplete;
    expect(shadow(element).querySelector('#key-help')).to.equal(null);
    expect(focusedInside(element)).to.equal(help);
  });

  it('the focus ring is at least 2 px and 3:1 against the background, on every kind of control', async () => {
    const element = await renderSettled(html`<news-timeline src=${ARTICLE_URL}></news-timeline>`);
    const background = getComputedStyle(element).backgroundColor;
    const zoomIn = shadow(element).querySelector<HTMLButtonElement>('[data-action="zoom-in"]')!;
    for (const target of [zoomIn, eventButtons(element)[0]]) {
      target.focus();
      await sendKeys({ press: 'Shift' }); // keyboard modality, so :focus-visible applies
      const style = getComputedStyle(target);
      expect(style.outlineStyle, 'outline style').to.equal('solid');
      expect(Number.parseFloat(style.outlineWidth)).to.be.at.least(2);
      expect(contrast(style.outlineColor, background)).to.be.at.least(3);
    }
  });

  it('every button is at least 24 × 24 CSS px (WCAG 2.5.8)', async () => {
    const element = await renderSettled(html`<news-timeline src=${ARTICLE_URL}></news-timeline>`);
    eventButtons(element)[1].click();
    await element.updateComplete;
    const buttons = [...shadow(element).querySelectorAll<HTMLButtonElement>('button')].filter(
      (button) => !button.closest('.hidden'),
    );
    expect(buttons.length).to.be.greaterThan(8);
    for (const button of buttons) {
      const box = button.getBoundingClientRect();
      const name = button.getAttribute('aria-label') ?? button.dataset.id;
      expect(box.width, `${name} width`).to.be.at.least(24);
      expect(box.height, `${name} height`).to.be.at.least(24);
    }
  });

  it('markers, bars and brackets keep 3:1 against the background', async () => {
    const element = await renderSettled(html`<news-timeline src=${ARTICLE_URL}></news-timeline>`);
    const background = getComputedStyle(element).backgroundColor;
    for (const selector of ['path.markers:not(.inner)', 'rect.span', 'path.bracket', '.axis-line']) {
      const stroke = getComputedStyle(shadow(element).querySelector(selector)!).stroke;
      expect(contrast(stroke, background), selector).to.be.at.least(3);
    }
  });

  it('a brand theme through custom properties still has no axe violations', async () => {
    const element = await renderSettled(html`<news-timeline src=${ARTICLE_URL}></news-timeline>`);
    for (const [name, value] of [
      ['--news-timeline-accent', '#8a1538'], ['--news-timeline-text', '#222222'], ['--news-timeline-muted', '#5c5c5c'],
      ['--news-timeline-background', '#fffaf2'], ['--news-timeline-card-background', '#f3ece0'],
      ['--news-timeline-font-family', 'Georgia, serif'],
    ]) element.style.setProperty(name, value);
    eventButtons(element)[1].click();
    await element.updateComplete;
    await expectNoAxeViolations(element);
  });

  it('zoomed in, with a card open and clusters showing, axe still finds nothing', async () => {
    await setReducedMotion(true);
    const element = await renderSettled(html`<news-timeline src=${ARTICLE_URL}></news-timeline>`);
    element.zoomTo('2015-06', '2016-01');
    eventButtons(element).at(-1)!.click();
    await element.updateComplete;
    await expectNoAxeViolations(element);
  });

  it('only one live region speaks after zoom, and it says the range once', async () => {
    await setReducedMotion(true);
    const element = await renderSettled(html`<news-timeline src=${ARTICLE_URL}></news-timeline>`);
    const live = [...shadow(element).querySelectorAll('[aria-live], [role="status"], [role="alert"]')];
    expect(live).to.have.length(1);
    const changes: string[] = [];
    new MutationObserver(() => changes.push(live[0].textContent)).observe(live[0], {
      childList: true, characterData: true, subtree: true,
    });
    shadow(element).querySelector<HTMLButtonElement>('[data-action="zoom-in"]')!.click();
    await element.updateComplete;
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(changes).to.have.length(1);
    expect(changes[0]).to.match(/^Showing .+, \d+ of 9 events$/);
  });

  it('every drag has a button: pan and zoom are reachable without dragging (WCAG 2.5.7)', async () => {
    const element = await renderSettled(html`<news-timeline src=${ARTICLE_URL}></news-timeline>`);
    const actions = [...shadow(element).querySelectorAll<HTMLButtonElement>('[data-action]')].map((button) => button.dataset.action);
    expect(actions).to.include.members(['pan-back', 'pan-forward', 'zoom-in', 'zoom-out', 'reset']);
  });

  it('the open card never covers the plot, so the event it came from stays in sight (WCAG 2.4.11)', async () => {
    const element = await renderSettled(html`<news-timeline src=${ARTICLE_URL}></news-timeline>`);
    const button = eventButtons(element)[1];
    button.click();
    await element.updateComplete;
    const card = shadow(element).querySelector('.card')!.getBoundingClientRect();
    const plot = shadow(element).querySelector('.plot')!.getBoundingClientRect();
    expect(card.top).to.be.at.least(plot.bottom);
    const label = button.getBoundingClientRect();
    expect(label.bottom).to.be.at.most(card.top);
  });
});
