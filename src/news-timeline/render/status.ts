import { html, nothing, type TemplateResult } from 'lit';
import type { TimelineDocument, TimelineProblem } from '../../core/document/types.js';
import { en } from '../../localize/en.js';
import { localize, type Strings } from '../../localize/localize.js';

/** Problems listed under an error; the rest stay in `problems`. */
const MAX_LISTED_PROBLEMS = 8;

/**
 * The reason in words, then what a producer needs to fix: each problem with its JSON path;
 * with `onRetry`, a button to load the same source again.
 */
export function renderError(
  message: string,
  problems: readonly TimelineProblem[],
  onRetry?: () => void,
  strings: Strings = en,
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

export function renderCredit(source: NonNullable<TimelineDocument['source']>, strings: Strings = en): TemplateResult {
  return html`<p class="credit">
    ${localize(strings, 'source')} ${source.url ? html`<a href=${source.url} rel="noopener noreferrer">${source.name}</a>` : source.name}
  </p>`;
}

/**
 * A line of digits and Latin letters in each text style the drawn timeline uses, laid out
 * (invisibly, inert) while the document is on its way. The first text of a size and weight
 * makes the browser look up that font (on Linux, a round trip to the browser process each),
 * and the first use of each glyph at that size loads its metrics: about 10 ms for a
 * 1,000-event first render here, which otherwise falls on the reader's wait once the
 * document arrives.
 */
export function renderTypeSpecimen(): TemplateResult {
  const text = SPECIMEN_TEXT;
  return html`<div class="type-specimen visually-hidden" aria-hidden="true" inert>
    <h2 class="title">${text}</h2>
    <button class="control key-help-button">${text}</button>
    <div class="events"><div class="event"><button><time>${text}</time><span class="event-title">${text}</span></button></div></div>
    <svg class="axis"><text class="tick-label">${text}</text></svg>
    <button class="cluster">${text}</button>
    <div class="lane-label">${text}</div>
  </div>`;
}

/** Digits, Latin letters and the punctuation of dates: the glyphs most labels are made of. */
const SPECIMEN_TEXT = '0123456789 abcdefghijklmnopqrstuvwxyz ABCDEFGHIJKLMNOPQRSTUVWXYZ .,:;–-+()\'"?!';
