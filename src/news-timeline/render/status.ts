import { html, nothing, type TemplateResult } from 'lit';
import type { TimelineDocument, TimelineProblem } from '../../core/document/types.js';
import type { DocumentState } from '../../controllers/document-controller.js';
import { localize, type Strings } from '../../localize/localize.js';

/** Problems listed under an error; the rest stay in `problems`. */
const MAX_LISTED_PROBLEMS = 8;

/** The document's state in words while there is no drawing: loading, nothing given yet, or what went wrong. */
export function renderStatus(state: DocumentState, onRetry: () => void, strings: Strings): TemplateResult | typeof nothing {
  if (state.status === 'loading') return html`<p class="status" role="status">${localize(strings, 'loading')}</p>`;
  if (state.status === 'empty') return html`<p class="status">${localize(strings, 'empty')}</p>`;
  if (state.status !== 'error') return nothing;
  return renderError(state.message(strings), state.problems, state.retry ? onRetry : undefined, strings);
}

/**
 * The reason in words, then what a producer needs to fix: each problem with its JSON path;
 * with `onRetry`, a button to load the same source again.
 */
export function renderError(
  message: string,
  problems: readonly TimelineProblem[],
  onRetry: (() => void) | undefined,
  strings: Strings,
): TemplateResult {
  const listed = problems.filter((problem) => problem.severity !== 'fatal');
  const shown = listed.slice(0, MAX_LISTED_PROBLEMS);
  return html`<div class="error" part="error">
    <p role="alert">${message}</p>
    ${shown.length
      ? html`<ul class="problems">
          ${shown.map((problem) => html`<li><code>${problem.path || localize(strings, 'wholeDocument')}</code> ${problem.message}</li>`)}
          ${listed.length > shown.length
            ? html`<li>${localize(strings, 'moreProblems', { count: listed.length - shown.length })
              .split('{problems}')
              .map((part, i) => (i ? html`<code>problems</code>${part}` : part))}</li>`
            : nothing}
        </ul>`
      : nothing}
    ${onRetry ? html`<button type="button" class="control retry" part="button retry-button" @click=${onRetry}>${localize(strings, 'retry')}</button>` : nothing}
  </div>`;
}

export function renderCredit(source: NonNullable<TimelineDocument['source']>, strings: Strings): TemplateResult {
  return html`<p class="credit">
    ${localize(strings, 'source')} ${source.url ? html`<a href=${source.url} rel="noopener noreferrer">${source.name}</a>` : source.name}
  </p>`;
}
