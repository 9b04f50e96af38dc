/* global window, document -- a script for the parent page, in the browser */
// Copy onto the page that holds the iframe (or keep Datawrapper's own embed script, which
// understands the same messages when the iframe's id is "datawrapper-chart-<id>"):
//   <iframe src="https://…/embed.html?src=https://…/story.json&id=story" title="Timeline"
//           width="100%" height="400" style="border:0"></iframe>
//   <script src="https://…/embed-parent.js"></script>
window.addEventListener('message', (event) => {
  const heights = event.data && event.data['datawrapper-height'];
  if (!heights || typeof heights !== 'object') return;
  for (const iframe of document.querySelectorAll('iframe')) {
    if (iframe.contentWindow !== event.source) continue;
    for (const height of Object.values(heights)) {
      if (typeof height === 'number' && height > 0) iframe.style.height = `${Math.ceil(height)}px`;
    }
  }
});
