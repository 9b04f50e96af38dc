import { expect, waitUntil } from '@open-wc/testing';
import { html } from 'lit';
import { parseTimelineDocument } from '../core/document/parse.js';
import type { TimelineDocument } from '../core/document/types.js';
import { attach, defineTestHost } from '../../test/helpers/controller-host.js';
import { DisclosureController } from './disclosure-controller.js';
import { KeyboardController } from './keyboard-controller.js';
import { LocaleController } from './locale-controller.js';
import { StoryController } from './story-controller.js';
import { WindowController } from './window-controller.js';

const doc = parseTimelineDocument({
  version: 1,
  events: [
    { id: 'c', date: '2015-03-01', title: 'C' },
    { id: 'a', date: '2011', title: 'A' },
    { id: 'b', date: '2013-06-01', title: 'B' },
  ],
}).document!;

/** `null`: no document drawn. */
async function setUp(shown: TimelineDocument | null = doc) {
  const document = shown ?? undefined;
  const host = new (defineTestHost(() => html`<button class="outside">outside</button>`))();
  const settled: unknown[] = [];
  const views = new WindowController(host, (settle) => settled.push(settle));
  const keys = new KeyboardController(host, views, {
    axis: () => ({ vertical: false, reversed: false }),
    document: () => document,
    clusterCount: () => 0,
    dismiss: () => false,
  });
  const open = new DisclosureController(host, keys, (id) => document?.events.find((event) => event.id === id));
  const said: string[] = [];
  const story = new StoryController(host, {
    keys, views, open, locale: new LocaleController(host), announce: (text) => said.push(text), document: () => document,
  });
  await attach(host);
  if (document) views.reset(document.events, '2011-01', '2011-02');
  const selects: (string | null)[] = [];
  host.addEventListener('timeline-select', (event) => selects.push(event.detail.id));
  return { host, views, keys, story, said, selects, settled };
}

describe('StoryController', () => {
  it('advance() opens the first event when none is open, then each in date order, and the first again after the last', async () => {
    const { host, story, selects, keys } = await setUp();
    const visited = [];
    for (let i = 0; i < 4; i += 1) {
      expect(story.advance()).to.be.true;
      visited.push(host.selected);
    }
    expect(visited).to.deep.equal(['a', 'b', 'c', 'a']);
    expect(selects).to.deep.equal(['a', 'b', 'c', 'a']);
    expect(keys.focusId).to.equal('a');
  });

  it('advance() never moves focus, never announces, and its glide reports no settled view', async () => {
    const { host, story, said, settled, views } = await setUp();
    const outside = host.shadowRoot!.querySelector<HTMLButtonElement>('.outside')!;
    outside.focus();
    story.advance();
    story.advance();
    const b = doc.events[1];
    // The glide has ended once a frame passes with b in view and the window unchanged.
    const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
    await waitUntil(async () => {
      const before = views.domain!;
      await frame();
      return views.domain === before && before[0] <= b.startMs && b.startMs <= before[1];
    }, 'the window never came to rest on b');
    await host.updateComplete;
    expect(host.shadowRoot!.activeElement).to.equal(outside);
    expect(said).to.deep.equal([]);
    expect(settled).to.deep.equal([]);
  });

  it('advance() is false with no document', async () => {
    const { story } = await setUp(null);
    expect(story.advance()).to.be.false;
  });

  it('show(id) opens an event as code: no timeline-select; false for an unknown id', async () => {
    const { host, story, selects, keys, said } = await setUp();
    expect(story.show('c')).to.be.true;
    expect(host.selected).to.equal('c');
    expect(keys.focusId).to.equal('c');
    expect(story.show('nope')).to.be.false;
    expect(host.selected).to.equal('c');
    expect(selects).to.deep.equal([]);
    expect(said).to.deep.equal([]);
  });

  it('position(id) is the 1-based place in date order, undefined for no event', async () => {
    const { story } = await setUp();
    expect(story.position('b')).to.deep.equal({ position: 2, total: 3 });
    expect(story.position(null)).to.be.undefined;
    expect(story.position('nope')).to.be.undefined;
  });
});
