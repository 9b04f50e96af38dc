import { useState } from 'react';
import { NewsTimeline } from 'news-timeline/react';
import type { TimelineDocument } from 'news-timeline';

export function ArticleTimeline({ story }: { story: TimelineDocument }) {
  const [open, setOpen] = useState<string | null>(null);
  const [moves, setMoves] = useState(0);
  return (
    <figure>
      <NewsTimeline
        data={story}
        locale="en-GB"
        orientation="horizontal"
        onTimelineSelect={(event) => setOpen(event.detail.event?.title ?? null)}
        onTimelineViewChange={() => setMoves((count) => count + 1)}
      />
      <figcaption>
        {open ? `Open: ${open}` : 'No event open'} · {moves} view change(s)
      </figcaption>
    </figure>
  );
}
