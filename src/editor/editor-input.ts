import { css, html, LitElement } from 'lit';
import { simpleSheetTemplate } from './authoring.js';
import { downloadText } from './download.js';
import { sheetFetchFailure, sheetUrl } from './sheet-url.js';

/** The producer's text changed (typed, pasted, opened, dropped or fetched). */
export class InputChangeEvent extends Event {
  constructor(readonly text: string) {
    super('input-change', { bubbles: true, composed: true });
  }
}

/**
 * Where the producer's data comes in: a text area to paste into, a file to open or drop, or
 * a published Google-Sheets CSV link to fetch. Everything stays in the browser.
 */
export class EditorInput extends LitElement {
  static override styles = css`
    :host { display: block; }
    label { display: block; font-weight: 600; margin-block: 0.5rem 0.25rem; }
    textarea { box-sizing: border-box; inline-size: 100%; min-block-size: 16rem; font: 0.875rem/1.4 ui-monospace, monospace; padding: 0.5rem; resize: vertical; }
    textarea.dragging { outline: 3px dashed currentColor; outline-offset: 2px; }
    .row { display: flex; flex-wrap: wrap; gap: 0.5rem; align-items: end; margin-block: 0.5rem; }
    .row input[type='url'] { flex: 1 1 12rem; min-inline-size: 0; padding: 0.375rem; }
    .hint { margin: 0.25rem 0; font-size: 0.875rem; }
    .file { position: absolute; inline-size: 1px; block-size: 1px; overflow: hidden; clip-path: inset(50%); }
    .file-label { display: inline-block; padding: 0.375rem 0.75rem; border: 1px solid currentColor; border-radius: 4px; cursor: pointer; font-weight: normal; margin: 0; }
    .file:focus-visible + .file-label { outline: 2px solid Highlight; outline-offset: 2px; }
    button { padding: 0.375rem 0.75rem; }
    [role='status'] { margin: 0.25rem 0; }
  `;

  static override properties = {
    value: {},
    fetchMessage: { state: true },
    dragging: { state: true },
  };

  /** The text in the text area. */
  value = '';
  private fetchMessage = '';
  private dragging = false;

  /** Puts the cursor at the start of `line` (1-based) of the text area and scrolls it into view. */
  focusLine(line: number): void {
    const area = this.renderRoot.querySelector('textarea');
    if (!area) return;
    const lines = area.value.split('\n');
    const offset = lines.slice(0, Math.max(0, line - 1)).reduce((sum, text) => sum + text.length + 1, 0);
    area.focus();
    area.setSelectionRange(offset, offset + (lines[line - 1]?.length ?? 0));
    // Scrolls the selected line into view: browsers do it on focus only for the caret they had.
    const lineHeight = area.scrollHeight / Math.max(lines.length, 1);
    area.scrollTop = Math.max(0, (line - 3) * lineHeight);
  }

  private change(text: string): void {
    this.value = text;
    this.dispatchEvent(new InputChangeEvent(text));
  }

  private onInput = (event: Event): void => {
    this.change((event.target as HTMLTextAreaElement).value);
  };

  private onFile = async (event: Event): Promise<void> => {
    const input = event.target as HTMLInputElement;
    const file = input.files?.[0];
    if (file) this.change(await file.text());
    input.value = '';
  };

  private onDragOver = (event: DragEvent): void => {
    event.preventDefault();
    this.dragging = true;
  };

  private onDrop = async (event: DragEvent): Promise<void> => {
    this.dragging = false;
    const file = event.dataTransfer?.files[0];
    // Dropped text is left to the text area, which inserts it where it falls.
    if (!file) return;
    event.preventDefault();
    this.change(await file.text());
  };

  private onFetch = async (event: SubmitEvent): Promise<void> => {
    event.preventDefault();
    const field = (event.target as HTMLFormElement).elements.namedItem('url') as HTMLInputElement;
    const url = sheetUrl(field.value);
    if (!url) {
      this.fetchMessage = 'That is not a web address (it should start with https://).';
      return;
    }
    this.fetchMessage = 'Fetching…';
    try {
      const response = await fetch(url, { credentials: 'omit' });
      if (!response.ok) throw new Error(`the server answered ${response.status}`);
      this.change(await response.text());
      this.fetchMessage = 'Fetched: the sheet is in the text area.';
    } catch (error) {
      this.fetchMessage = sheetFetchFailure(error);
    }
  };

  override render() {
    return html`
      <label for="text">Your timeline: paste a spreadsheet (CSV or TSV), TimelineJS JSON or a news-timeline document</label>
      <textarea
        id="text"
        class=${this.dragging ? 'dragging' : ''}
        spellcheck="false"
        aria-describedby="drop-hint"
        .value=${this.value}
        @input=${this.onInput}
        @dragover=${this.onDragOver}
        @dragleave=${() => (this.dragging = false)}
        @drop=${this.onDrop}
      ></textarea>
      <p class="hint" id="drop-hint">
        You can also drop a .csv, .tsv or .json file here. Sheets may use TimelineJS's template columns or our simpler
        ones (Date, End, Title, Summary, Group, Link, Link label, Image, Image alt, Image credit, Approximate). Nothing
        leaves this browser.
      </p>
      <div class="row">
        <input class="file" id="file" type="file" accept=".csv,.tsv,.txt,.json,text/csv,text/tab-separated-values,application/json" @change=${this.onFile} />
        <label class="file-label" for="file">Open a file…</label>
        <button type="button" @click=${() => downloadText(simpleSheetTemplate(), 'timeline-template.csv', 'text/csv')}>Download a spreadsheet template (CSV)</button>
      </div>
      <form class="row" @submit=${this.onFetch}>
        <div>
          <label for="url">Published Google-Sheets CSV link</label>
          <input id="url" name="url" type="url" inputmode="url" placeholder="https://docs.google.com/spreadsheets/d/e/…/pub?output=csv" />
        </div>
        <button type="submit">Fetch</button>
      </form>
      <p role="status">${this.fetchMessage}</p>
    `;
  }
}
