import { html, nothing, type TemplateResult } from 'lit';

/**
 * The keys, for sighted keyboard users: a button that shows and hides them. Arrow keys
 * follow the layout (↑/↓ when vertical) and the reading direction (mirrored for RTL).
 */
export function renderKeyHelpButton(open: boolean, onToggle: () => void): TemplateResult {
  return html`<button
    type="button"
    class="control key-help-button"
    part="button control-keys"
    aria-expanded=${open ? 'true' : 'false'}
    aria-controls="key-help"
    aria-label="Keyboard shortcuts"
    title="Keyboard shortcuts"
    @click=${onToggle}
  >
    <span aria-hidden="true">?</span>
  </button>`;
}

export function renderKeyHelp(open: boolean, layout: { vertical: boolean; rtl: boolean }): TemplateResult | typeof nothing {
  if (!open) return nothing;
  const [back, forward] = layout.vertical ? ['↑', '↓'] : layout.rtl ? ['→', '←'] : ['←', '→'];
  const rows: ReadonlyArray<readonly [string, string]> = [
    ['Tab', 'Move between the buttons, then into the events'],
    [`${back} ${forward}`, 'Previous or next event'],
    ['Home End', 'First or last event'],
    ['Enter Space', 'Open the event'],
    ['Escape', 'Close the event or this list'],
    ['+ −', 'Zoom in or out'],
    ['0', 'Show everything'],
    ['Page Up Page Down', 'Earlier or later'],
  ];
  return html`<section class="key-help" id="key-help" part="key-help" aria-label="Keyboard shortcuts">
    <dl>
      ${rows.map(([keys, action]) => html`<div class="key-row">
        <dt>${keys.split(' ').map((key) => html`<kbd>${key}</kbd> `)}</dt>
        <dd>${action}</dd>
      </div>`)}
    </dl>
  </section>`;
}
