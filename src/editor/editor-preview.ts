import { css, html, LitElement, type PropertyValues } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { withSettings, type EmbedSettings } from './authoring.js';
import '../index.js';

type View = 'phone' | 'page';

/**
 * The real <news-timeline> with the producer's document and settings, at a phone's width
 * (390 px) and at the page's: side by side when there is room, one at a time otherwise.
 */
export class EditorPreview extends LitElement {
  static override styles = css`
    :host { display: block; container-type: inline-size; }
    h2 { font-size: 1.125rem; margin-block: 1rem 0.5rem; }
    h3 { font-size: 1rem; margin-block: 0 0.25rem; }
    .views { display: grid; gap: 1rem; grid-template-columns: minmax(0, 1fr); }
    .phone news-timeline { inline-size: 390px; max-inline-size: 100%; }
    figure { margin: 0; min-inline-size: 0; }
    .switch { display: flex; gap: 0.5rem; margin-block-end: 0.5rem; }
    .switch button { padding: 0.375rem 0.75rem; }
    .switch button[aria-pressed='true'] { font-weight: 700; text-decoration: underline; }
    .empty { font-style: italic; }
    @container (max-width: 899px) {
      .hidden { display: none; }
    }
    @container (min-width: 900px) {
      .switch { display: none; }
      .views { grid-template-columns: 390px minmax(0, 1fr); }
    }
  `;

  static override properties = {
    document: { attribute: false },
    settings: { attribute: false },
    view: { state: true },
  };

  /** The document to draw; undefined while there is none. */
  document?: Record<string, unknown>;
  settings: EmbedSettings = {};
  private view: View = 'phone';

  protected override updated(changed: PropertyValues<this>): void {
    if (!changed.has('settings') && !changed.has('document')) return;
    // Through CSSOM, not a style attribute: the page runs under a strict CSP.
    for (const timeline of this.renderRoot.querySelectorAll('news-timeline')) {
      if (this.settings.accent) timeline.style.setProperty('--news-timeline-accent', this.settings.accent);
      else timeline.style.removeProperty('--news-timeline-accent');
    }
  }

  private renderTimeline(view: View, data: Record<string, unknown>) {
    const { locale, orientation, start, end } = this.settings;
    return html`<figure class="${view} ${this.view === view ? '' : 'hidden'}">
      <h3>${view === 'phone' ? 'On a phone (390 px)' : 'At the page’s width'}</h3>
      <news-timeline
        .data=${data}
        locale=${ifDefined(locale || undefined)}
        orientation=${ifDefined(orientation && orientation !== 'auto' ? orientation : undefined)}
        start=${ifDefined(start || undefined)}
        end=${ifDefined(end || undefined)}
        label=${view === 'phone' ? 'Preview on a phone' : 'Preview at the page’s width'}
      ></news-timeline>
    </figure>`;
  }

  private renderSwitch() {
    const button = (view: View, label: string) =>
      html`<button type="button" aria-pressed=${this.view === view ? 'true' : 'false'} @click=${() => (this.view = view)}>${label}</button>`;
    return html`<div class="switch" role="group" aria-label="Preview width">${button('phone', 'Phone')}${button('page', 'Page width')}</div>`;
  }

  override render() {
    const data = this.document ? withSettings(this.document, this.settings) : undefined;
    return html`
      <h2>Preview</h2>
      ${data
        ? html`${this.renderSwitch()}<div class="views">${this.renderTimeline('phone', data)}${this.renderTimeline('page', data)}</div>`
        : html`<p class="empty">The timeline appears here as soon as one row can be drawn.</p>`}
    `;
  }
}
