// Plain Vite + TypeScript, no framework: create the element, give it the article, read its load event.
import 'news-timeline'; // registers <news-timeline> and types document.createElement('news-timeline')
import type { TimelineDocument, TimelineLoadEvent } from 'news-timeline';

const story = (await (await fetch('./isis-libya-2015.json')).json()) as TimelineDocument;
const timeline = document.createElement('news-timeline');
const caption = document.createElement('figcaption');
timeline.addEventListener('timeline-load', (event: TimelineLoadEvent) => {
  caption.textContent = `${event.detail.document.events.length} events`;
});
timeline.data = story;
timeline.orientation = 'horizontal';
document.querySelector('figure')!.prepend(timeline);
document.querySelector('figure')!.append(caption);
