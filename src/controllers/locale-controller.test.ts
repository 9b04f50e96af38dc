import { expect, fixture, html } from '@open-wc/testing';
import { en } from '../localize/en.js';
import { LocaleController, type LocaleHost } from './locale-controller.js';

async function hostIn(lang: string | undefined, locale?: string): Promise<LocaleHost & { updates: number }> {
  const page = await fixture<HTMLElement>(html`<div lang=${lang ?? ''}><span></span></div>`);
  if (lang === undefined) page.removeAttribute('lang');
  const host = Object.assign(page.querySelector('span')!, { locale, updates: 0, requestUpdate() {
    host.updates += 1;
  } });
  return host;
}

describe('LocaleController', () => {
  it('resolve() takes the attribute first, then the document, then the page', async () => {
    expect(new LocaleController(await hostIn('fr', 'de-AT')).resolve('es')).to.equal('de-AT');
    expect(new LocaleController(await hostIn('fr')).resolve('es')).to.equal('es');
    expect(new LocaleController(await hostIn('fr')).resolve()).to.equal('fr');
  });

  it('follows the locale\'s direction, and keeps the English table', async () => {
    const locale = new LocaleController(await hostIn('ar'));
    expect(locale.rtl).to.equal(false);
    locale.resolve();
    expect([locale.locale, locale.rtl]).to.deep.equal(['ar', true]);
    locale.resolve('en-GB');
    expect([locale.locale, locale.rtl]).to.deep.equal(['en-GB', false]);
    expect(locale.strings).to.deep.equal(en);
  });
});
