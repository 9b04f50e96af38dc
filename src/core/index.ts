// `news-timeline/core`: the pure modules a page or a tool may use without the element (no
// DOM, no Lit). Layout internals (packing, label estimates, lanes, columns) stay inside.
export type * from './document/types.js';
export * from './document/parse.js';
export * from './document/diff.js';
export { MEDIA_KINDS, isImageFile, mediaKindOf } from './document/media-kinds.js';
export * from './time/dates.js';
export * from './time/format.js';
export * from './time/scale.js';
export * from './time/ticks.js';
export * from './window/zoom.js';
export * from './window/announce.js';
export * from './import/timelinejs.js';
export { readTimelineInput, type InputKind, type InputProblem, type InputResult } from './authoring/read-input.js';
export { SIMPLE_COLUMNS, simpleSheetTemplate } from './authoring/simple-sheet.js';
export { embedHtml, iframeSnippet, withSettings, type EmbedSettings } from './authoring/embed-code.js';
export * from './layout/drawing.js';
export { IDENTITY_WARP, timeWarpOf, type TimeBreak, type TimeWarp } from './layout/time-warp.js';
export type { Lane } from './layout/lanes.js';
