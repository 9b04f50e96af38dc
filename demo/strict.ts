// The strict page: counts Content-Security-Policy violations (there must be none) and,
// when framed by a test, reports them with how many timelines drew.
import '../src/index.js';

const violations: string[] = [];
document.addEventListener('securitypolicyviolation', (event) => {
  violations.push(`${event.violatedDirective}: ${event.blockedURI || event.sourceFile}`);
});

const timelines = [...document.querySelectorAll('news-timeline')];
let settled = 0;
for (const timeline of timelines) {
  const done = () => {
    settled += 1;
    if (settled === timelines.length) void report();
  };
  timeline.addEventListener('timeline-load', done, { once: true });
  timeline.addEventListener('timeline-error', done, { once: true });
}

async function report(): Promise<void> {
  // Interact too: zoom, open a card, so styles and templates set after first render count.
  const first = timelines[0];
  first.zoomBy(2);
  first.shadowRoot!.querySelector<HTMLButtonElement>('ol.events button')!.click();
  await first.updateComplete;
  await new Promise((resolve) => setTimeout(resolve, 200));
  const drawn = timelines.filter((timeline) => timeline.shadowRoot!.querySelector('ol.events li')).length;
  if (window.parent !== window) window.parent.postMessage({ strictPage: { violations, drawn } }, location.origin);
}
