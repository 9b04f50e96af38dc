// React 19 with the bare <news-timeline> tag: React sets `data` as a property (the element
// defines it) and listens to the element's events through `on<event-name>` props.
import { useState } from 'react';
import { createRoot } from 'react-dom/client';
// Registers <news-timeline> and brings its JSX types (src/react/jsx.ts), as
// `import 'news-timeline/react'` does for a package user.
import '../../src/react/index.js';

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
