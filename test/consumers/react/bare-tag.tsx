import { useState } from 'react';
import 'news-timeline/react'; // registers <news-timeline> and declares it in JSX

export function TimelineFromUrl({ url }: { url: string }) {
  const [status, setStatus] = useState('Loading…');
  return (
    <figure>
      <news-timeline
        src={url}
        locale="en-GB"
        orientation="vertical"
        load-timeout="10"
        ontimeline-load={(event) => setStatus(`${event.detail.document.events.length} events`)}
        ontimeline-error={(event) => setStatus(event.detail.message)}
      />
      <figcaption>{status}</figcaption>
    </figure>
  );
}
