// The engine of live updates, built as news-timeline.live.js and fetched beside the element by
// a timeline with `refresh`, or at its first in-place update: the refresh loop (refresh.ts), what
// changed, `timeline-update`, the "New" marks' while, the announcement and the quiet status line.
// Plain DOM, no Lit: the bundle only gives each new event's label the part `event-new`.
import type { ReactiveControllerHost } from 'lit';
import { diffDocuments, type DocumentDiff } from '../core/document/diff.js';
import type { TimelineDocument } from '../core/document/types.js';
import type { DocumentController } from '../controllers/document-controller.js';
import type { TimelineUpdateEvent } from '../events.js';
import { liveEn, type LiveStrings } from '../localize/live.js';
import type { Strings } from '../localize/localize.js';
import { startRefresh, type RefreshElement } from './refresh.js';
import { liveStyles } from './styles.js';

/** The element, as far as the engine reads it (src/news-timeline/news-timeline.ts). */
export interface LiveElement extends HTMLElement, ReactiveControllerHost, RefreshElement {
  readonly selected: string | null;
  readonly timelineDocument: TimelineDocument | undefined;
}

/** A running engine. */
export interface Live {
  /** A later document of a drawn timeline arrived, usable or not (`open`: the event open before it). */
  update(before: TimelineDocument, next: DocumentController['state'], open: string | null): void;
}

/** How long events stay marked new, and a removal note shown, in ms. */
export const MARK_MS = 60_000;

/**
 * Starts the engine of `host`: `documents` loads a refreshed text as it loads inline JSON (and
 * carries the marks, `fresh`), `locale.strings` may hold a language's live strings, `say.announce`
 * speaks in the polite region, `Update` is the bundle's own event class (`instanceof` holds).
 */
export function startLive(
  host: LiveElement,
  documents: Pick<DocumentController, 'load' | 'fresh' | 'state' | 'answer'>,
  locale: { readonly strings: Strings },
  say: { announce(text: string): void },
  Update: typeof TimelineUpdateEvent,
): Live {
  const text = <K extends keyof LiveStrings>(key: K, ...values: LiveStrings[K] extends (v: infer V) => string ? [V] : []): string => {
    const message = (locale.strings[key] ?? liveEn[key]) as string | ((v: unknown) => string);
    return typeof message === 'string' ? message : message(values[0]);
  };
  // The reader's Pause updates / Resume updates button (WCAG 2.2.2) and the quiet status line.
  const bar = document.createElement('div');
  bar.className = 'live';
  const pause = document.createElement('button');
  pause.type = 'button';
  pause.className = 'control';
  pause.setAttribute('part', 'button live-pause');
  let paused = false;
  const line = document.createElement('div');
  line.className = 'live-note';
  line.setAttribute('part', 'live-status');
  bar.append(pause, line);
  let lineTimer: ReturnType<typeof setTimeout> | undefined;
  let markTimer: ReturnType<typeof setTimeout> | undefined;
  /** What the line says: a failure goes at the next good update, a removal after a while. */
  let lineKind: '' | 'failed' | 'removed' = '';
  /** Every other announcement ends in a no-break space: the same words twice ("1 new event") still change the region. */
  let flip = false;
  /** Refreshed texts that were not usable, whose `update` is still to come: the refresh says so itself. */
  let refreshFailures = 0;

  const show = (kind: typeof lineKind, note = ''): void => {
    clearTimeout(lineTimer);
    lineKind = kind;
    line.textContent = note;
    bar.hidden = pause.hidden && !note;
    if (kind === 'removed') lineTimer = setTimeout(() => show(''), MARK_MS);
  };
  const good = (): void => {
    if (lineKind === 'failed') show('');
  };
  const styleMark = (): void => {
    const root = host.shadowRoot;
    const sheet = liveStyles(text('liveNew'));
    if (root && !root.adoptedStyleSheets.includes(sheet)) root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
  };

  // A usable document replaces the state at once; one that is not keeps the last good one.
  const refresh = startRefresh(host, (json) => {
    const before = documents.state;
    documents.load({ kind: 'inline', text: json });
    if (documents.state === before) refreshFailures += 1;
    return documents.state !== before;
  }, (ok, wait) => (ok ? good() : show('failed', text('liveRetry', { seconds: wait }))), () => documents.answer, () => paused);

  const applied = (diff: DocumentDiff, document: TimelineDocument, open: string | null): void => {
    good();
    const { added, changed, removed, fields } = diff;
    if (!added.length && !changed.length && !removed.length && !fields.length) return;
    const said: string[] = [];
    if (added.length) {
      said.push(text('liveAdded', { count: added.length }));
      documents.fresh = new Set(added.map((event) => event.id));
      clearTimeout(markTimer);
      markTimer = setTimeout(() => {
        documents.fresh = undefined;
        host.requestUpdate();
      }, MARK_MS);
      styleMark();
      host.requestUpdate();
    } else if (changed.length) said.push(text('liveChanged', { count: changed.length }));
    if (open !== null && removed.some((event) => event.id === open)) {
      said.push(text('liveRemoved'));
      show('removed', text('liveRemoved'));
    }
    if (said.length) {
      // The same words as last time still change the region's text, so they are read again.
      flip = !flip;
      say.announce(said.join(' ') + (flip ? '\u00A0' : ''));
    }
    host.dispatchEvent(new Update({ document, ...diff }));
  };

  // First in the toolbar, where a reader looks; the toolbar is drawn anew after a loading state.
  const placeLine = (): void => {
    const toolbar = host.shadowRoot?.querySelector('.toolbar');
    if (toolbar && bar.parentNode !== toolbar) toolbar.prepend(bar);
  };
  const sync = (): void => {
    pause.hidden = !refresh.sync();
    pause.textContent = text(paused ? 'liveResume' : 'livePause');
    bar.hidden = pause.hidden && !line.textContent;
  };
  pause.addEventListener('click', () => {
    paused = !paused;
    sync();
  });
  host.addController({ hostConnected: sync, hostUpdated: () => (sync(), placeLine()), hostDisconnected: sync });
  styleMark();
  sync();
  placeLine();

  return {
    update(before, next, open) {
      if (next.status !== 'ready') {
        if (refreshFailures > 0) return void (refreshFailures -= 1);
        // The reason is for producers; readers get the short line.
        if (next.status === 'error') console.warn(`<news-timeline>: a later document could not be used; the last good one stays. ${next.message(locale.strings)}`);
        show('failed', text('liveFailed'));
        return;
      }
      const diff = diffDocuments(before, next.document);
      void host.updateComplete.then(() => applied(diff, next.document, open));
    },
  };
}
