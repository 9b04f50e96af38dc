import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { html } from 'lit';
import { parseTimelineDocument } from '../core/document/parse.js';
import { attach, defineTestHost, type TestHost } from '../../test/helpers/controller-host.js';
import { KeyboardController } from './keyboard-controller.js';
import { WindowController } from './window-controller.js';

const doc = parseTimelineDocument({
  version: 1,
  events: ['a', 'b', 'c'].map((id, i) => ({ id, date: `2015-0${i + 1}-01`, title: id })),
}).document!;
const { events } = doc;

async function setUp(axis = { vertical: false, reversed: false }) {
  const keys = new WeakMap<TestHost, KeyboardController>();
  const Host = defineTestHost((host) => {
    const controller = keys.get(host)!;
    return html`<div class="timeline" tabindex="-1" @keydown=${controller.onKeydown}>
      <ol @keydown=${controller.onListKeydown} @focusin=${controller.onFocusIn}>
        ${events.map((event) => html`<li><button data-id=${event.id} tabindex=${event.id === controller.focusId ? 0 : -1}>${event.title}</button></li>`)}
      </ol>
    </div>`;
  });
  const host = new Host();
  let settled = 0;
  const views = new WindowController(host, () => (settled += 1));
  let dismissed = 0;
  const controller = new KeyboardController(host, views, {
    axis: () => axis,
    document: () => doc,
    clusterCount: () => 0,
    dismiss: () => (dismissed += 1) > 0,
  });
  keys.set(host, controller);
  controller.focusId = 'a';
  await attach(host);
  views.reset(events, undefined, undefined);
  const focused = () => host.shadowRoot!.activeElement?.getAttribute('data-id');
  host.shadowRoot!.querySelector<HTMLButtonElement>('button[data-id="a"]')!.focus();
  return { host, views, controller, focused, dismissed: () => dismissed, settled: () => settled };
}

describe('KeyboardController', () => {
  it('ArrowRight, End and Home move the tab stop and focus along the events', async () => {
    const { host, controller, focused } = await setUp();
    await sendKeys({ press: 'ArrowRight' });
    await host.updateComplete;
    expect([controller.focusId, focused()]).to.deep.equal(['b', 'b']);
    await sendKeys({ press: 'End' });
    await host.updateComplete;
    expect(focused()).to.equal('c');
    await sendKeys({ press: 'Home' });
    await host.updateComplete;
    expect(focused()).to.equal('a');
  });

  it('right to left, ArrowLeft steps forward in time', async () => {
    const { host, focused } = await setUp({ vertical: false, reversed: true });
    await sendKeys({ press: 'ArrowLeft' });
    await host.updateComplete;
    expect(focused()).to.equal('b');
  });

  it('0 shows the whole document again; Escape asks the host to close what is open', async () => {
    const { views, dismissed, settled } = await setUp();
    const outer = views.limits!.outer;
    views.setFromCode([outer[0], outer[0] + (outer[1] - outer[0]) / 4]);
    await sendKeys({ press: '0' });
    await new Promise<void>((resolve) => {
      const poll = () => (settled() > 0 ? resolve() : requestAnimationFrame(poll));
      poll();
    });
    expect(views.domain![0]).to.be.closeTo(outer[0], 1);
    expect(views.domain![1]).to.be.closeTo(outer[1], 1);
    await sendKeys({ press: 'Escape' });
    expect(dismissed()).to.equal(1);
  });

  it('focusAfterRender(selector) focuses what the next render holds', async () => {
    const { host, controller } = await setUp();
    controller.focusAfterRender('.timeline');
    await host.updateComplete;
    expect(host.shadowRoot!.activeElement?.className).to.equal('timeline');
  });
});
