// The key list's look, as one constructable stylesheet (a strict page, style-src 'self',
// allows it). The box is the host itself, so `::part(key-help)` from the page restyles it;
// colours come from the timeline's tokens (src/styles/tokens.ts), which inherit into this
// shadow root, so light, dark and forced colours follow the timeline's.

const CSS = `
:host {
  display: block;
  margin: 0 0 0.75em;
  padding: 0.5em 0.75em;
  border: 1px solid var(--_line);
  border-radius: var(--_radius);
  background: var(--_card-background);
  font-size: 0.875em;
}
:host([hidden]) { display: none; }
dl { display: grid; gap: 0.25em 1em; margin: 0; }
.key-row { display: flex; flex-wrap: wrap; gap: 0 1em; }
dt { min-width: 9em; }
dd { margin: 0; }
kbd {
  display: inline-block;
  min-width: 1.5em;
  padding: 0 0.3em;
  border: 1px solid var(--_line);
  border-radius: 3px;
  background: var(--_background);
  font: inherit;
  font-size: 0.9em;
  text-align: center;
}
`;

let sheet: CSSStyleSheet | undefined;

/** The list's stylesheet, made once per page and shared by every list. */
export function keyListStyles(): CSSStyleSheet {
  if (!sheet) {
    sheet = new CSSStyleSheet();
    sheet.replaceSync(CSS);
  }
  return sheet;
}
