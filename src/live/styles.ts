// The look of live updates, adopted into the timeline's shadow root by the live file: the bundle
// gives a new event's label the part `event-new` and this sheet shows its "New" tag (generated
// text, so it is part of the button's name too) and the quiet status line.
const CSS = `
.event [part~='event-new'] { position: relative; }
/* Text, not colour alone; in the label's corner, out of the flow its size was measured for. */
.event [part~='event-new']::before {
  content: NEW;
  position: absolute;
  inset-block-start: 0;
  inset-inline-end: 0;
  padding: 0 0.3em;
  border-end-start-radius: var(--_radius);
  background: var(--_accent);
  color: var(--_background);
  font-size: 0.75em;
  font-weight: 600;
}
.live {
  display: flex;
  flex-wrap: wrap;
  align-items: center;
  gap: 0.25em 0.5em;
  margin-inline-end: auto;
}
.live[hidden], .live [hidden] { display: none; }
.live-note {
  color: var(--_muted);
  font-size: 0.8125em;
}
.live-note:empty { display: none; }
@media (forced-colors: active) {
  .event [part~='event-new']::before {
    forced-color-adjust: none;
    background: Highlight;
    color: HighlightText;
  }
}
`;

const sheets = new Map<string, CSSStyleSheet>();

/** A CSS string of `text`: quotes, backslashes and line ends escaped, so a table's text stays text. */
export function cssString(text: string): string {
  return `"${text.replace(/["\\\n\r\f]/g, (char) => `\\${char.charCodeAt(0).toString(16)} `)}"`;
}

/** The sheet whose tag reads `mark` ("New" in the timeline's language), one a page for each mark. */
export function liveStyles(mark: string): CSSStyleSheet {
  let sheet = sheets.get(mark);
  if (!sheet) {
    sheet = new CSSStyleSheet();
    sheet.replaceSync(CSS.replace('NEW', cssString(mark)));
    sheets.set(mark, sheet);
  }
  return sheet;
}
