import { html, nothing, type TemplateResult } from 'lit';
import type { TimelineDocument } from '../../core/document/types.js';
import type { DateLabelList } from '../../core/layout/drawing.js';
import { localize, type Strings } from '../../localize/localize.js';

/**
 * What a printed page shows instead of the interactive drawing: every event in order with
 * its date, title, summary and links. Hidden on screen (display: none, so it is not read
 * twice); the print stylesheet swaps it in.
 */
export function renderPrintList(document: TimelineDocument, dateLabels: DateLabelList, strings: Strings): TemplateResult {
  return html`<ol class="print-list">
    ${document.events.map(
      (event, i) => html`<li>
        <p class="print-date">${dateLabels.at(i)}</p>
        <p class="print-title" dir="auto">${event.title}</p>
        ${event.summary ? html`<p class="print-summary" dir="auto">${event.summary}</p>` : nothing}
        ${event.links.map((link) => html`<p class="print-link">${localize(strings, 'printLink', { label: link.label, url: link.url })}</p>`)}
      </li>`,
    )}
  </ol>`;
}
