import { loadBeside } from '../load-beside.js';
import type { Live, LiveElement, startLive } from '../live/live.js';
import type { Strings } from '../localize/localize.js';
import { TimelineUpdateEvent } from '../events.js';
import type { DocumentController } from './document-controller.js';

/**
 * Live updates' side in the bundle, kept to a few lines (the bundle is full): the engine
 * (news-timeline.live.js, src/live/) is fetched when `refresh` is set or a first later document
 * arrives, and then follows the host's updates itself, drawing its status line and styling the
 * marks (it sets `documents.fresh`, which the event list draws). If the engine cannot load: no refresh;
 * a later `data` still applies, unmarked and unannounced.
 */
export function liveController(
  host: LiveElement,
  documents: DocumentController,
  locale: { readonly strings: Strings },
  say: { readonly announce: (text: string) => void },
): void {
  let engine: Promise<Live | void> | undefined;
  const start = () => (engine ??= loadBeside<{ startLive: typeof startLive }>('live').then(
    (file) => file.startLive(host, documents, locale, say, TimelineUpdateEvent),
    () => undefined,
  ));
  // `selected` as it was before the update is drawn: the open card may be about to close.
  documents.onUpdate = (before, next, open = host.selected) => void start().then((live) => live?.update(before, next, open));
  // Empty `refresh` is off: no need to load.
  host.addController({ hostUpdated: () => void (host.refresh && start()) });
}
