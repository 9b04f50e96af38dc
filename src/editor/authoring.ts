// The one place the page meets the authoring core (src/core/authoring/, issue 20's
// contract): what it reads a producer's text with, and what it gives out.
export type { InputKind, InputProblem, InputResult } from '../core/authoring/read-input.js';
export { readTimelineInput } from '../core/authoring/read-input.js';
export { simpleSheetTemplate } from '../core/authoring/simple-sheet.js';
export type { EmbedSettings } from '../core/authoring/embed-code.js';
export { embedHtml, iframeSnippet, withSettings } from '../core/authoring/embed-code.js';
