// React 19 with <news-timeline>: React sets `data` as a property (the element defines it)
// and listens to the element's events through `on<event-name>` props.
import { useState } from 'react';
import { createRoot } from 'react-dom/client';
import '../../src/index.js';
import type { TimelineSelectEvent, TimelineViewChangeEvent } from '../../src/index.js';

declare module 'react' {
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace JSX {
    interface IntrinsicElements {
      'news-timeline': {
        data?: unknown;
        src?: string;
        locale?: string;
        label?: string;
        orientation?: 'auto' | 'horizontal' | 'vertical';
        'ontimeline-select'?: (event: TimelineSelectEvent) => void;
        'ontimeline-viewchange'?: (event: TimelineViewChangeEvent) => void;
      };
    }
  }
}

export function TimelineStory({ document }: { document: unknown }) {
  const [selected, setSelected] = useState<string | null>(null);
  const [moves, setMoves] = useState(0);
  return (
    <figure>
      <news-timeline
        data={document}
        locale="en-GB"
        ontimeline-select={(event) => setSelected(event.detail.event?.title ?? null)}
        ontimeline-viewchange={() => setMoves((count) => count + 1)}
      />
      <figcaption>
        <span className="selected">{selected ? `Open: ${selected}` : 'No event open'}</span>
        {' · '}
        <span className="moves">{moves} view change(s)</span>
      </figcaption>
    </figure>
  );
}

/** Mounts the example into `container` with the given document. */
export function mount(container: Element, document: unknown): () => void {
  const root = createRoot(container);
  root.render(<TimelineStory document={document} />);
  return () => root.unmount();
}
