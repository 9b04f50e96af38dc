// `news-timeline/vue`: types only. `import 'news-timeline/vue'` (or `import type {} from …`) declares
// <news-timeline> among Vue's global components, so vue-tsc checks its props and events in templates.
// Nothing runs: register the element with `import 'news-timeline'`, and tell the template compiler the
// tag is a custom element (`isCustomElement`), as README.md shows.
import type { DefineComponent } from 'vue';
import type { NewsTimeline } from '../news-timeline/news-timeline.js';
import type { TimelineErrorEvent, TimelineLoadEvent, TimelineSelectEvent, TimelineUpdateEvent, TimelineViewChangeEvent } from '../events.js';

/**
 * Props of `<news-timeline>` in a Vue 3 template: the element's properties (bind objects such as
 * `data` and `strings` with `.prop`, e.g. `:data.prop="doc"`), and a typed handler per event
 * (`@timeline-select="open"` receives a `TimelineSelectEvent`).
 */
export type NewsTimelineVueProps = Partial<
  Pick<
    NewsTimeline,
    'src' | 'data' | 'locale' | 'loadTimeout' | 'label' | 'selected' | 'start' | 'end' | 'orientation' | 'proportional' | 'initialEvent' | 'autoplay' | 'refresh' | 'filter' | 'search' | 'strings'
  >
> & {
  /** The attribute spelling of `loadTimeout`, in seconds. */
  'load-timeout'?: number | string;
  /** The attribute spelling of `initialEvent`. */
  'initial-event'?: string;
  onTimelineSelect?: (event: TimelineSelectEvent) => void;
  onTimelineViewchange?: (event: TimelineViewChangeEvent) => void;
  onTimelineLoad?: (event: TimelineLoadEvent) => void;
  onTimelineError?: (event: TimelineErrorEvent) => void;
  onTimelineUpdate?: (event: TimelineUpdateEvent) => void;
};

declare module 'vue' {
  interface GlobalComponents {
    'news-timeline': DefineComponent<NewsTimelineVueProps>;
  }
}
