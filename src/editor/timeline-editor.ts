import { css, html, LitElement } from 'lit';
import { readTimelineInput, type EmbedSettings, type InputResult } from './authoring.js';
import { clearDraft, loadDraft, saveDraft } from './storage.js';
import type { InputChangeEvent, EditorInput } from './editor-input.js';
import type { ProblemSelectEvent } from './editor-problems.js';
import type { SettingsChangeEvent } from './editor-settings.js';
import type { BundleUrlChangeEvent } from './editor-outputs.js';

/** How long typing must pause before the preview redraws. */
export const PREVIEW_DELAY_MS = 300;

const NOTHING: InputResult = { kind: undefined, document: undefined, problems: [] };

/**
 * The authoring page: data in, problems by row, a live preview, settings, and the embed code
 * out. Everything runs in this browser; the draft is kept in its localStorage.
 */
export class TimelineEditor extends LitElement {
  static override styles = css`
    :host { display: block; }
    .panels { display: grid; gap: 0 2rem; grid-template-columns: minmax(0, 1fr); }
    @media (min-width: 60rem) { .panels { grid-template-columns: minmax(0, 3fr) minmax(0, 2fr); } }
    .start { display: flex; flex-wrap: wrap; gap: 0.5rem; margin-block: 0.5rem; }
    button { padding: 0.375rem 0.75rem; }
    p[role='status']:empty { margin: 0; }
    dialog { max-inline-size: min(30rem, calc(100vw - 2rem)); }
    dialog .answers { display: flex; gap: 0.5rem; justify-content: end; }
  `;

  static override properties = {
    exampleUrl: { attribute: 'example-url' },
    text: { state: true },
    settings: { state: true },
    bundleUrl: { state: true },
    result: { state: true },
    pendingConfirm: { state: true },
    notice: { state: true },
  };

  /** The article timeline offered by "Start from the example". */
  exampleUrl = new URL('./example.json', document.baseURI).href;
  private text = '';
  private settings: EmbedSettings = {};
  private bundleUrl = '';
  private result: InputResult = NOTHING;
  private pendingConfirm?: { readonly message: string; readonly yes: string; readonly action: () => void | Promise<void> };
  private timer?: ReturnType<typeof setTimeout>;
  private notice = '';

  override connectedCallback(): void {
    super.connectedCallback();
    const draft = loadDraft();
    this.text = draft.text;
    this.settings = draft.settings;
    this.bundleUrl = draft.bundleUrl ?? new URL('./news-timeline.bundle.js', document.baseURI).href;
    this.result = readTimelineInput(this.text);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.timer);
  }

  private save(): void {
    saveDraft({ text: this.text, settings: this.settings, bundleUrl: this.bundleUrl });
  }

  private setText(text: string, delay = PREVIEW_DELAY_MS): void {
    this.text = text;
    this.save();
    clearTimeout(this.timer);
    // The preview waits for a pause in typing: every keystroke would redraw two timelines.
    this.timer = setTimeout(() => (this.result = readTimelineInput(this.text)), delay);
  }

  private confirm(message: string, yes: string, action: () => void | Promise<void>): void {
    this.pendingConfirm = { message, yes, action };
    void this.updateComplete.then(() => this.renderRoot.querySelector('dialog')?.showModal());
  }

  // On the buttons, not the dialog's close event: that one is queued, so a quick second
  // request could be answered by the first one's Cancel.
  private answer = async (yes: boolean): Promise<void> => {
    this.renderRoot.querySelector('dialog')?.close();
    if (yes) await this.pendingConfirm?.action();
  };

  private startOver(): void {
    clearDraft();
    this.settings = {};
    this.setText('', 0);
    this.result = NOTHING;
  }

  private async loadExample(): Promise<void> {
    this.notice = '';
    try {
      const response = await fetch(this.exampleUrl);
      if (!response.ok) throw new Error(`the server answered ${response.status}`);
      this.setText(`${JSON.stringify(await response.json(), null, 2)}\n`, 0);
    } catch (error) {
      this.notice = `The example could not be loaded: ${error instanceof Error ? error.message : String(error)}.`;
    }
  }

  private withConfirm(message: string, yes: string, action: () => void | Promise<void>): void {
    if (this.text.trim() === '') void action();
    else this.confirm(message, yes, action);
  }

  private focusLine = (event: ProblemSelectEvent): void => {
    this.renderRoot.querySelector<EditorInput>('editor-input')?.focusLine(event.line);
  };

  override render() {
    const { document, problems } = this.result;
    return html`
      <div class="start">
        <button type="button" @click=${() => this.withConfirm('Replace your draft with the example timeline?', 'Yes, replace it', () => this.loadExample())}>Start from the example</button>
        <button type="button" @click=${() => this.withConfirm('Start over? Your draft and settings will be deleted from this browser.', 'Yes, start over', () => this.startOver())}>Start over</button>
      </div>
      <p role="status">${this.notice}</p>
      <div class="panels">
        <div>
          <editor-input .value=${this.text} @input-change=${(e: InputChangeEvent) => this.setText(e.text)}></editor-input>
          <editor-problems .problems=${problems} .empty=${this.result === NOTHING || this.text.trim() === ''} @problem-select=${this.focusLine}></editor-problems>
        </div>
        <editor-settings .settings=${this.settings} @settings-change=${(e: SettingsChangeEvent) => {
          this.settings = e.settings;
          this.save();
        }}></editor-settings>
      </div>
      <editor-preview .document=${document} .settings=${this.settings}></editor-preview>
      <editor-outputs .document=${document} .settings=${this.settings} .bundleUrl=${this.bundleUrl} @bundle-url-change=${(e: BundleUrlChangeEvent) => {
        this.bundleUrl = e.url;
        this.save();
      }}></editor-outputs>
      <dialog aria-labelledby="confirm-text">
        <p id="confirm-text">${this.pendingConfirm?.message ?? ''}</p>
        <div class="answers">
          <button type="button" autofocus @click=${() => this.answer(false)}>Cancel</button>
          <button type="button" @click=${() => this.answer(true)}>${this.pendingConfirm?.yes ?? 'Yes'}</button>
        </div>
      </dialog>
    `;
  }
}
