import { noChange, type ElementPart } from 'lit';
import { Directive, directive, PartType, type PartInfo } from 'lit/directive.js';

type Lengths = Readonly<Partial<Record<'left' | 'top' | 'width' | 'height' | 'x' | 'y', number | undefined>>>;

/** Sets lengths through CSSOM, only those that changed. See docs/performance.md#positions-through-cssom-moves-by-transform. */
class PositionDirective extends Directive {
  #previous: Lengths = {};

  constructor(partInfo: PartInfo) {
    super(partInfo);
    if (partInfo.type !== PartType.ELEMENT) throw new Error('position() belongs on an element: <li ${position({...})}>');
  }

  render(_lengths: Lengths): unknown {
    return noChange;
  }

  override update(part: ElementPart, [lengths]: [Lengths]): unknown {
    const style = (part.element as HTMLElement | SVGElement).style;
    const px = (value: number) => `${Math.round(value * 100) / 100}px`;
    for (const name of ['left', 'top', 'width', 'height'] as const) {
      const value = lengths[name];
      if (value === this.#previous[name]) continue;
      if (value === undefined) style.removeProperty(name);
      else style.setProperty(name, px(value));
    }
    const { x, y } = lengths;
    if (x !== this.#previous.x || y !== this.#previous.y) {
      if (x === undefined && y === undefined) style.removeProperty('transform');
      else style.setProperty('transform', `translate(${px(x ?? 0)}, ${px(y ?? 0)})`);
    }
    this.#previous = lengths;
    return noChange;
  }
}

/** `<li ${position({ left: 12, top: 40 })}>` sets `left: 12px; top: 40px`; `{ x: 12, y: 40 }` sets `transform: translate(12px, 40px)`. */
export const position = directive(PositionDirective);
