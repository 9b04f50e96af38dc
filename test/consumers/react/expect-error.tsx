// Must NOT compile: scripts/test-consumers.mjs expects tsc to reject exactly the lines that
// set orientation to sideways (a value the element does not have), for the wrapper and the bare tag.
import { NewsTimeline } from 'news-timeline/react';

export const wrapped = <NewsTimeline orientation="sideways" />;
export const bare = <news-timeline orientation="sideways" />;
