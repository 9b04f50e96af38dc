import { html, nothing, type TemplateResult } from 'lit';
import { localize, type Strings, type TextKey } from '../../localize/localize.js';

/**
 * The keys, for sighted keyboard users: a button that shows and hides them. Arrow keys
 * follow the layout (↑/↓ when vertical) and the reading direction (mirrored for RTL).
 */
export function renderKeyHelpButton(open: boolean, onToggle: () => void, strings: Strings): TemplateResult {
  const name = localize(strings, 'shortcuts');
  return html`<button
    type="button"
    class="control key-help-button"
    part="button control-keys"
    aria-expanded=${open ? 'true' : 'false'}
    aria-controls="key-help"
    aria-label=${name}
    title=${name}
    @click=${onToggle}
  >
    <span aria-hidden="true">?</span>
  </button>`;
}

export function renderKeyHelp(
  open: boolean,
  layout: { vertical: boolean; rtl: boolean },
  strings: Strings,
): TemplateResult | typeof nothing {
  if (!open) return nothing;
  const [back, forward] = layout.vertical ? ['↑', '↓'] : layout.rtl ? ['→', '←'] : ['←', '→'];
  const text = (key: TextKey) => localize(strings, key);
  // Keys as their names (a key of the table) or as symbols; each word is shown as a key.
  const rows: ReadonlyArray<readonly [string, TextKey]> = [
    [text('tabKey'), 'tabAction'],
    [`${back} ${forward}`, 'arrowsAction'],
    [text('endsKeys'), 'endsAction'],
    [text('openKeys'), 'openAction'],
    [text('closeKey'), 'closeAction'],
    ['+ −', 'zoomAction'],
    ['0', 'showAllAction'],
    [text('pageKeys'), 'pageAction'],
  ];
  return html`<section class="key-help" id="key-help" part="key-help" aria-label=${text('shortcuts')}>
    <dl>
      ${rows.map(([keys, action]) => html`<div class="key-row">
        <dt>${keys.split(' ').map((key) => html`<kbd>${key}</kbd> `)}</dt>
        <dd>${text(action)}</dd>
      </div>`)}
    </dl>
  </section>`;
}
