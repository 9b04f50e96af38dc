import '../src/index.js';
import type { TimelineUpdateEvent } from '../src/events.js';

// Demo only: what a page can do with `timeline-update`, here a line under the timeline saying
// when it last changed and how (the element itself marks and announces new events).
const log = document.querySelector<HTMLElement>('#live-log')!;
const time = new Intl.DateTimeFormat('en-GB', { timeStyle: 'medium' });

document.querySelector('#live')!.addEventListener('timeline-update', (event) => {
  const { added, changed, removed } = (event as TimelineUpdateEvent).detail;
  const parts = ([[added.length, 'added'], [changed.length, 'changed'], [removed.length, 'removed']] as const)
    .filter(([count]) => count !== 0)
    .map(([count, what]) => `${count} ${count === 1 ? 'event' : 'events'} ${what}`);
  log.textContent = `Updated at ${time.format(new Date())}: ${parts.join(', ') || 'the title or description changed'}.`;
  console.info(event.type, (event as TimelineUpdateEvent).detail);
});
