import { expect } from '@open-wc/testing';
import { html } from 'lit';
import { parseTimelineDocument } from '../core/document/parse.js';
import { attach, defineTestHost, type TestHost } from '../../test/helpers/controller-host.js';
import { DisclosureController } from './disclosure-controller.js';
import { KeyboardController } from './keyboard-controller.js';
import { WindowController } from './window-controller.js';

const doc = parseTimelineDocument({
  version: 1,
  events: [{ id: 'a', date: '2015-01-01', title: 'A' }, { id: 'b', date: '2015-02-01', title: 'B' }],
}).document!;
const { events } = doc;

async function setUp() {
  const Host = defineTestHost((host) => html`
    ${events.map((event) => html`<button data-id=${event.id} @click=${open.get(host)!.onEventClick}>${event.title}</button>`)}
    ${host.selected ? html`<div class="card" tabindex="-1">${host.selected}</div>` : ''}
  `);
  const open = new WeakMap<TestHost, DisclosureController>();
  const host = new Host();
  const views = new WindowController(host, () => {});
  const keys = new KeyboardController(host, views, {
    axis: () => ({ vertical: false, reversed: false }),
    document: () => doc,
    clusterCount: () => 0,
    dismiss: () => open.get(host)!.dismiss(),
  });
  const disclosure = new DisclosureController(host, keys, (id) => events.find((event) => event.id === id));
  open.set(host, disclosure);
  await attach(host);
  const selects: Array<string | null> = [];
  host.addEventListener('timeline-select', (event) => selects.push(event.detail.id));
  const button = (id: string) => host.shadowRoot!.querySelector<HTMLButtonElement>(`button[data-id="${id}"]`)!;
  return { host, keys, disclosure, selects, button };
}

describe('DisclosureController', () => {
  it('a click on a label opens its card, fires timeline-select and focuses the card; a second click closes it', async () => {
    const { host, keys, selects, button } = await setUp();
    button('b').click();
    await host.updateComplete;
    expect(host.selected).to.equal('b');
    expect(keys.focusId).to.equal('b');
    expect(host.shadowRoot!.activeElement?.className).to.equal('card');
    button('b').click();
    await host.updateComplete;
    expect(host.selected).to.equal(null);
    expect(selects).to.deep.equal(['b', null]);
  });

  it('dismiss() closes the key list, then a cluster list, then the card, returning focus to the event', async () => {
    const { host, disclosure, selects } = await setUp();
    disclosure.onClusterPick('a');
    disclosure.listCluster([0, 1]);
    disclosure.onKeyHelpToggle();
    await host.updateComplete;
    expect(disclosure.dismiss()).to.equal(true);
    expect(disclosure.keyHelpOpen).to.equal(false);
    expect(disclosure.openCluster).to.deep.equal([0, 1]);
    expect(disclosure.dismiss()).to.equal(true);
    expect(disclosure.openCluster).to.equal(null);
    host.selected = 'a';
    expect(disclosure.dismiss()).to.equal(true);
    await host.updateComplete;
    expect(host.selected).to.equal(null);
    expect(host.shadowRoot!.activeElement?.getAttribute('data-id')).to.equal('a');
    expect(disclosure.dismiss()).to.equal(false);
    expect(selects).to.deep.equal(['a', null]);
  });
});
