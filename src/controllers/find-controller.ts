import type { TimelineDocument } from '../core/document/types.js';
import { loadBeside } from '../load-beside.js';

/** The element as filtering reads it. */
export interface FindHost {
  filter?: string | null;
  search?: string | null;
}

/**
 * The `filter` and `search` attributes' side in the bundle, kept small (the row, the search, the
 * matching and their strings are news-timeline.find.js's, src/find/): the document the timeline
 * shows, and fetching that file once the document has groups or tags or the element `search`.
 * The bundle always draws the `<news-timeline-find>` tag: empty, and taking no room, until then.
 */
export function findController(host: FindHost, whole: () => TimelineDocument | undefined) {
  let from: TimelineDocument | undefined;
  let filter: string | null | undefined;
  let shown: TimelineDocument | undefined;
  let wanted = false;
  return {
    /**
     * The events of a group or with a tag `filter` lists (a space in a tag written `_`), the same
     * object while document and filter stay (a new one rescales the view). Ids that match nothing
     * are ignored: when nothing at all would show, everything does, so a reader never meets an
     * empty timeline.
     */
    shown(): TimelineDocument | undefined {
      const doc = whole();
      if (doc !== from || host.filter !== filter) {
        from = doc;
        filter = host.filter;
        const listed = new Set(filter?.split(' '));
        const isListed = (id: string) => listed.has(id.replaceAll(' ', '_'));
        const events = doc?.events.filter((event) => (event.group && isListed(event.group)) || event.tags.some(isListed));
        shown = events?.length ? { ...doc!, events } : doc;
        // A document with groups or tags wants the row; once asked, the file stays.
        wanted ||= !!doc && (doc.groups.length > 0 || doc.events.some((event) => event.tags.length > 0));
      }
      // Asked on every read: loadBeside fetches once a page and hands back the same promise.
      if (wanted || host.search != null) loadBeside('find').catch(() => undefined);
      return shown;
    },
  };
}

export type FindController = ReturnType<typeof findController>;
