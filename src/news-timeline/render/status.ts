import { html, nothing, type TemplateResult } from 'lit';
import type { TimelineDocument, TimelineProblem } from '../../core/document/types.js';

/** Problems listed under an error; the rest stay in `problems`. */
const MAX_LISTED_PROBLEMS = 8;

/**
 * The reason in words, then what a producer needs to fix: each problem with its JSON path;
 * with `onRetry`, a button to load the same source again.
 */
export function renderError(message: string, problems: readonly TimelineProblem[], onRetry?: () => void): TemplateResult {
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
    ${onRetry ? html`<button type="button" class="control retry" part="button retry-button" @click=${onRetry}>Try again</button>` : nothing}
  </div>`;
}

export function renderCredit(source: NonNullable<TimelineDocument['source']>): TemplateResult {
  return html`<p class="credit">
    Source: ${source.url ? html`<a href=${source.url} rel="noopener noreferrer">${source.name}</a>` : source.name}
  </p>`;
}
