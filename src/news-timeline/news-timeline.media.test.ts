// Media emulation (print, dark, forced colours) needs the DevTools protocol: Chromium runs
// these; in Firefox (WebDriver BiDi) they are skipped, and say so.
import { expect, html } from '@open-wc/testing';
import { emulateMedia, executeServerCommand } from '@web/test-runner-commands';
import { expectNoAxeViolations } from '../../test/helpers/axe.js';
import { ARTICLE_URL, renderSettled, shadow } from '../../test/helpers/timeline.js';
import { browserEmulatesMedia } from '../../test/helpers/zoom.js';

async function emulateOrSkip(context: Mocha.Context, media: Parameters<typeof emulateMedia>[0]): Promise<void> {
  if (!browserEmulatesMedia()) context.skip();
  await emulateMedia(media);
}

describe('<news-timeline> print, dark and forced colours', () => {
  afterEach(async () => {
    if (!browserEmulatesMedia()) return;
    await emulateMedia({ media: 'screen', colorScheme: 'light' });
    await executeServerCommand('emulate-forced-colors', 'none');
  });

  it('prints a static chronological list with date, title, summary and source', async function () {
    const element = await renderSettled(html`<news-timeline src=${ARTICLE_URL}></news-timeline>`);
    const root = shadow(element);
    expect(getComputedStyle(root.querySelector('.print-list')!).display).to.equal('none');
    await emulateOrSkip(this, { media: 'print' });
    expect(getComputedStyle(root.querySelector('.plot')!).display).to.equal('none');
    // No control prints, the keyboard help's "?" and its open panel included.
    root.querySelector<HTMLButtonElement>('.key-help-button')!.click();
    await element.updateComplete;
    const controls = [...root.querySelectorAll('button, .key-help')];
    expect(controls.map((control) => control.className)).to.include.members(['control key-help-button', 'key-help']);
    for (const control of controls) expect(control.getClientRects(), control.className).to.have.length(0);
    const items = [...root.querySelectorAll('.print-list > li')];
    expect(items).to.have.length(element.timelineDocument!.events.length);
    expect(items[0].querySelector('.print-date')!.textContent).to.equal('2011');
    expect(items[0].querySelector('.print-title')!.textContent).to.equal('Western-backed rebels topple Gaddafi');
    expect(items.every((item) => item.querySelector('.print-summary'))).to.be.true;
    expect(getComputedStyle(root.querySelector('.credit')!).display).to.not.equal('none');
    expect(getComputedStyle(element).printColorAdjust).to.equal('exact');
  });

  it('dark colour scheme: still no axe violations', async function () {
    await emulateOrSkip(this, { colorScheme: 'dark' });
    const element = await renderSettled(html`<news-timeline src=${ARTICLE_URL}></news-timeline>`);
    expect(getComputedStyle(element).backgroundColor).to.equal('rgb(13, 17, 23)');
    await expectNoAxeViolations(element);
  });

  it('forced colours keep markers, selection and focus visible', async function () {
    const answer = await executeServerCommand<{ unsupported?: string }, string>('emulate-forced-colors', 'active');
    if (answer?.unsupported) this.skip();
    expect(matchMedia('(forced-colors: active)').matches, 'forced colours emulated').to.be.true;
    const element = await renderSettled(html`<news-timeline src=${ARTICLE_URL}></news-timeline>`);
    element.select('uk-commons-vote');
    await element.updateComplete;
    const root = shadow(element);
    const markers = getComputedStyle(root.querySelector('path.markers:not(.inner)')!);
    expect(markers.stroke).to.not.equal('none');
    expect(getComputedStyle(root.querySelector('circle.marker.selected')!).fill).to.not.equal(markers.stroke);
    await expectNoAxeViolations(element);
  });
});
