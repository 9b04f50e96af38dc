// The page the consumer test renders: the wrapper fed an object, the bare tag fed a URL.
import { createRoot } from 'react-dom/client';
import type { TimelineDocument } from 'news-timeline';
import { ArticleTimeline } from './wrapper';
import { TimelineFromUrl } from './bare-tag';

const ARTICLE = './isis-libya-2015.json';
const story = (await (await fetch(ARTICLE)).json()) as TimelineDocument;
createRoot(document.getElementById('wrapper')!).render(<ArticleTimeline story={story} />);
createRoot(document.getElementById('bare')!).render(<TimelineFromUrl url={ARTICLE} />);
