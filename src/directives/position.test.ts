import { expect } from '@open-wc/testing';
import { html, render } from 'lit';
import { position } from './position.js';

type Lengths = Parameters<typeof position>[0];

function draw(container: HTMLElement, lengths: Lengths): HTMLElement {
  render(html`<div ${position(lengths)}></div>`, container);
  return container.firstElementChild as HTMLElement;
}

describe('position', () => {
  it('position({ left, top, width, height }) sets them in px, rounded to 1/100 px, through CSSOM', () => {
    const container = document.createElement('div');
    const box = draw(container, { left: 12.3456, top: 40, width: 100, height: 20 });
    expect([box.style.left, box.style.top, box.style.width, box.style.height]).to.deep.equal(['12.35px', '40px', '100px', '20px']);
    expect(box.getAttribute('style')).to.not.include('--');
  });

  it('position({ x, y }) translates; a length that goes is removed', () => {
    const container = document.createElement('div');
    draw(container, { left: 5, x: 12, y: 40 });
    const box = draw(container, { y: 3 });
    expect(box.style.left).to.equal('');
    expect(box.style.transform).to.equal('translate(0px, 3px)');
    draw(container, {});
    expect(box.style.transform).to.equal('');
  });

  it('belongs on an element: in text it throws', () => {
    const container = document.createElement('div');
    expect(() => render(html`<p>${position({ left: 1 })}</p>`, container)).to.throw(/belongs on an element/);
  });
});
