// The bare tag in JSX: `import 'news-timeline/react'` (or `import type {} from …`) brings
// this declaration, so `<news-timeline>` type-checks in React 19 without a hand-written block.
import type { DetailedHTMLProps, HTMLAttributes } from 'react';
import type { NewsTimeline } from '../news-timeline/news-timeline.js';
import type { TimelineErrorEvent, TimelineLoadEvent, TimelineSelectEvent, TimelineUpdateEvent, TimelineViewChangeEvent } from '../events.js';

/**
 * Props of `<news-timeline>` in React 19 JSX. React 19 sets a prop as a property when the
 * element has one (so `data={doc}` passes the object), otherwise as an attribute, and turns
 * `on<event-name>` into a listener for `<event-name>`.
 */
export type NewsTimelineJSXProps = DetailedHTMLProps<HTMLAttributes<NewsTimeline>, NewsTimeline> &
  Partial<
    Pick<
      NewsTimeline,
      'src' | 'data' | 'locale' | 'loadTimeout' | 'label' | 'selected' | 'start' | 'end' | 'orientation' | 'proportional' | 'initialEvent' | 'autoplay' | 'refresh' | 'permalinks' | 'linkBase' | 'filter' | 'search' | 'strings'
    >
  > & {
    /** The attribute spelling of `loadTimeout`, in seconds. */
    'load-timeout'?: number | string;
    /** The attribute spelling of `initialEvent`. */
    'initial-event'?: string;
    'ontimeline-select'?: (event: TimelineSelectEvent) => void;
    'ontimeline-viewchange'?: (event: TimelineViewChangeEvent) => void;
    'ontimeline-load'?: (event: TimelineLoadEvent) => void;
    'ontimeline-error'?: (event: TimelineErrorEvent) => void;
    'ontimeline-update'?: (event: TimelineUpdateEvent) => void;
  };

declare module 'react' {
  // React 19 reads intrinsic elements from React.JSX; a namespace is the only way to extend it.
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace JSX {
    interface IntrinsicElements {
      'news-timeline': NewsTimelineJSXProps;
    }
  }
}
