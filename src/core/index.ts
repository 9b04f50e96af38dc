// The pure modules: no DOM, no Lit. `news-timeline/core`.
export type * from './types.js';
export * from './dates.js';
export * from './format.js';
export * from './scale.js';
export * from './ticks.js';
export * from './layout.js';
export * from './parse.js';
export * from './view.js';
export * from './lanes.js';
export * from './zoom.js';
export * from './announce.js';
export * from './timelinejs.js';
