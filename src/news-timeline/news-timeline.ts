import { html, LitElement, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { styles } from './news-timeline.styles.js';
import { createControllers } from './controllers.js';
import { eventIndexOf } from '../core/layout/columns.js';
import type { Orientation } from '../core/layout/drawing.js';
import type { TimelineDocument, TimelineProblem } from '../core/document/types.js';
import { deriveDrawingState, type DrawingState } from './drawing-state.js';
import { renderPrintList } from './render/print-list.js';
import { renderReady } from './render/ready.js';
import { renderCredit, renderStatus } from './render/status.js';
import { renderTypeSpecimen, startWarmUp } from './warm-up.js';
import type { TimeInput } from '../core/time/time-input.js';
import { localize, type Strings } from '../localize/localize.js';

/**
 * An accessible, zoomable, time-proportional timeline of dated events.
 *
 * @summary Draws a dated-event JSON document as a timeline: an ordered list of events on a d3 time axis.
 *
 * @event {TimelineSelectEvent} timeline-select - A reader opened or closed an event's card. `detail: { id, event }`. Not fired when code sets `selected`.
 * @event {TimelineViewChangeEvent} timeline-viewchange - A reader zoomed or panned, once the view settled. `detail: { start, end, source }`. Not fired when code sets the view, nor when a story step brings its event into view.
 * @event {TimelineLoadEvent} timeline-load - A document was read and drawn. `detail: { document, problems }`. Not fired for a later document drawn in place (see `timeline-update`).
 * @event {TimelineUpdateEvent} timeline-update - A later document (a `refresh`, a new `data`, a changed inline JSON child) was drawn in place and differs from the last: `detail: { document, added, changed, removed, fields }` (events; `changed` as `{ before, after }`; `fields`: document fields such as `title`). Not fired when nothing differs, nor if news-timeline.live.js cannot load.
 * @event {TimelineErrorEvent} timeline-error - The document could not be loaded (in time) or has no usable event. `detail: { message, problems }`. Not fired for a later document that fails while one is drawn: the last good one stays, with a quiet status line (part `live-status`).
 *
 * @slot - Fallback content for readers without JavaScript (e.g. a plain `<ol>` of events); hidden once the element runs. An inline `<script type="application/json">` child is read as the document.
 *
 * @csspart base - The region wrapping the whole timeline.
 * @csspart controls - The group of zoom and pan buttons.
 * @csspart control-pan-back - The button that pans to earlier dates.
 * @csspart control-zoom-out - The zoom-out button.
 * @csspart control-zoom-in - The zoom-in button.
 * @csspart control-pan-forward - The button that pans to later dates.
 * @csspart control-reset - The button that shows the whole document again.
 * @csspart plot - The area holding the axis and the events; drag, pinch and ctrl+wheel act on it.
 * @csspart axis - The decorative SVG drawing: lanes, grid, ticks, stems, brackets, bars and markers.
 * @csspart lane - A group's band (horizontal layout).
 * @csspart lane-label - A group's name over its lane.
 * @csspart cluster - A "+12" badge standing for events too close to label; it zooms in to reveal them.
 * @csspart tick - The tick marks on the axis (one path for all of them).
 * @csspart tick-label - A tick's label.
 * @csspart span - The bar of an event with an `end`.
 * @csspart event - An event's label button.
 * @csspart event-selected - The label button of the open event.
 * @csspart event-new - The label button of an event that arrived with the last live update, for a minute (or until an update adds others); news-timeline.live.js shows a "New" tag in its corner (generated text, part of its name).
 * @csspart live-pause - The "Pause updates" / "Resume updates" button first in the toolbar while `refresh` runs (WCAG 2.2.2): paused, nothing is read; resumed, it reads at once. Drawn by news-timeline.live.js.
 * @csspart live-status - The quiet status line of live updates, first in the toolbar: a refresh that failed ("Could not update. Trying again in 40 seconds."), a later document that could not be used, or the open event removed. Drawn by news-timeline.live.js.
 * @csspart card - The open event's card. Media other than a picture in it is a `<news-timeline-media>` (see src/media/media-element.ts), loaded on demand.
 * @csspart button - Every button.
 * @csspart close-button - The card's close button.
 * @csspart copy-link - The card's Copy link button (with `permalinks`).
 * @csspart story-previous - The card's "Previous event" button (`aria-disabled` at the first event).
 * @csspart story-next - The card's "Next event" button (`aria-disabled` at the last event).
 * @csspart story-position - The card's place in the story, "3 of 9".
 * @csspart control-story - The toolbar's "Start the story" button: opens the first event (or keeps the open one) and focuses Next.
 * @csspart control-keys - The button that shows the keyboard shortcuts.
 * @csspart control-autoplay - The Pause/Play button of `autoplay`, named "Pause the story" or "Play the story" (in English); in the Tab order.
 * @csspart key-help - The list of keyboard shortcuts: a `<news-timeline-keys>` (see src/keys/keys-element.ts), loaded the first time "?" opens it; until then, or if it cannot load, a line of the keys alone.
 * @csspart find - The filter row and search box above the plot: a `<news-timeline-find>` (see src/find/find-element.ts), drawn when the document has groups or tags or with `search`; empty until its file loads.
 * @csspart error - The error message box.
 * @csspart retry-button - The error box's "Try again" button, shown when loading `src` failed or took longer than `load-timeout` (not for an invalid document); it loads the same `src` again.
 *
 * @cssproperty --news-timeline-accent - Markers, spans, selection and focus ring.
 * @cssproperty --news-timeline-text - Main text colour.
 * @cssproperty --news-timeline-muted - Dates, tick labels and secondary text.
 * @cssproperty --news-timeline-background - Background of the timeline and labels.
 * @cssproperty --news-timeline-card-background - Background of the event card.
 * @cssproperty --news-timeline-lane-background - Background of every other lane.
 * @cssproperty --news-timeline-lane-label - Colour of lane names.
 * @cssproperty --news-timeline-line - Axis, ticks, stems and label borders.
 * @cssproperty --news-timeline-radius - Corner radius of labels and the card.
 * @cssproperty --news-timeline-marker-size - Diameter of event markers.
 * @cssproperty --news-timeline-font-family - Font of all text (inherits the page's by default).
 * @cssproperty --news-timeline-grid - Faint grid lines at the ticks and lane baselines.
 * @cssproperty --news-timeline-scroll-margin - Room kept above and below focus when it scrolls into view, e.g. for a sticky header (default `5em 2em`).
 */
export class NewsTimeline extends LitElement {
  static override styles = styles;
  // See docs/performance.md#reactive-properties-without-decorators.
  // The Custom Elements Manifest reads attributes from this literal: keep it here.
  static override properties = {
    src: { reflect: true },
    data: { attribute: false },
    locale: { reflect: true },
    loadTimeout: { attribute: 'load-timeout', type: Number },
    label: { reflect: true },
    selected: { reflect: true },
    start: { reflect: true },
    end: { reflect: true },
    orientation: { reflect: true },
    proportional: { type: Boolean, reflect: true },
    permalinks: { type: Boolean, reflect: true }, linkBase: { attribute: false },
    autoplay: { reflect: true },
    refresh: {},
    initialEvent: { attribute: 'initial-event' },
    filter: { reflect: true }, search: { reflect: true },
    strings: { attribute: false },
    announcement: { state: true, attribute: false },
  };

  /** URL of a timeline document; a new value cancels the previous fetch. */
  src?: string;

  /** A timeline document object; wins over `src` and inline JSON. */
  data?: unknown;

  /** BCP 47 locale of dates and labels; default: the document's, then the page's `lang`, then the browser's. */
  locale?: string;

  /**
   * Seconds `src` may take to arrive in full (headers and body) before the element shows an error with
   * a "Try again" button; read when a load starts. Default 30, also for a value that is not a positive number; at most 86,400 (a day).
   */
  loadTimeout = 30;

  /** Accessible name when the document has no title. */
  label?: string;

  /** Id of the event whose card is open; setting it opens the card without firing `timeline-select`. */
  selected: string | null = null;

  /** Start of the initial visible window, in the document's date syntax (e.g. `2015-11`). */
  start?: string;

  /** End of the initial visible window, in the document's date syntax (e.g. `2015-12-07`). */
  end?: string;

  /** `auto` (default): vertical when the element is narrower than 600 px; or force `horizontal` / `vertical`. */
  orientation: 'auto' | Orientation = 'auto';

  /** A strictly proportional time axis: no shortened empty stretches (by default, long empty stretches are drawn shorter, with a labelled break mark). */
  proportional = false;

  /** Links to events: the open card's `#<id or timeline>=<event id>` pair in the address (replaceState), reopened on load and hashchange; a Copy link button. See README. */
  permalinks = false;
  /** The address Copy link puts the fragment on; default the page's own (an iframe embed sets its parent's). */
  linkBase?: string;

  /**
   * Seconds a step of the story on its own (a kiosk, a video): `autoplay` alone is 8, below 3 is 3; after
   * the last event it starts again from the first. A Pause/Play button stays in the toolbar; any input
   * in the timeline pauses it, and it is held while off screen or the page is hidden. Never moves focus.
   */
  autoplay: string | null = null;

  /**
   * Seconds between reads of `src` (a live story): conditional requests (`If-None-Match`, `If-Modified-Since`),
   * each change applied in place (view, open card and focus stay) and reported by `timeline-update`. Below 5
   * is 5, at most a day; absent, empty or not a number: off. A failed read keeps the timeline shown, says so
   * quietly and retries later and later; paused while the page is hidden. See README "Live updates".
   */
  refresh: string | null = null;

  /**
   * The event whose card is open when a document is drawn, brought into view: `first`, `last`, `today` (closest to now),
   * or an event id (these words win over ids). An unknown id opens nothing. `start`/`end`, when given, keep their window; `selected`, when given, wins.
   */
  initialEvent?: string;

  /**
   * Group ids and tags to show, space-separated; absent or empty: every event. An event shows when its group or a tag is listed;
   * ids that match nothing are ignored, and when nothing would show, everything does. The filter row's toggles set it. See README.
   */
  filter?: string | null;
  /** Present: a search box above the plot ("Find in the timeline"); its value is the query, reflected as the reader types. See README. */
  search?: string | null;

  /**
   * Interface strings that win, key by key, over the reader's language (house style, or a language not shipped); each a text or a function of the values named in `src/localize/en.ts`.
   * Keys: timeline, loading, empty, otherEvents, afterBreak, controls, earlier, zoomOut, zoomIn, later, showAll, withKey, shortcuts, tabKey, tabAction, arrowsAction, endsKeys, endsAction, openKeys, openAction, closeKey, closeAction, zoomAction, showAllAction, pageKeys, pageAction, closeEvent, eventsHere, closeList, previousEvent, nextEvent, eventPosition, storyStep, startStory, pauseStory, playStory, copyLink, linkCopied, copyFailed, eventLink, merged, badge, cluster, showing, loadFailed, serverAnswered, timeLimit, networkFailed, inlineData, timelineFile, notJson, unusable, wholeDocument, moreProblems, retry, source, printLink; the media player's mediaPlay, mediaConsent, mediaOpen, mediaBlocked, mediaFrame; live updates' liveNew, liveAdded, liveChanged, liveRemoved, liveRetry, livePause, liveResume, liveFailed; the filter row's showFrom, eventsShown, findLabel, matchCount, matchPosition.
   */
  strings?: Partial<Strings>;

  /** What the polite live region last said. */
  private announcement = '';

  /** What render() draws, derived in willUpdate(). */
  #drawn: DrawingState | undefined;

  readonly #parts = createControllers(this, {
    drawn: () => this.#drawn,
    announce: (text) => { this.announcement = text; },
    renderNow: () => this.performUpdate(),
  });

  /** The visible time window, or null before a document is drawn. */
  get view(): { readonly start: Date; readonly end: Date } | null { return this.#parts.views.view; }

  /** Problems found in the current document: events left out, parts ignored. */
  get problems(): readonly TimelineProblem[] { return this.#parts.documents.problems; }

  /** The parsed document being shown, if any: the events `filter` lets through (`timeline-load` has the whole). */
  get timelineDocument(): TimelineDocument | undefined { return this.#parts.find.shown(); }

  override connectedCallback(): void {
    super.connectedCallback();
    // Rehearse only while the document is on its way, as the type specimen shows.
    startWarmUp(this, this.#parts.locale.resolve(), () => ['loading', 'empty'].includes(this.#parts.documents.state.status));
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    const { documents, locale, views, keys, size } = this.#parts;
    documents.setSource(this);
    const doc = this.timelineDocument;
    locale.resolve(doc?.locale);
    if (!doc) {
      views.clear();
      this.#drawn = undefined;
      return;
    }
    if (!this.#drawn) {
      views.reset(doc.events, this.start, this.end, !this.proportional);
      // An event the page opened with `selected` wins over `initial-event`.
      if (eventIndexOf(doc, this.selected) < 0) this.#parts.story.showInitial(this.initialEvent, this.start !== undefined || this.end !== undefined);
      // A later document of a drawn timeline is an update in place: the reader's view stays.
    } else if (doc !== this.#drawn.document || changed.has('proportional')) views.rescale(doc.events, !this.proportional);
    else if (changed.has('start') || changed.has('end')) views.applyWindow(this.start, this.end);
    if (this.selected !== null && eventIndexOf(doc, this.selected) === -1) this.selected = null;
    if (eventIndexOf(doc, keys.focusId) === -1) keys.focusId = this.selected ?? doc.events[0]?.id ?? null;
    this.#drawn = deriveDrawingState(doc, {
      domain: views.domain, hostWidth: size.width, orientation: this.orientation, compress: !this.proportional,
      locale: locale.locale, rtl: locale.rtl, textScale: size.textScale,
      pinnedIds: [keys.focusId, this.selected],
    }, this.#drawn);
  }

  /** The button goes while loading again; focus it held waits on the region, not the page. */
  readonly #onRetry = (): void => {
    if (this.shadowRoot?.activeElement?.classList.contains('retry')) this.#parts.keys.focusAfterRender('.timeline');
    this.#parts.documents.retry();
  };

  /** Opens the card of event `id` (null closes it) without firing `timeline-select`. */
  select(id: string | null): void {
    this.selected = id;
    if (id !== null) this.#parts.keys.moveTabStop(id);
  }

  /**
   * Shows the window from `start` to `end` (Dates, epoch ms, or document date strings), within the limits.
   * @throws {RangeError} When `start` or `end` is not a valid date; the view is left as it was.
   */
  zoomTo(start: TimeInput, end: TimeInput): void {
    this.#parts.views.zoomTo(start, end);
  }

  /**
   * Zooms in by `factor` (> 1) or out (< 1) around `anchor` (default: the centre).
   * @throws {RangeError} When `factor` is not a finite number above 0 or `anchor` is not a valid date; the view is left as it was.
   */
  zoomBy(factor: number, anchor?: TimeInput): void {
    this.#parts.views.zoomBy(factor, anchor);
  }

  /**
   * Pans by `fraction` of the visible span: positive is later, negative earlier.
   * @throws {RangeError} When `fraction` is not a finite number; the view is left as it was.
   */
  panBy(fraction: number): void {
    this.#parts.views.panBy(fraction);
  }

  /** Shows the whole document again. */
  resetZoom(): void {
    const { views } = this.#parts;
    if (views.limits) views.setFromCode(views.limits.outer);
  }

  protected override render(): TemplateResult {
    const { documents, locale, keys, printing } = this.#parts;
    const current = documents.state;
    const doc = this.timelineDocument;
    const title = doc?.title;
    const strings = locale.strings;
    return html`<div
      class=${this.#drawn?.drawing?.orientation === 'vertical' ? 'timeline vertical' : 'timeline'}
      part="base"
      role="region"
      tabindex="-1"
      dir=${locale.rtl ? 'rtl' : 'ltr'}
      lang=${locale.locale}
      aria-labelledby=${title ? 'timeline-title' : nothing}
      aria-label=${title ? nothing : (this.label ?? localize(strings, 'timeline'))}
      @keydown=${keys.onKeydown}
    >
      ${title ? html`<h2 class="title" id="timeline-title" dir="auto">${title}</h2>` : nothing}
      ${doc?.description ? html`<p class="description" dir="auto">${doc.description}</p>` : nothing}
      ${renderStatus(current, this.#onRetry, strings)}
      ${current.status === 'ready' && this.#drawn ? renderReady(this.#drawn, this.#parts, this.selected) : nothing}
      ${renderTypeSpecimen(current.status === 'loading' || current.status === 'empty')}
      ${doc && this.#drawn && (printing.active || this.#drawn.drawing?.complete) ? renderPrintList(doc, this.#drawn.dateLabels, strings) : nothing}
      ${doc?.source ? renderCredit(doc.source, strings) : nothing}
      <div class="visually-hidden" role="status" aria-live="polite" aria-atomic="true">${this.announcement}</div>
    </div>`;
  }
}
