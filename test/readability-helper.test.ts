import { expect } from '@open-wc/testing';
import { describeUnreadable, measureReadability } from './helpers/readability.js';

// The measuring stick must be able to fail: each defect it looks for, built by hand in a
// stand-in element with the timeline's markup, is reported.

interface Label { id: string; x: number; y: number; width?: number; height?: number; hidden?: boolean; title?: string }

class FakeTimeline extends HTMLElement {
  timelineDocument = { events: [] as { id: string }[] };
}
if (!customElements.get('fake-timeline')) customElements.define('fake-timeline', FakeTimeline);

function mount(labels: Label[], options: { plotWidth?: number; badges?: string[]; tall?: boolean; extra?: string[] } = {}): FakeTimeline {
  const element = document.createElement('fake-timeline') as FakeTimeline;
  element.style.cssText = 'display: block; width: 300px';
  element.timelineDocument = { events: [...labels.map(({ id }) => ({ id })), ...(options.extra ?? []).map((id) => ({ id }))] };
  const root = element.attachShadow({ mode: 'open' });
  const items = labels.map((label) => `<li class="${label.hidden ? 'event hidden' : 'event'}" style="position: absolute; left: ${label.x}px; top: ${label.y}px">
      <button data-id="${label.id}" style="display: block; box-sizing: border-box; margin: 0; padding: 0; border: 0; width: ${label.width ?? 80}px; height: ${label.height ?? 30}px">
        <span class="event-title" style="display: block; height: 20px; overflow: hidden">${label.title ?? 'x'}</span></button></li>`);
  const badges = (options.badges ?? []).map((text) => `<button class="cluster">${text}</button>`);
  root.innerHTML = `<style>.hidden { clip-path: inset(50%); width: 1px; height: 1px; overflow: hidden } ol { margin: 0; padding: 0; list-style: none }</style>
    <div class="timeline"><div class="plot" style="position: relative; overflow: clip; width: ${options.plotWidth ?? 300}px; height: 200px">
      <ol class="events">${items.join('')}</ol>${badges.join('')}
      ${options.tall ? '<div style="height: 400px"></div>' : ''}
    </div></div>`;
  document.body.append(element);
  return element;
}

describe('measureReadability', () => {
  afterEach(() => document.querySelectorAll('fake-timeline').forEach((element) => element.remove()));

  it('counts labels that are drawn, big enough, inside and apart as readable', () => {
    const reading = measureReadability(mount([{ id: 'a', x: 0, y: 0 }, { id: 'b', x: 100, y: 0 }, { id: 'c', x: 0, y: 40 }]));
    expect(reading).to.include({ total: 3, readable: 3, badges: 0, overlaps: 0, truncated: 0, sticksOut: false, scrolls: false, width: 300 });
    expect(describeUnreadable(reading)).to.deep.equal([]);
  });

  it('reports overlapping labels, both unreadable', () => {
    const reading = measureReadability(mount([{ id: 'a', x: 0, y: 0 }, { id: 'b', x: 40, y: 10 }, { id: 'c', x: 200, y: 0 }]));
    expect(reading).to.include({ readable: 1, overlaps: 1 });
    expect(describeUnreadable(reading)).to.deep.equal(['a: overlaps b', 'b: overlaps a']);
  });

  it('reports hidden, missing and too small labels', () => {
    const reading = measureReadability(mount(
      [{ id: 'hidden', x: 0, y: 0, hidden: true }, { id: 'small', x: 100, y: 0, width: 20, height: 30 }, { id: 'flat', x: 200, y: 0, height: 12 }],
      { extra: ['missing'] },
    ));
    expect(reading).to.include({ total: 4, readable: 0 });
    expect(describeUnreadable(reading)).to.deep.equal(['hidden: hidden or clustered', 'small: 20 × 30 px', 'flat: 80 × 12 px', 'missing: no label']);
  });

  it('reports a label clipped by the plot and a plot sticking out of the element', () => {
    const clipped = measureReadability(mount([{ id: 'a', x: 260, y: 0 }]));
    expect(describeUnreadable(clipped)).to.deep.equal(['a: hidden or clustered']);
    document.querySelector('fake-timeline')!.remove();
    const wide = measureReadability(mount([{ id: 'a', x: 280, y: 0 }], { plotWidth: 400 }));
    expect(wide.sticksOut).to.be.true;
    expect(describeUnreadable(wide)).to.deep.equal(['a: outside the element']);
  });

  it('counts titles cut short, without calling them unreadable', () => {
    const reading = measureReadability(mount([{ id: 'a', x: 0, y: 0, title: 'a long title that wraps onto lines the label has no room for' }]));
    expect(reading).to.include({ readable: 1, truncated: 1 });
  });

  it('counts badges and the events they stand for, and content taller than the plot', () => {
    const reading = measureReadability(mount([{ id: 'a', x: 0, y: 0 }], { badges: ['+7', '+2'], tall: true }));
    expect(reading).to.include({ badges: 2, badgeEvents: 9, scrolls: true });
  });
});
