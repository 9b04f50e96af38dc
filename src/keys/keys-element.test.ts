import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { expectNoAxeViolations } from '../../test/helpers/axe.js';
import { keysEn } from '../localize/keys.js';
import type { NewsTimelineKeys } from './keys-element.js';
import './define.js';

async function renderList(template: ReturnType<typeof html>): Promise<NewsTimelineKeys> {
  const element = await fixture<NewsTimelineKeys>(template);
  await waitUntil(() => element.shadowRoot!.querySelector('dl'), 'the list was not drawn');
  return element;
}

/** Each row as its keys and what they do: "← → | Previous or next event". */
function rows(element: NewsTimelineKeys): string[] {
  return [...element.shadowRoot!.querySelectorAll('.key-row')].map((row) => {
    const keys = [...row.querySelectorAll('dt kbd')].map((key) => key.textContent).join(' ');
    return `${keys} | ${row.querySelector('dd')!.textContent}`;
  });
}

describe('<news-timeline-keys>', () => {
  it('lists every key and what it does, in the order of the keyboard help', async () => {
    const element = await renderList(html`<news-timeline-keys></news-timeline-keys>`);
    expect(rows(element)).to.deep.equal([
      'Tab | Move between the buttons, then into the events',
      '← → | Previous or next event',
      'Home End | First or last event',
      'Enter Space | Open the event',
      'Escape | Close the event or this list',
      '+ − | Zoom in or out',
      '0 | Show everything',
      'Page Up Page Down | Earlier or later',
    ]);
    await expectNoAxeViolations(element);
  });

  it('shows ↑/↓ when vertical and mirrors ←/→ when right to left', async () => {
    const vertical = await renderList(html`<news-timeline-keys .orientation=${'vertical'} .rtl=${true}></news-timeline-keys>`);
    expect(rows(vertical)[1]).to.equal('↑ ↓ | Previous or next event');
    const rtl = await renderList(html`<news-timeline-keys .rtl=${true}></news-timeline-keys>`);
    expect(rows(rtl)[1]).to.equal('→ ← | Previous or next event');
    rtl.rtl = false;
    await waitUntil(() => rows(rtl)[1].startsWith('← →'), 'a changed direction was not drawn');
  });

  it('reads the strings it is given, and English for those it lacks', async () => {
    const strings = { endsKeys: 'Pos1 Ende', endsAction: 'Erstes oder letztes Ereignis' };
    const element = await renderList(html`<news-timeline-keys .strings=${strings}></news-timeline-keys>`);
    expect(rows(element)[2]).to.equal('Pos1 Ende | Erstes oder letztes Ereignis');
    expect(rows(element)[0]).to.equal(`Tab | ${keysEn.tabAction}`);
  });

  it('shows its strings as text, never HTML', async () => {
    const strings = { tabAction: '<img src=x onerror=alert(1)>' };
    const element = await renderList(html`<news-timeline-keys .strings=${strings}></news-timeline-keys>`);
    expect(element.shadowRoot!.querySelector('img')).to.equal(null);
    expect(rows(element)[0]).to.equal('Tab | <img src=x onerror=alert(1)>');
  });
});
