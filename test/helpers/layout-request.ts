import { dateLabelsOf } from '../../src/core/layout/drawing.js';
import type { LayoutRequest } from '../../src/core/layout/host-layout.js';
import type { TimelineDocument } from '../../src/core/document/types.js';
import { documentDomain } from '../../src/core/time/scale.js';

/** What the element asks `layoutTimeline` for at the whole document, 900 px wide in en-GB, with `settings` over it. */
export function layoutRequest(document: TimelineDocument, settings: Partial<LayoutRequest> = {}): LayoutRequest {
  return {
    domain: documentDomain(document.events),
    hostWidth: 900,
    orientation: 'auto',
    previous: undefined,
    locale: 'en-GB',
    rtl: false,
    textScale: 1,
    dateLabels: dateLabelsOf(document, 'en-GB'),
    pinnedIds: [],
    ...settings,
  };
}
