import type { ReactiveControllerHost } from 'lit';
import { findController, type FindHost } from '../controllers/find-controller.js';
import { DocumentController } from '../controllers/document-controller.js';
import { HostSizeController } from '../controllers/host-size-controller.js';
import { GestureController } from '../controllers/gesture-controller.js';
import { KeyboardController } from '../controllers/keyboard-controller.js';
import { DisclosureController, type DisclosureHost } from '../controllers/disclosure-controller.js';
import { WindowController } from '../controllers/window-controller.js';
import { PrintController } from '../controllers/print-controller.js';
import { LocaleController, type LocaleHost } from '../controllers/locale-controller.js';
import { PermalinkController, type PermalinkControllerHost } from '../controllers/permalink-controller.js';
import { AutoplayController } from '../controllers/autoplay-controller.js';
import { liveController } from '../controllers/live-controller.js';
import { StoryController } from '../controllers/story-controller.js';
import type { AutoplayHost } from '../autoplay/autoplay.js';
import type { LiveElement } from '../live/live.js';
import type { TimelineDocument } from '../core/document/types.js';
import { eventById } from '../core/layout/columns.js';
import { describeVisibleRange } from '../core/window/announce.js';
import { TimelineViewChangeEvent } from '../events.js';
import { localize } from '../localize/localize.js';
import type { DrawingState } from './drawing-state.js';

/** The element as its controllers see it: its reactive properties and the document it shows. */
export type TimelineHost = ReactiveControllerHost & LocaleHost & DisclosureHost & AutoplayHost & PermalinkControllerHost & LiveElement & FindHost & {
  readonly timelineDocument: TimelineDocument | undefined;
  readonly renderRoot: HTMLElement | DocumentFragment;
};

/** What only the element itself can give its controllers. */
export interface TimelineInternals {
  /** What render() last drew. */
  readonly drawn: () => DrawingState | undefined;
  /** Says `text` in the polite live region. */
  readonly announce: (text: string) => void;
  /** Renders at once (before printing). */
  readonly renderNow: () => void;
}

/**
 * Every controller of the element, wired to one another, in the order they hear the host's
 * updates. Each registers itself with the host; the element reads their results.
 */
export function createControllers(host: TimelineHost, internals: TimelineInternals) {
  const document = () => host.timelineDocument;
  const locale = new LocaleController(host);
  // Try again that failed again: focus parked on the region goes back to the button.
  const documents = new DocumentController(host, () => keys.leaveRegionFor('.retry'), () => locale.strings);
  const size = new HostSizeController(host);
  const printing = new PrintController(host, internals.renderNow);
  const views = new WindowController(host, ({ domain, source }) => {
    const doc = document();
    if (doc) internals.announce(describeVisibleRange(domain, doc.events, locale.locale, locale.strings));
    host.dispatchEvent(new TimelineViewChangeEvent({ start: new Date(domain[0]), end: new Date(domain[1]), source }));
  });
  const axis = () => ({ vertical: internals.drawn()?.drawing?.orientation === 'vertical', reversed: locale.rtl });
  const keys: KeyboardController = new KeyboardController(host, views, {
    axis,
    document,
    clusterCount: () => internals.drawn()?.drawing?.clusters.length ?? 0,
    dismiss: () => open.dismiss(),
  });
  const open = new DisclosureController(host, keys, (id) => eventById(document(), id));
  // Registered with the host by its constructor; nothing calls it directly.
  new GestureController(host, views, { plot: () => host.renderRoot.querySelector<HTMLElement>('.plot'), axis });
  const story = new StoryController(host, { keys, views, open, locale, announce: internals.announce, document });
  const autoplay = new AutoplayController(host, () => story.advance());
  const links = new PermalinkController({
    element: host,
    show: (id) => story.show(id),
    say: (key) => internals.announce(localize(locale.strings, key)),
  });
  liveController(host, documents, locale, internals);
  const find = findController(host, () => documents.document);
  return { locale, documents, size, printing, views, keys, open, story, autoplay, links, find };
}

export type TimelineControllers = ReturnType<typeof createControllers>;
