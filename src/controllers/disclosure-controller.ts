import type { ReactiveControllerHost } from 'lit';
import type { TimelineEvent } from '../core/document/types.js';
import { TimelineSelectEvent } from '../events.js';
import type { KeyboardController } from './keyboard-controller.js';

/** A host with a `selected` event id, the one whose card is open. */
export type DisclosureHost = ReactiveControllerHost & HTMLElement & { selected: string | null };

/**
 * What Escape closes: the card (the host's `selected` event, or a cluster's list) and the key list.
 * A reader's choice fires `timeline-select`; focus follows into the card and back.
 */
export class DisclosureController {
  /** Indexes of the events of a cluster listed in the card, or null. */
  openCluster: readonly number[] | null = null;
  /** Whether the list of keyboard shortcuts is showing. */
  keyHelpOpen = false;

  readonly #host: DisclosureHost;
  readonly #keys: KeyboardController;
  readonly #eventOf: (id: string | null) => TimelineEvent | undefined;

  constructor(host: DisclosureHost, keys: KeyboardController, eventOf: (id: string | null) => TimelineEvent | undefined) {
    this.#host = host;
    this.#keys = keys;
    this.#eventOf = eventOf;
  }

  /** A click on an event's label opens its card, or closes it when open. */
  readonly onEventClick = (clicked: MouseEvent): void => {
    const id = (clicked.currentTarget as HTMLElement).dataset.id ?? null;
    const next = this.#host.selected === id ? null : id;
    this.#choose(id, next);
    if (next !== null) this.#keys.focusAfterRender('.card');
  };

  /** Lists a cluster's events in the card, in place of an event's card. */
  listCluster(members: readonly number[]): void {
    this.#host.selected = null;
    this.#setCluster(members);
    this.#keys.focusAfterRender('.card');
  }

  /** An event picked from a cluster's list opens its own card. */
  readonly onClusterPick = (id: string): void => {
    this.#choose(id, id);
    this.#keys.focusAfterRender('.card');
  };

  readonly onClusterClose = (): void => {
    this.#setCluster(null);
    this.#keys.focusAfterRender('event');
  };

  readonly onClose = (): void => this.#close();

  /** A reader opened event `id` some other way than its label (a story step): its card, the tab stop, `timeline-select`. */
  choose(id: string): void {
    this.#choose(id, id);
  }

  readonly onKeyHelpToggle = (): void => {
    this.keyHelpOpen = !this.keyHelpOpen;
    this.#host.requestUpdate();
  };

  /** Escape: closes the key list, else a cluster's list, else an event's card; false when none is open. */
  dismiss(): boolean {
    if (this.keyHelpOpen) {
      this.onKeyHelpToggle();
      this.#host.shadowRoot?.querySelector<HTMLElement>('.key-help-button')?.focus();
    } else if (this.openCluster) this.onClusterClose();
    else if (this.#host.selected !== null) this.#close();
    else return false;
    return true;
  }

  #close(): void {
    this.#choose(this.#host.selected, null);
    this.#keys.focusAfterRender('event');
  }

  /** A reader's choice: `focus` takes the tab stop, `open` the card (null: none). */
  #choose(focus: string | null, open: string | null): void {
    this.#setCluster(null);
    this.#keys.moveTabStop(focus);
    this.#host.selected = open;
    this.#host.dispatchEvent(new TimelineSelectEvent({ id: open, event: this.#eventOf(open) ?? null }));
  }

  #setCluster(members: readonly number[] | null): void {
    this.openCluster = members;
    this.#host.requestUpdate();
  }
}
