import { html, nothing, type TemplateResult } from 'lit';
import type { TimelineDocument, TimelineProblem } from '../core/types.js';

/** Problems listed under an error; the rest stay in `problems`. */
const MAX_LISTED_PROBLEMS = 8;

/** The reason in words, then what a producer needs to fix: each problem with its JSON path. */
export function renderError(message: string, problems: readonly TimelineProblem[]): TemplateResult {
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
  </div>`;
}

export function renderCredit(source: NonNullable<TimelineDocument['source']>): TemplateResult {
  return html`<p class="credit">
    Source: ${source.url ? html`<a href=${source.url} rel="noopener noreferrer">${source.name}</a>` : source.name}
  </p>`;
}

/**
 * One character in each text style the drawn timeline uses, laid out (invisibly, inert) while
 * the document is on its way: the first text of a size and weight makes the browser look
 * up that font (on Linux, a round trip to the browser process for each one, about 8 ms for
 * all of them here), which otherwise falls on the reader's wait once the document arrives.
 */
export function renderTypeSpecimen(): TemplateResult {
  return html`<div class="type-specimen visually-hidden" aria-hidden="true" inert>
    <h2 class="title">A</h2>
    <button type="button" class="control key-help-button" disabled>?</button>
    <div class="events"><div class="event"><button type="button" disabled><time>1</time><span class="event-title">A</span></button></div></div>
    <svg class="axis"><text class="tick-label">1</text></svg>
    <button type="button" class="cluster" disabled>+1</button>
    <div class="lane-label">A</div>
  </div>`;
}
