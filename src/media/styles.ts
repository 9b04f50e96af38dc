// The player's look, as one constructable stylesheet: a strict page (style-src 'self') allows
// it where a <style> element written by script would be blocked. Colours come from the
// timeline's own tokens (src/styles/tokens.ts), which inherit into this shadow root, with the
// public custom properties and the defaults behind them for a player used on its own.

const CSS = `
:host {
  --_m-accent: var(--_accent, var(--news-timeline-accent, #1d4ed8));
  --_m-text: var(--_text, var(--news-timeline-text, #1f2328));
  --_m-muted: var(--_muted, var(--news-timeline-muted, #57606a));
  --_m-line: var(--_line, var(--news-timeline-line, #6e7781));
  display: block;
  margin: 0.5em 0;
  color: var(--_m-text);
}
:host([hidden]) { display: none; }
video, iframe { display: block; width: 100%; aspect-ratio: 16 / 9; border: 0; background: #000; }
audio { display: block; width: 100%; }
a { color: var(--_m-accent); overflow-wrap: anywhere; }
a, button { min-height: 24px; }
.panel, .link-card, .blocked {
  display: grid;
  gap: 0.25em;
  padding: 0.75em;
  border: 1px solid var(--_m-line);
  border-radius: var(--_radius, 6px);
}
.panel { aspect-ratio: 16 / 9; align-content: center; justify-items: start; box-sizing: border-box; }
.title { margin: 0; font-weight: 700; }
.site, .consent, .credit { margin: 0; color: var(--_m-muted); font-size: 0.875em; }
.link-card { text-decoration: none; }
.link-card .title { color: var(--_m-text); }
.link-card:hover .title, .link-card:focus-visible .title { text-decoration: underline; }
.play {
  padding: 0.4em 0.9em;
  border: 0;
  border-radius: var(--_radius, 6px);
  background: var(--_m-accent);
  color: var(--_background, #fff);
  font: inherit;
  font-weight: 700;
  cursor: pointer;
}
:focus-visible { outline: 2px solid var(--_m-accent); outline-offset: 2px; }
@media (forced-colors: active) {
  .play { border: 1px solid ButtonText; }
}
@media print {
  .panel button, .consent, iframe, video, audio { display: none; }
}
`;

let sheet: CSSStyleSheet | undefined;

/** The player's stylesheet, made once per page and shared by every player. */
export function playerStyles(): CSSStyleSheet {
  if (!sheet) {
    sheet = new CSSStyleSheet();
    sheet.replaceSync(CSS);
  }
  return sheet;
}
