import { noChange, type ElementPart } from 'lit';
import { Directive, directive, PartType, type PartInfo } from 'lit/directive.js';

type Lengths = Readonly<Record<string, number | undefined>>;

/**
 * Sets `--_name: <n>px` custom properties through CSSOM. A `style="…"` attribute (what
 * styleMap writes on first render) is blocked by a strict `style-src` CSP; CSSOM is not.
 */
class PositionDirective extends Directive {
  private previous: Lengths = {};

  constructor(partInfo: PartInfo) {
    super(partInfo);
    if (partInfo.type !== PartType.ELEMENT) throw new Error('position() belongs on an element: <li ${position({...})}>');
  }

  render(_lengths: Lengths): unknown {
    return noChange;
  }

  override update(part: ElementPart, [lengths]: [Lengths]): unknown {
    const style = (part.element as HTMLElement | SVGElement).style;
    for (const [name, value] of Object.entries(lengths)) {
      if (value === this.previous[name]) continue;
      if (value === undefined) style.removeProperty(`--_${name}`);
      else style.setProperty(`--_${name}`, `${Math.round(value * 100) / 100}px`);
    }
    this.previous = lengths;
    return noChange;
  }
}

/** `<li ${position({ left: 12, top: 40 })}>` sets `--_left: 12px; --_top: 40px`. */
export const position = directive(PositionDirective);
