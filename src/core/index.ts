// The pure modules: no DOM, no Lit. `news-timeline/core`.
export type * from './document/types.js';
export * from './time/dates.js';
export * from './time/format.js';
export * from './time/scale.js';
export * from './time/ticks.js';
export * from './layout/labels.js';
export * from './document/parse.js';
export * from './layout/drawing.js';
export * from './layout/lanes.js';
export * from './window/zoom.js';
export * from './window/announce.js';
export * from './import/timelinejs.js';
