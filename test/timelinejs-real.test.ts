// Real TimelineJS3 documents (Knight Lab's own examples, test/fixtures/timelinejs/real/),
// converted in the browser and drawn: every event the importer keeps is in the timeline, and
// every card with media shows it as its kind, a picture only where the address is one.
import { expect, html } from '@open-wc/testing';
import { convertTimelineJS } from '../src/core/import/timelinejs.js';
import { parseTimelineDocument } from '../src/core/document/parse.js';
import { importedMediaKind } from '../src/core/import/timelinejs-media.js';
import { renderSettled, shadow } from './helpers/timeline.js';
import type { NewsTimeline } from '../src/news-timeline/news-timeline.js';

const DIR = '/test/fixtures/timelinejs/real/';
const manifest = (await (await fetch(`${DIR}manifest.json`)).json()) as Record<string, { eventsOut: number }>;

describe('real TimelineJS documents, converted and drawn', () => {
  for (const [name, { eventsOut }] of Object.entries(manifest)) {
    it(`${name}: draws the ${eventsOut} events kept, each card's media as its kind`, async () => {
      const text = await (await fetch(`${DIR}${name}`)).text();
      const { document } = convertTimelineJS(text);
      const parsed = parseTimelineDocument(document);
      expect(parsed.problems.filter((problem) => problem.severity !== 'warning'), 'the converted document validates').to.deep.equal([]);
      const element: NewsTimeline = await renderSettled(html`<news-timeline .data=${document} style="width: 900px"></news-timeline>`);
      expect(element.timelineDocument?.events.length).to.equal(eventsOut);
      expect(shadow(element).querySelectorAll('ol.events > li').length, 'every event in the list').to.equal(eventsOut);
      for (const event of element.timelineDocument!.events.filter((candidate) => candidate.media)) {
        element.selected = event.id;
        await element.updateComplete;
        const card = shadow(element).querySelector('.card')!;
        const img = card.querySelector('img');
        const player = card.querySelector('news-timeline-media');
        const { url, type } = event.media!;
        if (type === 'image') {
          expect(img?.getAttribute('src'), event.id).to.equal(url);
          expect(importedMediaKind(url), `${url} is a picture's address`).to.equal('image');
          expect(player).to.equal(null);
        } else {
          expect(img, `${event.id}: no <img> for a ${type}`).to.equal(null);
          expect(player?.querySelector('a')?.getAttribute('href'), event.id).to.equal(url);
        }
      }
    });
  }
});
