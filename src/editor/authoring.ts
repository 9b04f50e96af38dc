// The one place the page meets the authoring core (issue 20's contract): what it reads a
// producer's text with, and what it gives out. Until src/core/authoring/ is on main these
// are the stand-ins beside this file; the swap is these exports and nothing else.
export type { InputKind, InputProblem, InputResult } from './stand-in/read-input.js';
export { readTimelineInput } from './stand-in/read-input.js';
export type { EmbedSettings } from './stand-in/embed-code.js';
export { embedHtml, iframeSnippet, withSettings } from './stand-in/embed-code.js';
