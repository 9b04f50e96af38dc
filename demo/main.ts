import '../src/index.js';

// Demo only: log what the timeline reports, so the events can be watched in devtools.
for (const type of ['timeline-select', 'timeline-load', 'timeline-error']) {
  document.addEventListener(type, (event: Event) => {
    console.info(event.type, (event as Event & { detail?: unknown }).detail);
  });
}
