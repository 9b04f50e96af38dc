import { html, nothing, type TemplateResult } from 'lit';
import { localize, type Strings } from '../../localize/localize.js';

/** The card's Copy link button, and the link to copy by hand when the clipboard refused it. */
export function renderCopyLink(links: { readonly failedLink?: string; readonly onCopy: () => void }, title: string, strings: Strings): TemplateResult {
  return html`<button type="button" class="copy-link" part="button copy-link" @click=${links.onCopy}>${localize(strings, 'copyLink')}</button>
    ${links.failedLink ? html`<label class="event-link">${localize(strings, 'eventLink', { title })} <input readonly .value=${links.failedLink} /></label>` : nothing}`;
}
