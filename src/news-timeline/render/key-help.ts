import { html, nothing, type TemplateResult } from 'lit';
import { loadBeside } from '../../load-beside.js';
import { localize, type Strings } from '../../localize/localize.js';

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

/**
 * The list of keys, drawn by `<news-timeline-keys>` from news-timeline.keys.js, loaded the
 * first time a reader opens it. Until it has loaded, or when it cannot, a line of the keys
 * alone stands in (the toolbar buttons' tooltips name theirs too: "Zoom in (+)").
 */
export function renderKeyHelp(
  open: boolean,
  layout: { vertical: boolean; rtl: boolean },
  strings: Strings,
): TemplateResult | typeof nothing {
  if (!open) return nothing;
  loadBeside('keys').catch(() => undefined);
  const arrows = layout.vertical ? '↑ ↓' : layout.rtl ? '→ ←' : '← →';
  // prettier-ignore
  return html`<news-timeline-keys class="key-help" id="key-help" part="key-help" role="region" aria-label=${localize(strings, 'shortcuts')} .strings=${strings} .orientation=${layout.vertical ? 'vertical' : 'horizontal'} .rtl=${layout.rtl}>Tab · ${arrows} · Home End · Enter · Esc · + − 0</news-timeline-keys>`;
}
