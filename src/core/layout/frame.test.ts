import { expect } from '@open-wc/testing';
import type { TimelineDocument } from '../document/types.js';
import { documentDomain } from '../time/scale.js';
import { deriveDrawing, type DrawingCluster, type Orientation, type TimelineDrawing } from './drawing.js';
import { createFrame, verticalColumns } from './frame.js';
import { COLUMN_GAP, VERTICAL_LABEL_GAP } from './metrics.js';
import { parse } from '../../../test/helpers/parse.js';

const events = [
  { id: 'gaddafi', date: '2011', title: 'Gaddafi overthrown', group: 'libya' },
  { id: 'campaign', date: '2014-08', end: '2015-12', title: 'Air campaign', group: 'war' },
  { id: 'russia', date: '2015-09', title: 'Russia joins', group: 'war' },
  { id: 'raqqa', date: '2015-09-20', title: 'Strikes near Raqqa', group: 'war' },
  { id: 'vote', date: '2015-12-02', title: 'Commons vote' },
];
const grouped = parse({
  version: 1,
  groups: [{ id: 'libya', label: 'Libya' }, { id: 'war', label: 'Iraq & Syria' }],
  events,
});
const plain = parse({ version: 1, events: events.map(({ group: _group, ...event }) => event) });

const WIDTH = 800;

function drawing(document: TimelineDocument, orientation: Orientation = 'horizontal', textScale = 1): TimelineDrawing {
  return deriveDrawing(document, {
    domain: documentDomain(document.events),
    length: orientation === 'horizontal' ? WIDTH : 600,
    locale: 'en-GB',
    orientation,
    textScale,
  });
}

const labelled = (view: TimelineDrawing) => view.items.filter((item) => item.row >= 0);

/** A cluster badge of two events at `anchor`: only its lane and anchor matter to a frame. */
const clusterAt = (lane: number, anchor: number): DrawingCluster => ({
  lane, anchor, members: [0, 1], size: 2, first: 0, last: 1, domain: [0, 1],
});

describe('createFrame (horizontal)', () => {
  const view = drawing(grouped);
  const frame = createFrame(view, WIDTH, false);

  it('createFrame gives a grouped document headed bands, stacked top to bottom without gaps', () => {
    expect(frame.lanes.map((lane) => lane.label)).to.deep.equal(['Libya', 'Iraq & Syria', null]);
    expect(frame.lanes.every((lane) => lane.headed)).to.equal(true);
    expect(frame.lanes[0].top).to.equal(0);
    for (let i = 1; i < frame.lanes.length; i += 1) {
      expect(frame.lanes[i].top, `band ${i}`).to.equal(frame.lanes[i - 1].top + frame.lanes[i - 1].height);
    }
    // Heading, one row of 76 px per label row, then the baseline strip, whose middle is the baseline.
    view.lanes.forEach((lane, i) => {
      expect(frame.lanes[i].height, `band ${i}`).to.equal(24 + lane.rowCount * 76 + 28);
      expect(frame.lanes[i].baseline, `band ${i}`).to.equal(frame.lanes[i].top + frame.lanes[i].height - 14);
    });
  });

  it('createFrame gives an ungrouped document one band without a heading', () => {
    const bands = createFrame(drawing(plain), WIDTH, false).lanes;
    expect(bands).to.have.length(1);
    expect(bands[0].headed).to.equal(false);
    expect(bands[0].height).to.equal(drawing(plain).lanes[0].rowCount * 76 + 28);
  });

  it('draws the axis line across the whole width just below the last band, with room for tick labels under it', () => {
    const last = frame.lanes[frame.lanes.length - 1];
    const y = last.top + last.height + 4;
    expect(frame.axis).to.deep.equal({ from: { x: 0, y }, to: { x: WIDTH, y } });
    expect(frame.height).to.equal(y + 34);
    const tick = frame.tick(120);
    expect(tick).to.deep.equal({ mark: { x: 120, y }, label: { x: 120, y: y + 22 }, vertical: false });
  });

  it('label() puts every label inside its band, above the baseline, and never over its lane\'s baseline', () => {
    expect(labelled(view)).to.have.length.of.at.least(4);
    for (const item of labelled(view)) {
      const box = frame.label(item);
      const band = frame.lanes[item.lane];
      expect(box.x, item.event.id).to.equal(item.labelStart);
      expect(box.width, item.event.id).to.equal(item.labelSize);
      expect(box.y, item.event.id).to.be.at.least(band.top + 24);
      expect(box.y + box.height, item.event.id).to.be.below(band.baseline);
    }
  });

  it('marker(), stemStart() and cluster() sit on the lane baseline at the item\'s anchor; the stem leaves the label\'s foot', () => {
    for (const item of labelled(view)) {
      const baseline = frame.lanes[item.lane].baseline;
      expect(frame.marker(item), item.event.id).to.deep.equal({ x: item.anchor, y: baseline });
      const box = frame.label(item);
      expect(frame.stemStart(item), item.event.id).to.deep.equal({ x: item.anchor, y: box.y + box.height });
    }
    expect(frame.cluster(clusterAt(1, 333))).to.deep.equal({ x: 333, y: frame.lanes[1].baseline });
  });

  it('band() lays a bar or bracket along the axis, centred `offset` px from the baseline', () => {
    const box = frame.band({ lane: 1 }, { start: 100, size: 50 }, -6, 4);
    expect(box).to.deep.equal({ x: 100, y: frame.lanes[1].baseline - 6 - 2, width: 50, height: 4 });
  });

  it('createFrame mirrors every x for right-to-left (x becomes width − x) and keeps every y', () => {
    const rtl = createFrame(view, WIDTH, true);
    expect(rtl.lanes).to.deep.equal(frame.lanes);
    expect(rtl.axis).to.deep.equal(frame.axis);
    for (const item of labelled(view)) {
      const [ltrMarker, rtlMarker] = [frame.marker(item), rtl.marker(item)];
      expect(rtlMarker, item.event.id).to.deep.equal({ x: WIDTH - ltrMarker.x, y: ltrMarker.y });
      const [ltrBox, rtlBox] = [frame.label(item), rtl.label(item)];
      expect(rtlBox, item.event.id).to.deep.equal({ ...ltrBox, x: WIDTH - ltrBox.x - ltrBox.width });
      expect(rtl.stemStart(item).x, item.event.id).to.equal(WIDTH - frame.stemStart(item).x);
    }
    for (const tick of view.ticks) {
      expect(rtl.tick(tick.position).mark.x).to.equal(WIDTH - tick.position);
      expect(rtl.tick(tick.position).label.x).to.equal(WIDTH - tick.position);
    }
    const extent = { start: 100, size: 50 };
    expect(rtl.band({ lane: 0 }, extent, 0, 4).x).to.equal(WIDTH - 150);
    expect(rtl.cluster(clusterAt(0, 200)).x).to.equal(WIDTH - 200);
  });

  it('createFrame scales every size with textScale', () => {
    const big = drawing(grouped, 'horizontal', 2);
    const scaled = createFrame(big, WIDTH, false, 2);
    big.lanes.forEach((lane, i) => {
      expect(scaled.lanes[i].height, `band ${i}`).to.equal(48 + lane.rowCount * 152 + 56);
    });
    expect(scaled.height - scaled.axis.from.y).to.equal(68);
    const item = labelled(big)[0];
    expect(scaled.label(item).height).to.equal(124);
  });
});

describe('verticalColumns', () => {
  it('verticalColumns keeps a gutter for 8-character tick labels, then as many 180 px columns as fit', () => {
    expect(verticalColumns(400)).to.deep.equal({ gutter: 76, count: 1, width: 308 });
    expect(verticalColumns(800)).to.deep.equal({ gutter: 76, count: 3, width: 236 });
  });

  it('verticalColumns widens the gutter for longer tick labels, up to 40% of the width', () => {
    expect(verticalColumns(800, 1, 14).gutter).to.equal(14 * 7 + 20);
    expect(verticalColumns(400, 1, 30).gutter).to.equal(160);
  });

  it('verticalColumns grows gutter, gap and columns with textScale, and keeps at least one column', () => {
    expect(verticalColumns(800, 2)).to.deep.equal({ gutter: 152, count: 1, width: 800 - 152 - 32 });
    expect(verticalColumns(200, 2).count).to.equal(1);
  });
});

describe('createFrame (vertical)', () => {
  const view = drawing(plain, 'vertical');
  const columns = verticalColumns(WIDTH);
  const frame = createFrame(view, WIDTH, false, 1, columns);

  it('createFrame draws the vertical axis down the plot at the gutter, in one band without a heading', () => {
    expect(frame.height).to.equal(600);
    expect(frame.axis).to.deep.equal({ from: { x: 76, y: 0 }, to: { x: 76, y: 600 } });
    expect(frame.lanes).to.deep.equal([{ label: null, headed: false, top: 0, height: 600, baseline: 76 }]);
    expect(frame.tick(250)).to.deep.equal({ mark: { x: 76, y: 250 }, label: { x: 66, y: 254 }, vertical: true });
  });

  it('label() puts each label in its column past the gutter, marker() and cluster() on the axis', () => {
    expect(labelled(view)).to.have.length.of.at.least(4);
    for (const item of labelled(view)) {
      expect(frame.label(item), item.event.id).to.deep.equal({
        x: 76 + 16 + item.row * columns.width,
        y: item.labelStart,
        width: columns.width - COLUMN_GAP,
        height: item.labelSize - VERTICAL_LABEL_GAP,
      });
      expect(frame.marker(item), item.event.id).to.deep.equal({ x: 76, y: item.anchor });
      const stem = frame.stemStart(item);
      expect(stem.x, item.event.id).to.equal(76 + 16 + item.row * columns.width);
      expect(stem.y, item.event.id).to.be.within(item.labelStart, item.labelStart + item.labelSize);
    }
    expect(frame.cluster(clusterAt(0, 42))).to.deep.equal({ x: 76, y: 42 });
    expect(frame.band({ lane: 0 }, { start: 10, size: 90 }, 0, 4)).to.deep.equal({ x: 74, y: 10, width: 4, height: 90 });
  });

  it('createFrame mirrors the vertical layout for right-to-left: the gutter at the right', () => {
    const rtl = createFrame(view, WIDTH, true, 1, columns);
    expect(rtl.axis).to.deep.equal({ from: { x: WIDTH - 76, y: 0 }, to: { x: WIDTH - 76, y: 600 } });
    expect(rtl.tick(250).label).to.deep.equal({ x: WIDTH - 66, y: 254 });
    for (const item of labelled(view)) {
      const box = frame.label(item);
      expect(rtl.label(item), item.event.id).to.deep.equal({ ...box, x: WIDTH - box.x - box.width });
      expect(rtl.marker(item).x, item.event.id).to.equal(WIDTH - 76);
    }
    expect(rtl.band({ lane: 0 }, { start: 10, size: 90 }, 0, 4).x).to.equal(WIDTH - 78);
  });

  it('createFrame works out the columns from the width when none are given', () => {
    expect(createFrame(view, WIDTH, false).axis.from.x).to.equal(verticalColumns(WIDTH).gutter);
    expect(createFrame(view, WIDTH, false, 2).axis.from.x).to.equal(verticalColumns(WIDTH, 2).gutter);
  });
});
