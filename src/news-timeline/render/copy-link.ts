import { html, nothing, type TemplateResult } from 'lit';
import type { TimelineEvent } from '../../core/document/types.js';
import { localize, type Strings } from '../../localize/localize.js';
import type { Permalinks } from '../../permalinks/permalinks.js';

/** The card's Copy link button, and the link to copy by hand when the clipboard refused it. */
export function renderCopyLink(links: Permalinks, event: TimelineEvent, strings: Strings): TemplateResult {
  const failed = links.failedLink(event.id);
  return html`<button type="button" class="control copy-link" part="button copy-link" @click=${links.copy}>${localize(strings, 'copyLink')}</button>
    ${failed ? html`<label class="event-link">${localize(strings, 'eventLink', { title: event.title })} <input readonly .value=${failed} /></label>` : nothing}`;
}
