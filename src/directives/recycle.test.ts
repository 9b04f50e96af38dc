import { expect } from '@open-wc/testing';
import { html, render } from 'lit';
import { recycle } from './recycle.js';

/** Draws `keys` as list items through recycle() and returns the items. */
function draw(container: HTMLElement, keys: readonly string[]): HTMLLIElement[] {
  render(html`<ol>${recycle(keys, (key) => key, (key) => html`<li data-key=${key}>${key.toUpperCase()}</li>`)}</ol>`, container);
  return [...container.querySelectorAll('li')];
}

describe('recycle', () => {
  it('keeps the nodes of items that stay, hands those that left to new items in their place, and keeps order', () => {
    const container = document.createElement('div');
    const [a, b, c, d, e] = draw(container, ['a', 'b', 'c', 'd', 'e']);
    const next = draw(container, ['a', 'x', 'c', 'e', 'y', 'z']);
    expect(next.map((li) => li.dataset.key)).to.deep.equal(['a', 'x', 'c', 'e', 'y', 'z']);
    expect(next.map((li) => li.textContent)).to.deep.equal(['A', 'X', 'C', 'E', 'Y', 'Z']);
    expect(next[0]).to.equal(a);
    expect(next[2]).to.equal(c);
    expect(next[3]).to.equal(e);
    // x took over b's node (between a and c); d's node had no newcomer between c and e, so it went.
    expect(next[1]).to.equal(b);
    expect(d.isConnected).to.be.false;
    expect([next[4], next[5]].some((li) => [a, b, c, d, e].includes(li))).to.be.false;
  });

  it('keeps the focused item the same element while everything around it changes', () => {
    const container = document.createElement('div');
    document.body.append(container);
    const buttons = () => [...container.querySelectorAll('button')];
    const list = (keys: readonly string[]) =>
      render(html`${recycle(keys, (key) => key, (key) => html`<button data-key=${key}>${key}</button>`)}`, container);
    list(['1', '2', '3', '4']);
    buttons()[2].focus();
    list(['0', '3', '5']);
    expect(buttons().map((button) => button.dataset.key)).to.deep.equal(['0', '3', '5']);
    expect(document.activeElement).to.equal(buttons()[1]);
    container.remove();
  });

  it('draws items whose order changed anew, in the new order', () => {
    const container = document.createElement('div');
    draw(container, ['a', 'b', 'c', 'd']);
    const next = draw(container, ['d', 'c', 'b', 'a']);
    expect(next.map((li) => li.dataset.key)).to.deep.equal(['d', 'c', 'b', 'a']);
    expect(next.map((li) => li.textContent)).to.deep.equal(['D', 'C', 'B', 'A']);
    expect(container.querySelectorAll('li')).to.have.length(4);
  });

  it('empties and refills', () => {
    const container = document.createElement('div');
    draw(container, ['a', 'b']);
    expect(draw(container, [])).to.have.length(0);
    expect(draw(container, ['c']).map((li) => li.textContent)).to.deep.equal(['C']);
  });
});
