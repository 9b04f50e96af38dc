import { noChange, type ChildPart } from 'lit';
import { Directive, directive, PartType, type PartInfo } from 'lit/directive.js';
import {
  getCommittedValue, insertPart, removePart, setChildPartValue, setCommittedValue,
} from 'lit/directive-helpers.js';

type KeyFn<T> = (item: T, index: number) => unknown;
type ItemTemplate<T> = (item: T, index: number) => unknown;

/**
 * A keyed list for items that keep one order from render to render (the timeline's events,
 * chronological). An item whose key stays keeps its DOM, as with `repeat`, so the focused
 * label stays the same node. A new item takes over, where it stands, the DOM of an item
 * that left from between the same neighbours, instead of `repeat`'s creating new nodes and
 * removing the old: a zoom step that brings 20 labels in and takes 20 out updates 20 labels'
 * text and attributes. Nothing is ever moved. Items whose order did change are drawn anew.
 */
class RecycleDirective<T> extends Directive {
  #keys: unknown[] = [];

  constructor(partInfo: PartInfo) {
    super(partInfo);
    if (partInfo.type !== PartType.CHILD) throw new Error('recycle() belongs in a child position');
  }

  render(items: readonly T[], _keyOf: KeyFn<T>, template: ItemTemplate<T>): unknown[] {
    return items.map(template);
  }

  override update(container: ChildPart, [items, keyOf, template]: [readonly T[], KeyFn<T>, ItemTemplate<T>]): unknown {
    const oldParts = getCommittedValue(container);
    const newKeys = items.map(keyOf);
    if (!Array.isArray(oldParts)) {
      // First render: Lit draws the array and commits its parts.
      this.#keys = newKeys;
      return items.map(template);
    }
    const parts = oldParts as ChildPart[];
    const oldKeys = this.#keys;
    const oldAt = new Map<unknown, number>();
    for (let i = 0; i < oldKeys.length; i += 1) oldAt.set(oldKeys[i], i);
    const staying = new Set(newKeys);
    const used = new Uint8Array(parts.length);
    const newParts = new Array<ChildPart>(items.length);
    // `next`: the first old part not yet passed. Everything placed so far sits before it.
    let next = 0;
    for (let i = 0; i < items.length; i += 1) {
      const kept = oldAt.get(newKeys[i]);
      let part: ChildPart;
      if (kept !== undefined && kept >= next) {
        // A staying item: what lay between it and the last one placed has left (or moved).
        for (let j = next; j < kept; j += 1) {
          if (!used[j]) {
            removePart(parts[j]);
            used[j] = 1;
          }
        }
        part = parts[kept];
        used[kept] = 1;
        next = kept + 1;
      } else if (next < parts.length && !staying.has(oldKeys[next])) {
        // A new item, where an item that left stood: take over its DOM.
        part = parts[next];
        used[next] = 1;
        next += 1;
      } else {
        part = insertPart(container, next < parts.length ? parts[next] : undefined);
      }
      setChildPartValue(part, template(items[i], i));
      newParts[i] = part;
    }
    for (let j = 0; j < parts.length; j += 1) if (!used[j]) removePart(parts[j]);
    setCommittedValue(container, newParts);
    this.#keys = newKeys;
    return noChange;
  }
}

/**
 * `recycle(items, keyOf, template)`: like `repeat`, for lists whose order never changes,
 * reusing the DOM of items that leave for items that arrive in their place.
 */
export const recycle = directive(RecycleDirective) as <T>(
  items: readonly T[],
  keyOf: KeyFn<T>,
  template: ItemTemplate<T>,
) => unknown;
