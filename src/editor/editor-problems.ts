import { css, html, LitElement, nothing } from 'lit';
import type { InputProblem } from './authoring.js';

/** The producer chose a problem: its line of the text area should get the cursor. */
export class ProblemSelectEvent extends Event {
  constructor(readonly line: number) {
    super('problem-select', { bubbles: true, composed: true });
  }
}

const SEVERITY = { fatal: 'Cannot read', error: 'Left out', warning: 'Note' } as const;
const ORDER = { fatal: 0, error: 1, warning: 2 } as const;

/**
 * Every problem the reader found, as a producer sees it in the spreadsheet: row, column and
 * the cell's text. A problem with a line is a button that puts the cursor there.
 */
export class EditorProblems extends LitElement {
  static override styles = css`
    :host { display: block; }
    h2 { font-size: 1.125rem; margin-block: 1rem 0.5rem; }
    ol { margin: 0; padding: 0; list-style: none; display: grid; gap: 0.375rem; }
    li { border-inline-start: 4px solid var(--editor-warning, #8a5a00); padding-inline-start: 0.5rem; }
    li.error, li.fatal { border-color: var(--editor-error, #b3261e); }
    button { all: unset; cursor: pointer; display: block; text-decoration: underline; text-underline-offset: 2px; }
    button:focus-visible { outline: 2px solid currentColor; outline-offset: 2px; }
    .severity { font-weight: 600; }
    .cell { display: block; font-size: 0.875rem; overflow-wrap: anywhere; }
    p { margin: 0.25rem 0; }
  `;

  static override properties = { problems: { attribute: false }, empty: { attribute: false } };

  problems: readonly InputProblem[] = [];
  /** Nothing has been entered yet: no verdict to give. */
  empty = true;

  /** What leaves rows out comes first; the sheet's order within each kind (the sort is stable). */
  private sorted(): InputProblem[] {
    return [...this.problems].sort((a, b) => ORDER[a.severity] - ORDER[b.severity]);
  }

  private renderProblem(problem: InputProblem) {
    const text = html`<span class="severity">${SEVERITY[problem.severity]}:</span> ${problem.message}
      ${problem.value === undefined ? nothing : html`<span class="cell">${problem.value === '' ? 'The cell is empty.' : html`Cell: “${problem.value}”`}</span>`}`;
    const line = problem.line;
    return html`<li class=${problem.severity}>
      ${line === undefined ? text : html`<button type="button" @click=${() => this.dispatchEvent(new ProblemSelectEvent(line))}>${text}</button>`}
    </li>`;
  }

  override render() {
    const count = this.problems.length;
    return html`
      <h2 id="heading">Problems${this.empty ? '' : ` (${count})`}</h2>
      ${this.empty
        ? html`<p>Paste or open your data above; anything wrong with it is listed here by row and column.</p>`
        : count === 0
          ? html`<p>No problems: every row is in the timeline.</p>`
          : html`<p>Rows with an error are left out; every other row is still drawn. Choose a problem to go to its line.</p>
              <ol aria-labelledby="heading">${this.sorted().map((problem) => this.renderProblem(problem))}</ol>`}
    `;
  }
}
