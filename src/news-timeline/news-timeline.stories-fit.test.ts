import { expect } from '@open-wc/testing';
import { expectNoAxeViolations } from '../../test/helpers/axe.js';
import { describeUnreadable, measureReadability, renderAtWidth } from '../../test/helpers/readability.js';
import { ARTICLE_URL } from '../../test/helpers/timeline.js';

// Issue 16: a story-sized document (up to 30 events) shows every event as a readable label
// at every width from 320 px, at its first view, with no badge, no overlap, nothing sticking
// out and nothing scrolling inside the element; the page scrolls instead, within a cap.

const STORIES = [
  ARTICLE_URL,
  '/test/fixtures/stories/brexit-2019.json',
  '/test/fixtures/stories/storm-week.json',
  '/test/fixtures/stories/metro-30.json',
];
const WIDTHS = [320, 360, 390, 768, 1280];

/**
 * The tallest a story may make the element: four 844 px phone screens, the cap for a
 * 30-event story. Applied to every story here (smaller ones must fit in less; this bound
 * does not say how much less). Replace with the layout's own cap function once
 * src/core/layout/story-fit.ts exports one.
 */
const HEIGHT_CAP = 4 * 844;

const CHROMIUM = navigator.userAgent.includes('Chrome/');


describe('<news-timeline> story-sized documents fit', () => {
  afterEach(() => {
    for (const parent of document.querySelectorAll('div.stories-fit')) parent.remove();
  });

  for (const src of STORIES) {
    const name = src.split('/').pop()!;
    for (const width of WIDTHS) {
      it(`${name} at ${width} px: every event readable, no badge, no overlap, nothing out, height within the cap`, async () => {
        const element = await renderAtWidth(width, src);
        const reading = measureReadability(element);
        const what = `${name} at ${width}px (${reading.orientation}, ${reading.height} px tall)`;
        expect(reading.total, `${what}: the document loaded`).to.be.greaterThan(0);
        expect(describeUnreadable(reading), `${what}: ${reading.readable} of ${reading.total} readable`).to.deep.equal([]);
        expect(reading.badges, `${what}: "+N" badges`).to.equal(0);
        expect(reading.overlaps, `${what}: overlapping label pairs`).to.equal(0);
        expect(reading.sticksOut, `${what}: something sticks out sideways`).to.be.false;
        expect(reading.scrolls, `${what}: something inside scrolls`).to.be.false;
        expect(reading.width, `${what}: the element takes its container's width`).to.be.closeTo(width, 1);
        expect(reading.height, `${what}: height`).to.be.at.most(HEIGHT_CAP);
        // A column's labels take the height their text needs, estimated from Chromium's text
        // metrics: there no headline is cut short on a phone (other engines' fonts run wider).
        if (reading.orientation === 'vertical' && CHROMIUM) expect(reading.truncated, `${what}: titles cut short`).to.equal(0);
        await expectNoAxeViolations(element);
      });
    }
  }

  it('the fixtures are story-sized: 9 to 30 events, one of them exactly 30', async () => {
    const counts: number[] = [];
    for (const src of STORIES) counts.push(measureReadability(await renderAtWidth(1280, src)).total);
    expect(counts).to.deep.equal([9, 16, 13, 30]);
  });
});
