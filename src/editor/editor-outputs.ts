import { css, html, LitElement } from 'lit';
import { downloadText } from './download.js';
import { embedHtml, iframeSnippet, withSettings, type EmbedSettings } from './authoring.js';

/** The producer edited the address of the standalone file. */
export class BundleUrlChangeEvent extends Event {
  constructor(readonly url: string) {
    super('bundle-url-change', { bubbles: true, composed: true });
  }
}

/** A file name from the title: lower-case words joined by "-", "timeline" when there is none. */
export function jsonFileName(title: unknown): string {
  const slug = typeof title === 'string' ? title.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 60) : '';
  return `${slug || 'timeline'}.json`;
}

/**
 * What the producer takes away, each with a Copy button whose result is announced: the
 * HTML block, the iframe snippet, and the document as a .json file.
 */
export class EditorOutputs extends LitElement {
  static override styles = css`
    :host { display: block; }
    h2 { font-size: 1.125rem; margin-block: 1rem 0.5rem; }
    h3 { font-size: 1rem; margin-block: 1rem 0.25rem; }
    label { display: grid; gap: 0.125rem; font-weight: 600; margin-block: 0.25rem; }
    input { font: inherit; font-weight: normal; padding: 0.25rem; min-inline-size: 0; }
    textarea { box-sizing: border-box; inline-size: 100%; block-size: 9rem; font: 0.8125rem/1.4 ui-monospace, monospace; }
    .actions { display: flex; flex-wrap: wrap; gap: 0.5rem; margin-block: 0.25rem; }
    button { padding: 0.375rem 0.75rem; }
    p { margin: 0.25rem 0; }
  `;

  static override properties = {
    document: { attribute: false },
    settings: { attribute: false },
    bundleUrl: { attribute: 'bundle-url' },
    documentUrl: { state: true },
    embedUrl: { state: true },
    announcement: { state: true },
  };

  document?: Record<string, unknown>;
  settings: EmbedSettings = {};
  /** Where the published page loads news-timeline.bundle.js from. */
  bundleUrl = '';
  private documentUrl = 'https://example.org/data/timeline.json';
  private embedUrl = '';
  private announcement = '';

  private async copy(what: string, text: string): Promise<void> {
    this.announcement = '';
    try {
      await navigator.clipboard.writeText(text);
      // A changed text is what a live region reads: clear first, so a second copy is announced too.
      await this.updateComplete;
      this.announcement = `Copied ${what}.`;
    } catch {
      await this.updateComplete;
      this.announcement = `Could not copy ${what}: select its text and press Ctrl+C (⌘C on a Mac).`;
    }
  }

  private defaultEmbedUrl(): string {
    try {
      return new URL('embed.html', this.bundleUrl).href;
    } catch {
      return 'embed.html';
    }
  }

  private renderCode(id: string, label: string, what: string, code: string) {
    return html`<textarea id=${id} readonly aria-label=${label} .value=${code}></textarea>
      <div class="actions"><button type="button" @click=${() => this.copy(what, code)}>Copy ${what}</button></div>`;
  }

  override render() {
    if (!this.document) {
      return html`<h2>Embed code</h2><p>The embed code appears here once the timeline has events.</p><p role="status"></p>`;
    }
    const full = withSettings(this.document, this.settings);
    const json = `${JSON.stringify(full, null, 2)}\n`;
    const name = jsonFileName(full.title);
    const embedUrl = this.embedUrl || this.defaultEmbedUrl();
    const parentScriptUrl = new URL('embed-parent.js', new URL(embedUrl, document.baseURI)).href;
    const title = typeof full.title === 'string' ? full.title : '';
    return html`
      <h2>Embed code</h2>
      <h3 id="html-heading">1. HTML block</h3>
      <p>Paste into your page: the timeline, with a plain list for readers without JavaScript.</p>
      <label>Address of news-timeline.bundle.js
        <input type="url" name="bundle-url" .value=${this.bundleUrl} @change=${(e: Event) => {
          this.bundleUrl = (e.target as HTMLInputElement).value;
          this.dispatchEvent(new BundleUrlChangeEvent(this.bundleUrl));
        }} />
      </label>
      ${this.renderCode('html-code', 'HTML block', 'the HTML block', embedHtml(this.document, this.settings, { bundleUrl: this.bundleUrl }))}
      <h3>2. Iframe</h3>
      <p>For pages that do not allow scripts: publish the .json file (3.) on the same site as embed.html (the embed reads documents from its own site only, unless its <code>news-timeline-allowed-origins</code> tag names others), then paste this.</p>
      <label>Address of the published .json file
        <input type="url" name="document-url" .value=${this.documentUrl} @change=${(e: Event) => (this.documentUrl = (e.target as HTMLInputElement).value)} />
      </label>
      <label>Address of embed.html
        <input type="url" name="embed-url" .value=${embedUrl} @change=${(e: Event) => (this.embedUrl = (e.target as HTMLInputElement).value)} />
      </label>
      ${this.renderCode('iframe-code', 'Iframe snippet', 'the iframe snippet', iframeSnippet({ embedUrl, documentUrl: this.documentUrl, parentScriptUrl, title }))}
      <h3>3. The document</h3>
      ${this.renderCode('json-code', 'Timeline document (JSON)', 'the JSON', json)}
      <div class="actions"><button type="button" @click=${() => downloadText(json, name, 'application/json')}>Download ${name}</button></div>
      <p role="status">${this.announcement}</p>
    `;
  }
}
