import { css, html, LitElement } from 'lit';
import { LANGUAGES } from '../languages.js';
import type { EmbedSettings } from './authoring.js';

/** The producer changed a setting. */
export class SettingsChangeEvent extends Event {
  constructor(readonly settings: EmbedSettings) {
    super('settings-change', { bubbles: true, composed: true });
  }
}

const names = new Intl.DisplayNames(['en'], { type: 'language' });
const LOCALES = ['en', ...LANGUAGES].map((tag) => ({ tag, name: names.of(tag) ?? tag }));
const DEFAULT_ACCENT = '#1a5fb4';

/** What a producer chooses beyond the data: the words around it, language, layout, colour and first window. */
export class EditorSettings extends LitElement {
  static override styles = css`
    :host { display: block; }
    h2 { font-size: 1.125rem; margin-block: 1rem 0.5rem; }
    form { display: grid; gap: 0.5rem 1rem; grid-template-columns: repeat(auto-fill, minmax(min(100%, 14rem), 1fr)); }
    label { display: grid; gap: 0.125rem; font-weight: 600; }
    input, select, textarea { font: inherit; font-weight: normal; padding: 0.25rem; min-inline-size: 0; }
    input[type='color'] { padding: 0; block-size: 2rem; inline-size: 4rem; }
    .accent { display: flex; gap: 0.5rem; align-items: end; }
    .hint { font-weight: normal; font-size: 0.8125rem; }
  `;

  static override properties = { settings: { attribute: false } };

  settings: EmbedSettings = {};

  private set(patch: Partial<Record<string, string | undefined>>): void {
    const next: Record<string, unknown> = { ...this.settings };
    for (const [key, value] of Object.entries(patch)) {
      if (value === undefined || value === '') delete next[key];
      else next[key] = value;
    }
    this.settings = next;
    this.dispatchEvent(new SettingsChangeEvent(this.settings));
  }

  private setCredit(part: 'name' | 'url', value: string): void {
    const credit = { name: this.settings.credit?.name ?? '', url: this.settings.credit?.url, [part]: value };
    const next: Record<string, unknown> = { ...this.settings, credit: credit.url ? credit : { name: credit.name } };
    if (!credit.name) delete next.credit;
    this.settings = next;
    this.dispatchEvent(new SettingsChangeEvent(this.settings));
  }

  private field(key: 'title' | 'description' | 'start' | 'end', label: string, hint = '') {
    const value = this.settings[key] ?? '';
    return html`<label>${label}${hint ? html`<span class="hint">${hint}</span>` : ''}
      <input type="text" name=${key} .value=${value} @input=${(e: Event) => this.set({ [key]: (e.target as HTMLInputElement).value })} />
    </label>`;
  }

  override render() {
    const { locale = 'en', orientation = 'auto', accent, credit } = this.settings;
    const text = (e: Event) => (e.target as HTMLInputElement).value;
    return html`
      <h2>Settings</h2>
      <form @submit=${(e: Event) => e.preventDefault()}>
        ${this.field('title', 'Title')}
        ${this.field('description', 'Description')}
        <label>Credit (source name)<input type="text" name="credit" .value=${credit?.name ?? ''} @input=${(e: Event) => this.setCredit('name', text(e))} /></label>
        <label>Credit link<input type="url" name="credit-url" .value=${credit?.url ?? ''} @input=${(e: Event) => this.setCredit('url', text(e))} /></label>
        <label>Language
          <select name="locale" @change=${(e: Event) => this.set({ locale: text(e) === 'en' ? undefined : text(e) })}>
            ${LOCALES.map(({ tag, name }) => html`<option value=${tag} ?selected=${tag === locale}>${name} (${tag})</option>`)}
          </select>
        </label>
        <label>Orientation
          <select name="orientation" @change=${(e: Event) => this.set({ orientation: text(e) === 'auto' ? undefined : text(e) })}>
            ${['auto', 'horizontal', 'vertical'].map((value) => html`<option value=${value} ?selected=${value === orientation}>${value === 'auto' ? 'Automatic (by width)' : value[0].toUpperCase() + value.slice(1)}</option>`)}
          </select>
        </label>
        <div class="accent">
          <label>Accent colour<input type="color" name="accent" .value=${accent ?? DEFAULT_ACCENT} @input=${(e: Event) => this.set({ accent: text(e) })} /></label>
          <button type="button" ?disabled=${!accent} @click=${() => this.set({ accent: undefined })}>Default colour</button>
        </div>
        ${this.field('start', 'First window: from', 'A date such as 2014 or 2014-08')}
        ${this.field('end', 'First window: to', 'A date such as 2015-12-31')}
      </form>
    `;
  }
}
