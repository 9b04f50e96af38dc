// The package entry: `import 'news-timeline'` registers <news-timeline>. This is the one
// module with a side effect (package.json `sideEffects`).
import { NewsTimeline } from './news-timeline/news-timeline.js';

export { NewsTimeline } from './news-timeline/news-timeline.js';
export * from './events.js';
export { LANGUAGES, languageOf, registerLanguage } from './languages.js';
export type { Counting, Language, Strings } from './localize/localize.js';
export type * from './core/document/types.js';

if (!customElements.get('news-timeline')) customElements.define('news-timeline', NewsTimeline);

declare global {
  interface HTMLElementTagNameMap {
    'news-timeline': NewsTimeline;
  }
}
