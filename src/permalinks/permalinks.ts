// The permalinks engine, built as news-timeline.permalinks.js and loaded beside the element
// only for a timeline with the `permalinks` attribute: it keeps this timeline's pair in the
// address (see fragment.ts) in step with the open card, opens the card a fragment names, and
// copies a link; the reader's filter and search go in `<key>.filter` and `<key>.search` pairs
// beside it. Plain DOM, no Lit: the element hands it what it needs.
import { encodePair, eventInFragment, withEventInFragment } from './fragment.js';

/** The element, as the engine reads it. */
export interface PermalinkElement extends HTMLElement {
  readonly selected: string | null;
  readonly linkBase?: string;
  readonly timelineDocument?: object;
  /** The whole document's problems: a new list for each document read, so a filter is no new document. */
  readonly problems: readonly object[];
  filter?: string | null;
  search?: string | null;
  readonly updateComplete: Promise<boolean>;
  requestUpdate(): void;
  /** Opens the card of event `id`, or closes it (null), as code does. */
  select(id: string | null): void;
}

/** What the element does for the engine. */
export interface PermalinkHost {
  readonly element: PermalinkElement;
  /** Opens event `id` as code does and brings it into view; false when there is no such event. */
  show(id: string): boolean;
  /** Says a string of the timeline's language in its polite region. */
  say(key: 'linkCopied' | 'copyFailed'): void;
}

/**
 * This timeline's key in the fragment: its `id`, else `timeline`, `timeline-2`, … in document
 * order among the permalinked timelines without one.
 */
export function permalinkKey(element: HTMLElement): string {
  if (element.id) return element.id;
  const root = element.getRootNode() as ParentNode;
  const unnamed = [...root.querySelectorAll(`${element.localName}[permalinks]`)].filter((other) => !other.id);
  const place = unnamed.indexOf(element);
  return place > 0 ? `timeline-${place + 1}` : 'timeline';
}

export class Permalinks {
  /** The event whose link the clipboard refused, and that link, until the card changes. */
  #failed: readonly [id: string, link: string] | undefined;

  /** Whether the element is connected with `permalinks`, as the last update left it. */
  on = false;

  readonly #host: PermalinkHost;
  /** The document (its problems list, the same while only the filter changes) whose first drawing has read the fragment. */
  #read: object | undefined;
  /** The open event the address last said, so an unchanged card writes nothing. */
  #written: string | null | undefined;
  /** The filter and search the address last said. */
  #writtenFind: string | undefined;

  constructor(host: PermalinkHost) {
    this.#host = host;
  }

  /** After each update of the element, with its `permalinks`; false once it is disconnected. */
  sync(permalinks: boolean): void {
    const on = permalinks && this.#host.element.isConnected;
    if (on !== this.on) {
      this.on = on;
      if (on) addEventListener('hashchange', this.#onHashChange);
      else removeEventListener('hashchange', this.#onHashChange);
      this.#read = this.#written = undefined;
    }
    const { element } = this.#host;
    if (!on || !element.timelineDocument) return;
    if (element.problems !== this.#read) {
      this.#read = element.problems;
      this.#readFind(false);
      this.#open(false); // a fragment's pair wins over initial-event, which opened its card already
      // A page load writes nothing: the address stays as it came until a card opens or closes.
      this.#written = element.selected;
      this.#writtenFind = findState(element);
    }
    const { selected } = element;
    const find = findState(element);
    if (selected === this.#written && find === this.#writtenFind) return;
    const key = permalinkKey(element);
    let next = location.hash;
    if (selected !== this.#written) {
      this.#written = selected;
      this.#failed = undefined;
      next = withEventInFragment(next, key, selected);
    }
    if (find !== this.#writtenFind) {
      this.#writtenFind = find;
      next = withEventInFragment(next, `${key}.filter`, element.filter || null);
      next = withEventInFragment(next, `${key}.search`, element.search || null);
    }
    // replaceState: no history entry, no scroll; the state other code keeps there stays.
    if (next !== location.hash) history.replaceState(history.state, '', location.href.split('#')[0] + next);
  }

  /**
   * The fragment's filter and search, set on the element: search only where the page has the box.
   * On a hashchange (`clearing`) a pair that is gone clears its state.
   */
  #readFind(clearing: boolean): void {
    const { element } = this.#host;
    const key = permalinkKey(element);
    const filter = eventInFragment(location.hash, `${key}.filter`);
    if (filter !== undefined || clearing) element.filter = filter || null;
    const search = eventInFragment(location.hash, `${key}.search`);
    if (element.search != null && (search !== undefined || clearing)) element.search = search ?? '';
  }

  /** The link to show, selected, for `id`'s card: the clipboard refused it. */
  failedLink(id: string | null): string | undefined {
    return this.#failed?.[0] === id ? this.#failed?.[1] : undefined;
  }

  /** The link to the open event: `linkBase` (default this page) with this timeline's pair. */
  link(id: string): string {
    const { element } = this.#host;
    return `${(element.linkBase || location.href).split('#')[0]}#${encodePair(permalinkKey(element), id) ?? ''}`;
  }

  /** Copy link: the clipboard, or when it refuses, the link in a field, selected, to copy by hand. */
  readonly copy = async (): Promise<void> => {
    const { element } = this.#host;
    if (element.selected === null) return;
    const id = element.selected;
    const link = this.link(id);
    try {
      await navigator.clipboard.writeText(link);
      this.#host.say('linkCopied');
    } catch {
      this.#failed = [id, link];
      element.requestUpdate();
      await element.updateComplete;
      const field = element.shadowRoot?.querySelector<HTMLInputElement>('.event-link input');
      field?.focus();
      field?.select();
      this.#host.say('copyFailed');
    }
  };

  /** After the first drawing or a hashchange: the pair's event opens, or none closes the card (`closing`). */
  #open(closing: boolean): void {
    const { element } = this.#host;
    const id = eventInFragment(location.hash, permalinkKey(element));
    if (id === undefined) {
      if (closing && element.selected !== null) element.select(null);
    } else if (id === element.selected || this.#host.show(id)) {
      // Never smooth for a reader who asked for less motion, whatever the page's scroll-behavior.
      element.scrollIntoView({ block: 'start', behavior: matchMedia('(prefers-reduced-motion: reduce)').matches ? 'instant' : 'auto' });
    }
  }

  readonly #onHashChange = (): void => {
    if (!this.#read) return;
    this.#readFind(true);
    this.#open(true);
  };
}

/** The element's filter and search as one text, to tell when either changed. */
const findState = (element: PermalinkElement): string => `${element.filter ?? ''}\n${element.search ?? ''}`;

/** The engine for one timeline. */
export function startPermalinks(host: PermalinkHost): Permalinks {
  return new Permalinks(host);
}
