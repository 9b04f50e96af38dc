import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { eventAnchorMs } from '../core/time/scale.js';
import type { TimelineDocument } from '../core/document/types.js';
import { eventById, eventIndexOf } from '../core/layout/columns.js';
import type { GestureTarget } from './gesture-controller.js';
import type { WindowController, WindowStep } from './window-controller.js';

/** What keys need from the element besides its window. */
export interface KeyboardTarget extends Pick<GestureTarget, 'axis'> {
  /** The document shown, if any. */
  document(): TimelineDocument | undefined;
  /** How many cluster badges are drawn. */
  clusterCount(): number;
  /** Escape: closes whatever is open on top (key list, cluster card, card); false when nothing was. */
  dismiss(): boolean;
}

/** Keys that step the window, as the control buttons do. */
const STEPS: Readonly<Record<string, WindowStep>> = {
  '+': 'zoom-in', '=': 'zoom-in', '-': 'zoom-out', '_': 'zoom-out', '0': 'reset', PageUp: 'pan-back', PageDown: 'pan-forward',
};

/**
 * Every key, the two roving tab stops (events, badges) and focus that must wait for a render
 * (`focusAfterRender`, moved in `hostUpdated`).
 */
export class KeyboardController implements ReactiveController {
  readonly #host: ReactiveControllerHost & HTMLElement;
  readonly #window: WindowController;
  readonly #target: KeyboardTarget;
  /** Id of the event that holds the list's single tab stop; set it in an update or with `moveTabStop`. */
  focusId: string | null = null;
  /** Which cluster badge holds the badges' single tab stop. */
  clusterFocus = 0;
  /** `'event'` (the focused event's label) or a selector in the shadow root. */
  #pending: string | undefined;

  constructor(host: ReactiveControllerHost & HTMLElement, views: WindowController, target: KeyboardTarget) {
    this.#host = host;
    this.#window = views;
    this.#target = target;
    host.addController(this);
  }

  /** Gives event `id` the list's tab stop. */
  moveTabStop(id: string | null): void {
    if (id === this.focusId) return;
    this.focusId = id;
    this.#host.requestUpdate();
  }

  /** The event list's tab stop and keys, as its template takes them. */
  get eventListKeys(): { focusId: string | null; onKeydown: (keyboard: KeyboardEvent) => void; onFocusIn: (focus: FocusEvent) => void } {
    return { focusId: this.focusId, onKeydown: this.onListKeydown, onFocusIn: this.onFocusIn };
  }

  /** The badges' tab stop and keys, as their template takes them. */
  get clusterKeys(): { focusIndex: number; onKeydown: (keyboard: KeyboardEvent) => void } {
    return { focusIndex: this.clusterFocus, onKeydown: this.onClusterKeydown };
  }

  hostUpdated(): void {
    const pending = this.#pending;
    this.#pending = undefined;
    const id = this.focusId;
    if (pending) this.#find(pending === 'event' ? id !== null && `button[data-id="${CSS.escape(id)}"]` : pending)?.focus();
  }

  /** Moves focus once the next render is done: to the focused event, or to what `selector` finds. */
  focusAfterRender(target: 'event' | (string & {})): void {
    this.#pending = target;
    this.#host.requestUpdate();
  }

  /** Focus parked on the region (`.timeline`) moves to `selector`, if that is there. */
  leaveRegionFor(selector: string): void {
    const region = this.#find('.timeline');
    if (region && this.#host.shadowRoot?.activeElement === region) this.#find(selector)?.focus();
  }

  /** Arrows, Home and End on an event label move the tab stop, and the window to it. */
  readonly onListKeydown = (keyboard: KeyboardEvent): void => {
    const doc = this.#target.document();
    const events = doc?.events;
    if (!doc || !events?.length || keyboard.altKey || keyboard.ctrlKey || keyboard.metaKey) return;
    const current = eventIndexOf(doc, this.focusId);
    const last = events.length - 1;
    const step = this.#stepOf(keyboard.key);
    let target: number | undefined;
    if (step !== undefined) target = Math.min(last, Math.max(0, current + step));
    else if (keyboard.key === 'Home') target = 0;
    else if (keyboard.key === 'End') target = last;
    if (target === undefined) return;
    keyboard.preventDefault();
    this.moveTabStop(events[target].id);
    this.focusAfterRender('event');
    this.#window.reveal(events[target]);
  };

  readonly onClusterKeydown = (keyboard: KeyboardEvent): void => {
    const count = this.#target.clusterCount();
    const step = this.#stepOf(keyboard.key);
    if (step === undefined || count === 0) return;
    keyboard.preventDefault();
    this.clusterFocus = Math.min(count - 1, Math.max(0, Math.min(this.clusterFocus, count - 1) + step));
    this.focusAfterRender(`[data-cluster="${this.clusterFocus}"]`);
  };

  /** A click or Tab onto a label moves the single tab stop with it, and into view. */
  readonly onFocusIn = (focus: FocusEvent): void => {
    const id = (focus.target as HTMLElement).dataset?.id;
    if (id === undefined) return;
    this.moveTabStop(id);
    this.#window.reveal(eventById(this.#target.document(), id));
  };

  /** Keys anywhere in the timeline: Escape, and the window's steps. */
  readonly onKeydown = (keyboard: KeyboardEvent): void => {
    if (keyboard.key === 'Escape') {
      if (this.#target.dismiss()) keyboard.preventDefault();
      return;
    }
    const step = STEPS[keyboard.key];
    if (!step || !this.#window.domain || keyboard.altKey || keyboard.ctrlKey || keyboard.metaKey) return;
    keyboard.preventDefault();
    // Keyboard zoom keeps the focused event in place; otherwise the centre.
    const focused = this.#host.shadowRoot?.activeElement as HTMLElement | null | undefined;
    const event = eventById(this.#target.document(), focused?.dataset?.id ?? null);
    this.#window.step(step, 'keyboard', event ? eventAnchorMs(event) : undefined);
  };

  /** Which arrow keys step forward and back in time: mirrored for right-to-left, ↑/↓ when vertical. */
  #stepOf(key: string): -1 | 1 | undefined {
    const { vertical, reversed } = this.#target.axis();
    if (vertical) return key === 'ArrowDown' ? 1 : key === 'ArrowUp' ? -1 : undefined;
    const forward = reversed ? 'ArrowLeft' : 'ArrowRight';
    const back = reversed ? 'ArrowRight' : 'ArrowLeft';
    return key === forward ? 1 : key === back ? -1 : undefined;
  }

  #find(selector: string | false): HTMLElement | null | undefined {
    return selector ? this.#host.shadowRoot?.querySelector<HTMLElement>(selector) : undefined;
  }
}
