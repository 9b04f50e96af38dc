// The filter row's and search box's look, as one constructable stylesheet (a strict page,
// style-src 'self', allows it). Colours come from the timeline's tokens (src/styles/tokens.ts),
// which inherit into this shadow root, so light, dark and forced colours follow the timeline's.

const CSS = `
:host { display: block; }
:host([hidden]), [hidden] { display: none !important; }
.filters, .search { display: flex; flex-wrap: wrap; align-items: center; gap: 0.25em 0.5em; margin: 0 0 0.5em; }
.filters-name { color: var(--_muted); font-size: 0.875em; }
button, input {
  min-height: 32px;
  border: 1px solid var(--_line);
  border-radius: var(--_radius);
  background: var(--_background);
  color: var(--_text);
  font: inherit;
  max-width: 100%;
  box-sizing: border-box;
}
button { padding: 0 0.6em; cursor: pointer; overflow-wrap: anywhere; }
button:hover { border-color: var(--_accent); }
/* Pressed reads as a tick and a heavier border, not by colour alone. */
button[aria-pressed='true'] { border: 2px solid var(--_accent); font-weight: 700; }
button[aria-pressed='true']::before { content: '✓ '; }
button:focus-visible, input:focus-visible { outline: 3px solid var(--_accent); outline-offset: 2px; }
label { font-size: 0.875em; }
input { min-width: 0; flex: 1 1 12em; padding: 0 0.5em; }
.status:empty { display: none; }
.status { color: var(--_muted); font-size: 0.875em; margin: 0 0 0.5em; }
@media (forced-colors: active) {
  button[aria-pressed='true'] { border-color: Highlight; }
}
`;

let sheet: CSSStyleSheet | undefined;

/** The row's stylesheet, made once per page and shared by every timeline. */
export function findStyles(): CSSStyleSheet {
  if (!sheet) {
    sheet = new CSSStyleSheet();
    sheet.replaceSync(CSS);
  }
  return sheet;
}
