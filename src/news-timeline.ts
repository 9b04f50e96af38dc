import { html, LitElement, nothing, svg, type PropertyValues, type TemplateResult } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { styles } from './news-timeline.styles.js';
import { DocumentController, type DocumentSource } from './controllers/document-controller.js';
import { ResizeController } from './controllers/resize-controller.js';
import { position } from './directives/position.js';
import { documentDomain, type TimeDomain } from './core/scale.js';
import { resolveLocale, formatEventDate } from './core/format.js';
import { htmlDatetime } from './core/dates.js';
import { deriveTimelineView, type TimelineView, type ViewItem } from './core/view.js';
import type { TimelineDocument, TimelineEvent, TimelineProblem } from './core/types.js';
import { TimelineErrorEvent, TimelineLoadEvent, TimelineSelectEvent } from './events.js';

/** Plot geometry in CSS px; labels' widths come from core/layout. */
const PLOT_PADDING_X = 16;
const ROW_HEIGHT = 76;
const LABEL_HEIGHT = 62;
const AXIS_GAP = 14;
const AXIS_HEIGHT = 34;
const MARKER_RADIUS = 6;
/** Problems listed under an error; the rest stay in `problems`. */
const MAX_LISTED_PROBLEMS = 8;

/**
 * An accessible, zoomable, time-proportional timeline of dated events.
 *
 * @summary Draws a dated-event JSON document as a timeline: an ordered list of events on a d3 time axis.
 *
 * @event timeline-select - A reader opened or closed an event's card. `detail: { id, event }`. Not fired when code sets `selected`.
 * @event timeline-load - A document was read and drawn. `detail: { document, problems }`.
 * @event timeline-error - The document could not be loaded or has no usable event. `detail: { message, problems }`.
 *
 * @slot - Fallback content for readers without JavaScript (e.g. a plain `<ol>` of events); hidden once the element runs. An inline `<script type="application/json">` child is read as the document.
 *
 * @csspart base - The region wrapping the whole timeline.
 * @csspart axis - The decorative SVG axis with ticks, stems and markers.
 * @csspart tick - A tick mark on the axis.
 * @csspart tick-label - A tick's label.
 * @csspart span - The bar of an event with an `end`.
 * @csspart event - An event's label button.
 * @csspart event-selected - The label button of the open event.
 * @csspart card - The open event's card.
 * @csspart button - Every button.
 * @csspart close-button - The card's close button.
 * @csspart error - The error message box.
 *
 * @cssproperty --news-timeline-accent - Markers, spans, selection and focus ring.
 * @cssproperty --news-timeline-text - Main text colour.
 * @cssproperty --news-timeline-muted - Dates, tick labels and secondary text.
 * @cssproperty --news-timeline-background - Background of the timeline and labels.
 * @cssproperty --news-timeline-card-background - Background of the event card.
 * @cssproperty --news-timeline-line - Axis, ticks, stems and label borders.
 * @cssproperty --news-timeline-radius - Corner radius of labels and the card.
 * @cssproperty --news-timeline-marker-size - Diameter of event markers.
 * @cssproperty --news-timeline-font-family - Font of all text (inherits the page's by default).
 */
export class NewsTimeline extends LitElement {
  static override styles = styles;

  /** URL of a timeline document; a new value cancels the previous fetch. */
  @property({ reflect: true }) src?: string;

  /** A timeline document object; wins over `src` and inline JSON. */
  @property({ attribute: false }) data?: unknown;

  /** BCP 47 locale of dates and labels; default: the document's, then the page's `lang`, then the browser's. */
  @property({ reflect: true }) locale?: string;

  /** Accessible name when the document has no title. */
  @property({ reflect: true }) label?: string;

  /** Id of the event whose card is open; setting it opens the card without firing `timeline-select`. */
  @property({ reflect: true }) selected: string | null = null;

  @query('.card') private cardElement?: HTMLElement;

  /** Id of the event that holds the list's single tab stop. */
  @state() private focusId: string | null = null;

  private readonly documents = new DocumentController(this);
  private readonly size = new ResizeController(this);

  /** What render() draws, derived in willUpdate(). */
  private layout: TimelineView | undefined;
  private layoutDocument: TimelineDocument | undefined;
  private resolvedLocale = 'en-GB';
  private domain: TimeDomain | undefined;
  private inlineUsed: string | undefined;
  private announced: unknown;
  private pendingFocus: 'card' | 'event' | undefined;

  /** The visible time window, or null before a document is drawn. */
  get view(): { readonly start: Date; readonly end: Date } | null {
    return this.domain ? { start: new Date(this.domain[0]), end: new Date(this.domain[1]) } : null;
  }

  /** Problems found in the current document: events left out, parts ignored. */
  get problems(): readonly TimelineProblem[] {
    const current = this.documents.state;
    return current.status === 'ready' || current.status === 'error' ? current.problems : [];
  }

  /** The parsed document being shown, if any. */
  get timelineDocument(): TimelineDocument | undefined {
    const current = this.documents.state;
    return current.status === 'ready' ? current.document : undefined;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('data') || changed.has('src') || this.documents.inlineText !== this.inlineUsed) {
      this.inlineUsed = this.documents.inlineText;
      this.documents.load(this.chooseSource());
    }
    const doc = this.timelineDocument;
    this.resolvedLocale = resolveLocale(
      this.locale,
      doc?.locale,
      this.closest('[lang]')?.getAttribute('lang'),
      globalThis.navigator?.language,
    );
    if (!doc) {
      this.domain = undefined;
      this.layout = undefined;
      this.layoutDocument = undefined;
      return;
    }
    if (doc !== this.layoutDocument) {
      this.layoutDocument = doc;
      this.domain = documentDomain(doc.events);
    }
    if (this.selected !== null && !doc.events.some((event) => event.id === this.selected)) this.selected = null;
    if (this.focusId === null || !doc.events.some((event) => event.id === this.focusId)) {
      this.focusId = this.selected ?? doc.events[0]?.id ?? null;
    }
    const width = Math.max(0, this.size.width - 2 * PLOT_PADDING_X);
    this.layout = width > 0 && this.domain
      ? deriveTimelineView(doc, { domain: this.domain, width, locale: this.resolvedLocale })
      : undefined;
  }

  protected override updated(): void {
    const current = this.documents.state;
    if (current !== this.announced && (current.status === 'ready' || current.status === 'error')) {
      this.announced = current;
      if (current.status === 'ready') {
        if (current.problems.length > 0) {
          console.warn(`<news-timeline>: ${current.problems.length} problem(s) in the document`, current.problems);
        }
        this.dispatchEvent(new TimelineLoadEvent({ document: current.document, problems: current.problems }));
      } else {
        this.dispatchEvent(new TimelineErrorEvent({ message: current.message, problems: current.problems }));
      }
    }
    if (this.pendingFocus === 'card') this.cardElement?.focus();
    if (this.pendingFocus === 'event') this.eventButton(this.focusId)?.focus();
    this.pendingFocus = undefined;
  }

  /** `data` wins, then `src`, then inline JSON; with none of them the element is empty. */
  private chooseSource(): DocumentSource {
    if (this.data !== undefined && this.data !== null) return { kind: 'data', value: this.data };
    if (this.src) return { kind: 'src', url: this.src };
    if (this.documents.inlineText !== undefined) return { kind: 'inline', text: this.documents.inlineText };
    return { kind: 'none' };
  }

  private eventButton(id: string | null): HTMLButtonElement | null {
    if (id === null) return null;
    return this.renderRoot.querySelector<HTMLButtonElement>(`button[data-id="${CSS.escape(id)}"]`);
  }

  private findEvent(id: string | null): TimelineEvent | undefined {
    return id === null ? undefined : this.timelineDocument?.events.find((event) => event.id === id);
  }

  private readonly onEventClick = (clicked: MouseEvent): void => {
    const id = (clicked.currentTarget as HTMLElement).dataset.id ?? null;
    const next = this.selected === id ? null : id;
    this.focusId = id;
    this.selected = next;
    this.pendingFocus = next === null ? undefined : 'card';
    this.dispatchEvent(new TimelineSelectEvent({ id: next, event: this.findEvent(next) ?? null }));
  };

  private readonly onListKeydown = (keyboard: KeyboardEvent): void => {
    const events = this.timelineDocument?.events;
    if (!events?.length || keyboard.altKey || keyboard.ctrlKey || keyboard.metaKey) return;
    const current = events.findIndex((event) => event.id === this.focusId);
    const last = events.length - 1;
    const target = {
      ArrowRight: Math.min(last, current + 1),
      ArrowLeft: Math.max(0, current - 1),
      Home: 0,
      End: last,
    }[keyboard.key];
    if (target === undefined) return;
    keyboard.preventDefault();
    this.focusId = events[target].id;
    this.pendingFocus = 'event';
  };

  private readonly onFocusIn = (focus: FocusEvent): void => {
    // A click or Tab onto a label moves the single tab stop with it.
    const id = (focus.target as HTMLElement).dataset?.id;
    if (id !== undefined && id !== this.focusId) this.focusId = id;
  };

  private readonly onKeydown = (keyboard: KeyboardEvent): void => {
    if (keyboard.key === 'Escape' && this.selected !== null) {
      keyboard.preventDefault();
      this.closeCard();
    }
  };

  private closeCard(): void {
    this.focusId = this.selected;
    this.selected = null;
    this.pendingFocus = 'event';
    this.dispatchEvent(new TimelineSelectEvent({ id: null, event: null }));
  }

  private readonly onCloseClick = (): void => this.closeCard();

  /** Opens the card of event `id` (null closes it) without firing `timeline-select`. */
  select(id: string | null): void {
    this.selected = id;
    if (id !== null) this.focusId = id;
  }

  protected override render(): TemplateResult {
    const current = this.documents.state;
    const doc = this.timelineDocument;
    const title = doc?.title;
    return html`<div
      class="timeline"
      part="base"
      role="region"
      aria-labelledby=${title ? 'timeline-title' : nothing}
      aria-label=${title ? nothing : (this.label ?? 'Timeline')}
      @keydown=${this.onKeydown}
    >
      ${title ? html`<h2 class="title" id="timeline-title">${title}</h2>` : nothing}
      ${doc?.description ? html`<p class="description">${doc.description}</p>` : nothing}
      ${current.status === 'loading' ? html`<p class="status" role="status">Loading timeline…</p>` : nothing}
      ${current.status === 'empty' ? html`<p class="status">No timeline to show yet.</p>` : nothing}
      ${current.status === 'error' ? this.renderError(current.message, current.problems) : nothing}
      ${current.status === 'ready' ? this.renderPlot() : nothing} ${this.renderCard()}
      ${doc?.source ? this.renderCredit(doc.source) : nothing}
    </div>`;
  }

  /** The reason in words, then what a producer needs to fix: each problem with its JSON path. */
  private renderError(message: string, problems: readonly TimelineProblem[]): TemplateResult {
    const listed = problems.filter((problem) => problem.severity !== 'fatal');
    const shown = listed.slice(0, MAX_LISTED_PROBLEMS);
    return html`<div class="error" part="error">
      <p role="alert">${message}</p>
      ${shown.length
        ? html`<ul class="problems">
            ${shown.map((problem) => html`<li><code>${problem.path || '(document)'}</code> ${problem.message}</li>`)}
            ${listed.length > shown.length
              ? html`<li>…and ${listed.length - shown.length} more (see the element's <code>problems</code>).</li>`
              : nothing}
          </ul>`
        : nothing}
    </div>`;
  }

  private plotHeight(rowCount: number): number {
    return rowCount * ROW_HEIGHT + AXIS_GAP + AXIS_HEIGHT;
  }

  private renderPlot(): TemplateResult | typeof nothing {
    const view = this.layout;
    if (!view) return nothing;
    return html`<div class="plot" ${position({ height: this.plotHeight(view.rowCount) })}>
      ${this.renderAxis(view)} ${this.renderEvents(view)}
    </div>`;
  }

  /** Decorative: the list carries every event's date and title for assistive technology. */
  private renderAxis(view: TimelineView): TemplateResult {
    const axisY = view.rowCount * ROW_HEIGHT + AXIS_GAP;
    const rowTop = (row: number) => (view.rowCount - 1 - row) * ROW_HEIGHT;
    return html`<svg
      class="axis"
      part="axis"
      aria-hidden="true"
      width=${view.width}
      height=${this.plotHeight(view.rowCount)}
    >
      ${view.items.map(
        (item) => svg`<line class="stem" x1=${item.anchorX} x2=${item.anchorX}
          y1=${rowTop(item.row) + LABEL_HEIGHT} y2=${axisY}></line>`,
      )}
      <line class="axis-line" x1="0" x2=${view.width} y1=${axisY} y2=${axisY}></line>
      ${view.ticks.map(
        (tick) => svg`<g transform="translate(${tick.x},${axisY})">
          <line class="tick-mark" part="tick" y2="6"></line>
          <text class="tick-label" part="tick-label" y="22" text-anchor="middle">${tick.label}</text>
        </g>`,
      )}
      ${view.items.map((item) =>
        item.bar
          ? svg`<rect class="span" part="span" x=${item.bar.left} width=${item.bar.width}
              y=${rowTop(item.row) + LABEL_HEIGHT + 4} height="6" rx="3"></rect>`
          : nothing,
      )}
      ${view.items.map(
        (item) => svg`<circle class=${item.event.id === this.selected ? 'marker selected' : 'marker'}
          cx=${item.anchorX} cy=${axisY} r=${MARKER_RADIUS}></circle>`,
      )}
    </svg>`;
  }

  private renderEvents(view: TimelineView): TemplateResult {
    return html`<ol class="events" role="list" @keydown=${this.onListKeydown} @focusin=${this.onFocusIn}>
      ${view.items.map((item) => this.renderEvent(item, view))}
    </ol>`;
  }

  private renderEvent(item: ViewItem, view: TimelineView): TemplateResult {
    const { event } = item;
    const open = event.id === this.selected;
    return html`<li
      class="event"
      ${position({
        left: item.labelLeft,
        top: (view.rowCount - 1 - item.row) * ROW_HEIGHT,
        width: item.labelWidth,
        height: LABEL_HEIGHT,
      })}
    >
      <button
        type="button"
        part=${open ? 'button event event-selected' : 'button event'}
        data-id=${event.id}
        tabindex=${event.id === this.focusId ? 0 : -1}
        aria-expanded=${open ? 'true' : 'false'}
        aria-controls=${open ? 'card' : nothing}
        @click=${this.onEventClick}
      >
        <time datetime=${item.datetime ?? nothing}>${item.dateLabel}</time>
        <span class="event-title">${event.title}</span>
      </button>
    </li>`;
  }

  private renderCard(): TemplateResult | typeof nothing {
    const event = this.findEvent(this.selected);
    if (!event) return nothing;
    const datetime = htmlDatetime(event.date);
    return html`<section class="card" id="card" part="card" aria-labelledby="card-title" tabindex="-1">
      <time datetime=${datetime ?? nothing}>${formatEventDate(event, this.resolvedLocale)}</time>
      <h3 id="card-title">${event.title}</h3>
      ${event.media
        ? html`<figure>
            <img src=${event.media.url} alt=${event.media.alt} loading="lazy" />
            ${event.media.credit ? html`<figcaption>${event.media.credit}</figcaption>` : nothing}
          </figure>`
        : nothing}
      ${event.summary ? html`<p>${event.summary}</p>` : nothing}
      ${event.links.length
        ? html`<ul class="links">
            ${event.links.map((link) => html`<li><a href=${link.url} rel="noopener noreferrer">${link.label}</a></li>`)}
          </ul>`
        : nothing}
      <button type="button" class="close" part="button close-button" aria-label="Close ${event.title}" @click=${this.onCloseClick}>
        <span aria-hidden="true">×</span>
      </button>
    </section>`;
  }

  private renderCredit(source: NonNullable<TimelineDocument['source']>): TemplateResult {
    return html`<p class="credit">
      Source: ${source.url ? html`<a href=${source.url} rel="noopener noreferrer">${source.name}</a>` : source.name}
    </p>`;
  }
}
