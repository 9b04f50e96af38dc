import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { expectNoAxeViolations } from '../../test/helpers/axe.js';
import { ARTICLE_URL, openKeyList, renderSettled, shadow } from '../../test/helpers/timeline.js';
import { liveRegion, nextViewChange, setReducedMotion } from '../../test/helpers/zoom.js';
import { en } from '../localize/en.js';
import { keysEn } from '../localize/keys.js';
import type { Strings } from '../localize/localize.js';
import type { NewsTimeline } from './news-timeline.js';
import './news-timeline.js';

// Issue 17: a reader in German, Arabic, Japanese or Brazilian Portuguese meets no English word
// in the timeline's interface; each timeline speaks its own language; `strings` wins over it.

/** Stands for a text value in an English message, to split the message's own words from it. */
const VALUE = '⟦value⟧';

/** Key names a language may print as English keyboards do ("Tab", "Home End"). */
const KEY_NAMES = new Set(['tabKey', 'endsKeys', 'openKeys', 'closeKey', 'pageKeys']);

/**
 * The English words of the table: each text, and each message's literal parts between its
 * values (made with markers), that hold at least four letters.
 */
function englishPhrases(): string[] {
  const phrases: string[] = [];
  for (const [key, message] of Object.entries({ ...en, ...keysEn }) as Array<[keyof Strings, unknown]>) {
    if (KEY_NAMES.has(key)) continue;
    const text = typeof message === 'string'
      ? message
      : (message as (values: object) => string)(new Proxy({}, { get: (_, name) => (name === 'status' ? 404 : name === 'seconds' ? 5 : name === 'count' || name === 'visible' || name === 'total' ? 7 : VALUE) }));
    for (const part of text.split(VALUE).flatMap((piece) => piece.split(/\d+/))) {
      if ((part.match(/[A-Za-z]/g) ?? []).length >= 4) phrases.push(part.trim());
    }
  }
  return phrases;
}
const ENGLISH = englishPhrases();

function englishIn(texts: readonly string[]): string[] {
  return texts.flatMap((text) => ENGLISH.filter((phrase) => text.includes(phrase)).map((phrase) => `"${phrase}" in "${text}"`));
}

const zoomInName = (element: NewsTimeline) => shadow(element).querySelector('[part~="control-zoom-in"]')?.getAttribute('aria-label') ?? '';

/** Every name and tooltip of the toolbar's buttons, and the keyboard help's text once opened. */
async function interfaceTexts(element: NewsTimeline): Promise<string[]> {
  const root = shadow(element);
  const texts: string[] = [];
  for (const button of root.querySelectorAll('.toolbar button')) {
    texts.push(button.getAttribute('aria-label') ?? '', button.getAttribute('title') ?? '', button.textContent.trim());
  }
  texts.push(root.querySelector('.controls')?.getAttribute('aria-label') ?? '');
  const list = await openKeyList(element);
  texts.push(list.getAttribute('aria-label') ?? '', list.shadowRoot!.textContent);
  root.querySelector<HTMLButtonElement>('.key-help-button')!.click();
  await element.updateComplete;
  return texts.filter((text) => text !== '');
}

describe('<news-timeline> in the reader\'s language', () => {
  before(() => setReducedMotion(true));
  after(() => setReducedMotion(false));

  for (const locale of ['de', 'ar', 'ja', 'pt-BR']) {
    it(`${locale}: controls, keyboard help, live region and credit hold no English`, async () => {
      const element = await renderSettled(html`<news-timeline locale=${locale} src=${ARTICLE_URL}></news-timeline>`);
      await waitUntil(() => zoomInName(element) !== 'Zoom in', `the ${locale} strings did not arrive`, { timeout: 5000 });
      const texts = await interfaceTexts(element);
      const moved = nextViewChange(element);
      shadow(element).querySelector<HTMLButtonElement>('[part~="control-zoom-in"]')!.click();
      await moved;
      await element.updateComplete;
      texts.push(liveRegion(element).textContent.trim(), shadow(element).querySelector('.credit')!.textContent.trim());
      expect(liveRegion(element).textContent.trim(), 'the live region spoke').to.not.equal('');
      expect(englishIn(texts)).to.deep.equal([]);
      if (locale === 'ar' || locale === 'ja') await expectNoAxeViolations(element);
    });
  }

  for (const locale of ['de', 'ar', 'ja', 'pt-BR']) {
    it(`${locale}: loading and a failed load hold no English`, async () => {
      const element = await fixture<NewsTimeline>(html`<news-timeline locale=${locale} src="/hang"></news-timeline>`);
      const status = () => shadow(element).querySelector('.status')?.textContent.trim() ?? '';
      await waitUntil(() => status() !== '' && status() !== en.loading, `the ${locale} loading message did not arrive`, { timeout: 5000 });
      expect(englishIn([status()])).to.deep.equal([]);
      element.src = '/test/fixtures/does-not-exist.json';
      await waitUntil(() => !!shadow(element).querySelector('.error'), 'the error did not arrive', { timeout: 5000 });
      await element.updateComplete;
      const error = shadow(element).querySelector('.error')!;
      const texts = [error.querySelector('[role="alert"]')!.textContent.trim(), error.querySelector('.retry')!.textContent.trim()];
      expect(texts[0]).to.contain('404');
      expect(englishIn(texts)).to.deep.equal([]);
    });
  }

  it('two timelines on one page each speak their own language', async () => {
    const page = await fixture<HTMLElement>(html`<div>
      <news-timeline locale="de" src=${ARTICLE_URL}></news-timeline>
      <news-timeline locale="ja" src=${ARTICLE_URL}></news-timeline>
    </div>`);
    const [german, japanese] = page.querySelectorAll<NewsTimeline>('news-timeline');
    await waitUntil(() => zoomInName(german) === 'Vergrößern' && zoomInName(japanese) !== '' && zoomInName(japanese) !== 'Zoom in', 'both languages did not arrive', { timeout: 5000 });
    expect(zoomInName(japanese)).to.not.equal('Vergrößern');
  });

  it('strings win over the reader\'s language key by key, and a language not shipped reads English', async () => {
    const element = await renderSettled(html`<news-timeline locale="de" .strings=${{ zoomIn: 'Näher ran' }} src=${ARTICLE_URL}></news-timeline>`);
    await waitUntil(() => shadow(element).querySelector('[part~="control-zoom-out"]')?.getAttribute('aria-label') === 'Verkleinern', 'German did not arrive', { timeout: 5000 });
    expect(zoomInName(element)).to.equal('Näher ran');
    const swahili = await renderSettled(html`<news-timeline locale="sw" src=${ARTICLE_URL}></news-timeline>`);
    expect(zoomInName(swahili)).to.equal('Zoom in');
  });
});
