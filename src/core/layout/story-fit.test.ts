import { expect } from '@open-wc/testing';
import type { TimelineDocument } from '../document/types.js';
import { zoomLimits } from '../window/zoom.js';
import { dateLabelsOf, defaultMaxRows, deriveDrawing, type TimelineDrawing } from './drawing.js';
import { deriveVertical, fitStory, STORY_MAX, type FitOptions } from './story-fit.js';
import { parse } from '../../../test/helpers/parse.js';

/** Events at the given ISO dates, titled like news headlines (two lines in a phone's column). */
function story(dates: readonly string[]): TimelineDocument {
  return parse({
    version: 1,
    events: dates.map((date, i) => ({ id: `e${i}`, date, title: `Event ${i}: ministers meet as the talks resume in Vienna` })),
  });
}

const settings = (document: TimelineDocument, orientation: 'vertical' | 'horizontal', textScale = 1): FitOptions =>
  ({ locale: 'en-GB', orientation, dateLabels: dateLabelsOf(document, 'en-GB'), textScale });

/** The whole-document view at `length` (and `maxRows` when horizontal), as the element draws it (a vertical story in one column). */
function wholeView(document: TimelineDocument, width: number, options: FitOptions, length: number, maxRows?: number): TimelineDrawing {
  const domain = zoomLimits(document.events).outer;
  return options.orientation === 'vertical'
    ? deriveVertical(document, { ...options, domain, length, dodge: true }, width).drawing
    : deriveDrawing(document, { ...options, domain, length, maxRows });
}

const unlabelled = (drawing: TimelineDrawing) => drawing.items.filter((item) => item.row < 0).length + drawing.clusters.length;

/** Labels that reach past the marker of the event before or after their own (events of one date share one). */
function farFromMarker(drawing: TimelineDrawing): string[] {
  const marks = [...new Set(drawing.items.map((item) => item.anchor))].sort((a, b) => a - b);
  return drawing.items.filter((item) => {
    const at = marks.indexOf(item.anchor);
    return item.labelStart >= (marks[at + 1] ?? Infinity) || item.labelStart + item.labelSize <= (marks[at - 1] ?? -Infinity);
  }).map((item) => item.event.id);
}

/** A phone's plot: 390 px less the element's padding. */
const PHONE = 358;

describe('fitStory', () => {
  it('fitStory(vertical) gives a crowded story the least length that labels every event, within the cap', () => {
    // Nine events a season apart: at today's 504 px two neighbours' labels overlap in a phone's one column.
    const document = story(['2013-01-15', '2013-04-15', '2013-07-15', '2013-10-15', '2014-01-15', '2014-04-15', '2014-07-15', '2014-10-15', '2015-01-15']);
    const options = settings(document, 'vertical');
    expect(unlabelled(wholeView(document, PHONE, options, 9 * 56))).to.be.above(0);
    const fit = fitStory(document, PHONE, options);
    expect(fit.fits).to.equal(true);
    expect(fit.length).to.be.within(9 * 56, 9 * 150);
    expect(unlabelled(wholeView(document, PHONE, options, fit.length))).to.equal(0);
    expect(farFromMarker(wholeView(document, PHONE, options, fit.length))).to.deep.equal([]);
    const shorter = wholeView(document, PHONE, options, fit.length - 8);
    expect(unlabelled(shorter) + farFromMarker(shorter).length, 'the least such length').to.be.above(0);
  });

  it('fitStory(vertical) labels the article in one phone column, events of one date moved apart', async () => {
    // Three events dated "2015" and two "December 2015" share a marker: their labels move
    // along the axis, each still beside its own event.
    const document = parse(await (await fetch('/demo/data/isis-libya-2015.json')).json());
    const options = settings(document, 'vertical');
    const fit = fitStory(document, PHONE, options);
    expect(fit).to.include({ maxRows: undefined, fits: true, dodge: true });
    expect(fit.length).to.be.within(9 * 56, 1350);
    const drawing = wholeView(document, PHONE, options, fit.length);
    expect(unlabelled(drawing)).to.equal(0);
    expect(farFromMarker(drawing)).to.deep.equal([]);
  });

  it('fitStory(vertical) fits a 30-event story of one week within four phone screens', () => {
    // Every five and a half hours from 1 June 2015.
    const dates = Array.from({ length: STORY_MAX }, (_, i) => new Date(Date.UTC(2015, 5, 1) + i * 5.5 * 3_600_000).toISOString().slice(0, 16) + 'Z');
    const document = story(dates);
    const options = settings(document, 'vertical');
    const fit = fitStory(document, PHONE, options);
    expect(fit.fits).to.equal(true);
    expect(fit.length).to.be.within(960, 3200);
    expect(unlabelled(wholeView(document, PHONE, options, fit.length))).to.equal(0);
    // Larger text needs more room, and the cap grows with it.
    const large = fitStory(document, PHONE, settings(document, 'vertical', 1.25));
    expect(large.length).to.be.above(fit.length);
    expect(large.length).to.be.at.most(3200 * 1.25);
  });

  it('fitStory(vertical) keeps today\'s 56 px per event (420–960 px) past STORY_MAX events', () => {
    // Monthly from 2010: every event has its own marker, and the story rule would fit them.
    const monthly = (count: number) => story(Array.from({ length: count }, (_, i) => `${2010 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`));
    const large = monthly(STORY_MAX + 1);
    expect(fitStory(large, PHONE, settings(large, 'vertical'))).to.deep.equal({ length: 960, maxRows: undefined, fits: false, dodge: false });
    expect(fitStory(large, 900, settings(large, 'vertical', 2)).length).to.equal(1920);
    expect(fitStory(monthly(STORY_MAX), 900, settings(monthly(STORY_MAX), 'vertical')).fits).to.equal(true);
  });

  it('fitStory(horizontal) adds label rows for a crowded story and keeps the default for an evenly spread one', () => {
    // Nine events on one day, one a month before: more than six rows on a day.
    const crowded = story(['2015-11-02', ...Array.from({ length: 9 }, () => '2015-12-02')]);
    const options = settings(crowded, 'horizontal');
    const fit = fitStory(crowded, 1248, options);
    expect(fit.fits).to.equal(true);
    expect(fit.maxRows).to.be.above(defaultMaxRows(1));
    expect(unlabelled(wholeView(crowded, 1248, options, 1248))).to.be.above(0);
    expect(unlabelled(wholeView(crowded, 1248, options, 1248, fit.maxRows))).to.equal(0);
    expect(unlabelled(wholeView(crowded, 1248, options, 1248, fit.maxRows! - 1)), 'the fewest such rows').to.be.above(0);

    const even = story(Array.from({ length: 12 }, (_, i) => `2015-${String(i + 1).padStart(2, '0')}-01`));
    expect(fitStory(even, 1248, settings(even, 'horizontal'))).to.deep.equal({ length: 1248, maxRows: defaultMaxRows(1), fits: true, dodge: false });
  });

  it('fitStory is memoised per document, width and setting: the same object back', () => {
    const document = story(['2011', '2015-01', '2015-02']);
    const options = settings(document, 'vertical');
    const fit = fitStory(document, PHONE, options);
    expect(fitStory(document, PHONE, { ...options })).to.equal(fit);
    expect(fitStory(document, PHONE + 1, options)).not.to.equal(fit);
    expect(fitStory(document, PHONE, settings(document, 'vertical', 2))).not.to.equal(fit);
    expect(fitStory(document, PHONE, settings(document, 'horizontal'))).not.to.equal(fit);
  });
});
