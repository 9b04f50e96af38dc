import { expect } from '@open-wc/testing';
import { html } from 'lit';
import { parseTimelineDocument } from '../core/document/parse.js';
import { attach, defineTestHost } from '../../test/helpers/controller-host.js';
import { GestureController } from './gesture-controller.js';
import { WindowController } from './window-controller.js';

const { events } = parseTimelineDocument({
  version: 1,
  events: [{ date: '2015-01-01', title: 'First' }, { date: '2015-12-31', title: 'Last' }],
}).document!;

async function setUp() {
  const host = new (defineTestHost(() => html`<div class="plot" style="width: 400px; height: 100px"></div>`))();
  const settled: string[] = [];
  const views = new WindowController(host, ({ source }) => settled.push(source));
  new GestureController(host, views, {
    plot: () => host.shadowRoot!.querySelector<HTMLElement>('.plot'),
    axis: () => ({ vertical: false, reversed: false }),
  });
  await attach(host);
  views.reset(events, undefined, undefined);
  const plot = host.shadowRoot!.querySelector<HTMLElement>('.plot')!;
  const box = plot.getBoundingClientRect();
  const at = (share: number) => ({ clientX: box.left + share * box.width, clientY: box.top + 50 });
  return { host, views, plot, at, settled };
}

const span = (views: WindowController) => views.domain![1] - views.domain![0];

describe('GestureController', () => {
  it('ctrl + wheel over the plot zooms in around the pointer; a plain vertical wheel is left to the page', async () => {
    const { views, plot, at } = await setUp();
    const outer = views.limits!.outer;
    const plain = new WheelEvent('wheel', { deltaY: 100, bubbles: true, composed: true, cancelable: true, ...at(0.5) });
    plot.dispatchEvent(plain);
    expect([plain.defaultPrevented, views.domain]).to.deep.equal([false, outer]);
    const pinch = new WheelEvent('wheel', { deltaY: -100, ctrlKey: true, bubbles: true, composed: true, cancelable: true, ...at(0) });
    plot.dispatchEvent(pinch);
    expect(pinch.defaultPrevented).to.equal(true);
    expect(span(views)).to.be.below(outer[1] - outer[0]);
    expect(views.domain![0]).to.be.closeTo(outer[0], 1);
  });

  it('a drag pans the window the other way, by the share of the plot it moved', async () => {
    const { views, plot, at } = await setUp();
    const outer = views.limits!.outer;
    views.setFromCode([outer[0], outer[0] + (outer[1] - outer[0]) / 2]);
    const before = views.domain!;
    const pointer = (type: string, share: number) =>
      plot.dispatchEvent(new PointerEvent(type, { pointerId: 1, button: 0, bubbles: true, composed: true, ...at(share) }));
    pointer('pointerdown', 0.5);
    pointer('pointermove', 0.4);
    pointer('pointerup', 0.4);
    expect(views.domain![0] - before[0]).to.be.closeTo(0.1 * span(views), 1000);
  });

  it('a double-click zooms in, animated; on a button it does nothing', async () => {
    const { views, plot, at, settled } = await setUp();
    const outer = views.limits!.outer;
    const button = document.createElement('button');
    plot.append(button);
    button.dispatchEvent(new MouseEvent('dblclick', { bubbles: true, composed: true, ...at(0.5) }));
    expect(views.domain).to.deep.equal(outer);
    plot.dispatchEvent(new MouseEvent('dblclick', { bubbles: true, composed: true, ...at(0.5) }));
    await new Promise<void>((resolve) => {
      const poll = () => (settled.length > 0 ? resolve() : requestAnimationFrame(poll));
      poll();
    });
    expect(span(views)).to.be.closeTo((outer[1] - outer[0]) / 2, 1000);
    expect(settled).to.deep.equal(['dblclick']);
  });
});
