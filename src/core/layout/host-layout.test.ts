import { expect } from '@open-wc/testing';
import { layoutRequest as request } from '../../../test/helpers/layout-request.js';
import type { TimelineDocument } from '../document/types.js';
import { zoomLimits } from '../window/zoom.js';
import { dateLabelsOf, deriveDrawing } from './drawing.js';
import { verticalColumns, type VerticalColumns } from './frame.js';
import { layoutTimeline, PLOT_PADDING_X, VERTICAL_BELOW_PX, type LayoutRequest } from './host-layout.js';
import { COLUMN_GAP } from './metrics.js';
import { STORY_MAX } from './story-fit.js';
import { parse } from '../../../test/helpers/parse.js';

/** `count` events a week apart from 1 June 2015, ids e0, e1, … */
function weekly(count: number): TimelineDocument {
  return parse({
    version: 1,
    events: Array.from({ length: count }, (_, i) => ({
      id: `e${i}`,
      date: new Date(Date.UTC(2015, 5, 1 + 7 * i)).toISOString().slice(0, 10),
      title: `Event ${i}`,
    })),
  });
}

function layout(document: TimelineDocument, settings: Partial<LayoutRequest> = {}) {
  const result = layoutTimeline(document, request(document, settings));
  if (!result) throw new Error('no layout');
  return result;
}

const orientationAt = (hostWidth: number, previous?: 'horizontal' | 'vertical', orientation: LayoutRequest['orientation'] = 'auto') =>
  layout(weekly(5), { hostWidth, previous, orientation }).drawing.orientation;

describe('layoutTimeline', () => {
  it('layoutTimeline gives undefined until the element is wider than its padding', () => {
    const document = weekly(5);
    expect(layoutTimeline(document, request(document, { hostWidth: 0 }))).to.equal(undefined);
    expect(layoutTimeline(document, request(document, { hostWidth: 2 * PLOT_PADDING_X }))).to.equal(undefined);
    expect(layoutTimeline(document, request(document, { hostWidth: 2 * PLOT_PADDING_X + 1 }))?.frame.width).to.equal(1);
  });

  it('layoutTimeline draws horizontally across the width inside the padding', () => {
    const { drawing, frame } = layout(weekly(5), { hostWidth: 900 });
    expect(drawing.orientation).to.equal('horizontal');
    expect(drawing.length).to.equal(900 - 2 * PLOT_PADDING_X);
    expect(frame.width).to.equal(900 - 2 * PLOT_PADDING_X);
    expect(frame.axis.to.x).to.equal(900 - 2 * PLOT_PADDING_X);
  });

  it('layoutTimeline turns vertical on its own below VERTICAL_BELOW_PX', () => {
    expect(orientationAt(VERTICAL_BELOW_PX - 1)).to.equal('vertical');
    expect(orientationAt(VERTICAL_BELOW_PX)).to.equal('horizontal');
    expect(orientationAt(VERTICAL_BELOW_PX - 1, 'horizontal')).to.equal('vertical');
  });

  it('layoutTimeline stays vertical a little above the threshold, so a coming scrollbar cannot flip it back', () => {
    expect(orientationAt(VERTICAL_BELOW_PX + 10, 'vertical')).to.equal('vertical');
    expect(orientationAt(VERTICAL_BELOW_PX + 23, 'vertical')).to.equal('vertical');
    expect(orientationAt(VERTICAL_BELOW_PX + 24, 'vertical')).to.equal('horizontal');
    expect(orientationAt(VERTICAL_BELOW_PX + 10, 'horizontal')).to.equal('horizontal');
    expect(orientationAt(VERTICAL_BELOW_PX + 10)).to.equal('horizontal');
  });

  it('layoutTimeline keeps a forced orientation whatever the width', () => {
    expect(orientationAt(1200, undefined, 'vertical')).to.equal('vertical');
    expect(orientationAt(300, 'vertical', 'horizontal')).to.equal('horizontal');
  });

  it('layoutTimeline makes the vertical plot of a larger document 56 px per event, within 420 and 960 px', () => {
    const heightOf = (count: number, textScale = 1) => {
      const { drawing, frame } = layout(weekly(count), { orientation: 'vertical', textScale });
      expect(frame.height, `${count} events`).to.equal(drawing.length);
      return drawing.length;
    };
    expect(heightOf(STORY_MAX + 1)).to.equal(960);
    expect(heightOf(STORY_MAX + 1, 2)).to.equal(1920);
    // Stories take the least height that labels them all: weekly events fit the least.
    expect(heightOf(2)).to.equal(420);
    expect(heightOf(10)).to.equal(420);
    expect(heightOf(2, 1.5)).to.equal(630);
  });

  it('layoutTimeline keeps a story\'s vertical height, fitted to the whole document, while zooming and pinning', () => {
    // Nine events a season apart: the whole view needs more than today's 504 px on a phone.
    const document = parse({
      version: 1,
      events: Array.from({ length: 9 }, (_, i) => ({ id: `e${i}`, date: `${2013 + Math.floor(i / 4)}-${String(1 + 3 * (i % 4)).padStart(2, '0')}-15`, title: `Event ${i}: ministers meet as the talks resume in Vienna` })),
    });
    const hostWidth = 390;
    const whole = layout(document, { orientation: 'vertical', hostWidth, domain: zoomLimits(document.events).outer });
    expect(whole.drawing.length).to.be.above(9 * 56);
    expect(whole.drawing.clusters).to.have.length(0);
    for (const settings of [{ domain: [Date.UTC(2013, 0, 1), Date.UTC(2013, 6, 1)] as const }, { pinnedIds: ['e8'] }]) {
      const other = layout(document, { orientation: 'vertical', hostWidth, ...settings });
      expect(other.drawing.length).to.equal(whole.drawing.length);
      expect(other.frame.height).to.equal(whole.drawing.length);
    }
  });

  it('layoutTimeline gives a crowded horizontal story the label rows its whole view needs', () => {
    // Ten events on one day: more than the default six rows.
    const document = parse({
      version: 1,
      events: Array.from({ length: 10 }, (_, i) => ({ id: `e${i}`, date: '2015-09-02', title: `Event ${i}` })),
    });
    const { drawing, frame } = layout(document, { hostWidth: 1280, domain: zoomLimits(document.events).outer });
    expect(drawing.clusters).to.have.length(0);
    expect(drawing.lanes[0].rowCount).to.equal(10);
    expect(frame.lanes[0].height).to.be.above(layout(weekly(10), { hostWidth: 1280 }).frame.lanes[0].height);
  });

  it('layoutTimeline always labels the pinned (focused and open) events, and ignores ids it does not know', () => {
    // Forty events on one day: only six label rows, the rest in a cluster.
    const document = parse({
      version: 1,
      events: Array.from({ length: 40 }, (_, i) => ({ id: `e${i}`, date: '2015-09-02', title: `Event ${i}` })),
    });
    const labelled = (pinnedIds: ReadonlyArray<string | null>) =>
      layout(document, { pinnedIds }).drawing.items.filter((item) => item.row >= 0).map((item) => item.event.id);
    expect(labelled([])).not.to.include('e39');
    expect(labelled(['e39'])).to.include('e39');
    expect(labelled([null, 'missing', 'e38', 'e39'])).to.include.members(['e38', 'e39']);
  });

  describe('vertical tick gutter', () => {
    const hostWidth = 432;
    const width = hostWidth - 2 * PLOT_PADDING_X;
    const sizesWith = (document: TimelineDocument, domain: readonly [number, number], length: number, columns: VerticalColumns) =>
      deriveDrawing(document, {
        domain, length, locale: 'en-GB', orientation: 'vertical', maxRows: columns.count,
        labelWidth: columns.width - COLUMN_GAP, dateLabels: dateLabelsOf(document, 'en-GB'),
      }).items.map((item) => item.labelSize);
    const check = (document: TimelineDocument, long: boolean) => {
      const { drawing, frame } = layout(document, { hostWidth, orientation: 'vertical' });
      const longest = Math.max(...drawing.ticks.map((tick) => tick.label.length));
      expect(longest > 8, `tick labels ${drawing.ticks.map((tick) => tick.label).join(', ')}`).to.equal(long);
      const fitted = verticalColumns(width, 1, longest);
      // The first pass assumes 8-character tick labels: these are not.
      const first = verticalColumns(width);
      expect(fitted.gutter).not.to.equal(first.gutter);
      expect(frame.axis.from.x).to.equal(fitted.gutter);
      // Labels sized again for the fitted column width (the titles wrap differently in each).
      const sizes = drawing.items.map((item) => item.labelSize);
      expect(sizes).to.deep.equal(sizesWith(document, drawing.domain, drawing.length, fitted));
      expect(sizes).not.to.deep.equal(sizesWith(document, drawing.domain, drawing.length, first));
      for (const item of drawing.items.filter((each) => each.row >= 0)) {
        expect(frame.label(item).width).to.equal(fitted.width - COLUMN_GAP);
      }
    };

    it('layoutTimeline lays a vertical plot out again with a wider gutter when tick labels are long', () => {
      // Within a day: ticks name the day and the hour.
      const title = 'Ceasefire talks open in Vienna: day';
      check(parse({ version: 1, events: [{ date: '2015-09-02T10:00Z', title }, { date: '2015-09-02T16:00Z', title }] }), true);
    });

    it('layoutTimeline lays a vertical plot out again with a narrower gutter when tick labels are short', () => {
      // Years: four-digit ticks.
      const title = 'Ceasefire talks open in Vienna, day two';
      check(parse({ version: 1, events: [{ date: '2011', title }, { date: '2015', title }] }), false);
    });
  });
});
