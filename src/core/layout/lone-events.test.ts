import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { layoutRequest } from '../../../test/helpers/layout-request.js';
import type { TimelineDocument } from '../document/types.js';
import type { TimeDomain } from '../time/scale.js';
import { deriveDrawing, type TimelineDrawing } from './drawing.js';
import { layoutTimeline } from './host-layout.js';
import { parse } from '../../../test/helpers/parse.js';

// A cluster badge stands for two or more events (lone-events.ts): a lone event takes a row
// of its own when horizontal; when vertical it joins the cluster beside it, else shares a
// badge with the labelled event nearest it.

const DAY = 86_400_000;
const ORIGIN = Date.UTC(2020, 0, 1);
/** 1,000 days over 1,000 px: an event `d` days in sits at `d` px. */
const DOMAIN: TimeDomain = [ORIGIN, ORIGIN + 1000 * DAY];

/** Events `days` days after 1 January 2020, titled A, B, C, … */
function onDays(days: readonly number[]): TimelineDocument {
  return parse({
    version: 1,
    events: days.map((day, i) => ({ date: new Date(ORIGIN + day * DAY).toISOString().slice(0, 10), title: String.fromCharCode(65 + i) })),
  });
}

function layoutAt(document: TimelineDocument, hostWidth: number) {
  const layout = layoutTimeline(document, layoutRequest(document, { hostWidth }));
  if (!layout) throw new Error('no layout');
  return layout.drawing;
}

/**
 * Labelled footprints that overlap another in the same lane and row: label and bar when
 * horizontal; the label alone when vertical, where bars lie on the axis beside the column.
 */
function overlaps(drawing: TimelineDrawing): string[] {
  const found: string[] = [];
  const bar = (item: TimelineDrawing['items'][number]) => (drawing.orientation === 'horizontal' ? item.bar : undefined);
  const placed = drawing.items.filter((item) => item.visible && item.row >= 0).map((item) => {
    const start = Math.min(item.labelStart, bar(item)?.start ?? Infinity);
    const end = Math.max(item.labelStart + item.labelSize, bar(item) ? bar(item)!.start + bar(item)!.size : -Infinity);
    return { item, start, end };
  });
  for (const a of placed) {
    for (const b of placed) {
      if (a.item.index >= b.item.index || a.item.lane !== b.item.lane || a.item.row !== b.item.row) continue;
      if (a.start < b.end && b.start < a.end) found.push(`${a.item.index} and ${b.item.index} in lane ${a.item.lane} row ${a.item.row}`);
    }
  }
  return found;
}

describe('lone events', () => {
  it('deriveDrawing gives a lone event a row beyond maxRows when horizontal, and grows its lane', () => {
    // A holds the only row; B and B2 cluster; C, 60 px on, would be a "+1".
    const drawing = deriveDrawing(onDays([100, 105, 110, 170]), { domain: DOMAIN, length: 1000, locale: 'en-GB', maxRows: 1, compress: false });
    expect(drawing.clusters.map((cluster) => cluster.size)).to.deep.equal([2]);
    expect(drawing.items.map((item) => item.row)).to.deep.equal([0, -1, -1, 1]);
    expect(drawing.lanes[0].rowCount).to.equal(2);
    expect(drawing.clusters[0].members).to.deep.equal([1, 2]);
  });

  it('deriveDrawing keeps the row of a pinned event and still lifts the event left alone', () => {
    // B, pinned, takes the row first; A and B2 cluster; C is alone and takes a row of its own.
    const drawing = deriveDrawing(onDays([100, 105, 110, 170]), { domain: DOMAIN, length: 1000, locale: 'en-GB', maxRows: 1, pinned: [1], compress: false });
    expect(drawing.items.map((item) => item.row)).to.deep.equal([-1, 0, -1, 1]);
    expect(drawing.clusters.map((cluster) => cluster.members)).to.deep.equal([[0, 2]]);
  });

  it('deriveDrawing adds no row when no event would be alone', () => {
    const drawing = deriveDrawing(onDays([100, 105, 110, 140]), { domain: DOMAIN, length: 1000, locale: 'en-GB', maxRows: 1 });
    expect(drawing.clusters.map((cluster) => cluster.size)).to.deep.equal([3]);
    expect(drawing.lanes[0].rowCount).to.equal(1);
  });

  /** Days after 1 January 2020 in one 1,000 px column, one label wide (each label is 49 px tall). */
  const column = (days: readonly number[]) => deriveDrawing(onDays(days), {
    domain: DOMAIN, length: 1000, locale: 'en-GB', orientation: 'vertical', maxRows: 1, labelWidth: 180, compress: false,
  });

  it('deriveDrawing joins a lone event to the cluster beside it when vertical', () => {
    // E (day 150) has 35 px between B's and F's labels: it joins the C–D cluster 40 px before it.
    const drawing = column([40, 100, 105, 110, 150, 200]);
    expect(drawing.clusters.map((cluster) => cluster.members)).to.deep.equal([[2, 3, 4]]);
    expect(drawing.clusters[0].domain).to.deep.equal([ORIGIN + 105 * DAY, ORIGIN + 151 * DAY]);
    expect(drawing.items.map((item) => item.row)).to.deep.equal([0, 0, -1, -1, -1, 0]);
  });

  it('deriveDrawing pairs a lone event with the labelled one nearest it when vertical and no cluster is near', () => {
    // C (day 106) cannot be labelled and no cluster is within reach: B, 6 px before it, shares its badge.
    const drawing = column([40, 100, 106, 200]);
    expect(drawing.clusters.map((cluster) => cluster.members)).to.deep.equal([[1, 2]]);
    expect(drawing.items.map((item) => item.row)).to.deep.equal([0, -1, -1, 0]);
  });

  for (const name of ['women-in-computing', 'media-types']) {
    it(`layoutTimeline at 1280 px labels every event of TimelineJS's ${name} example, with no "+1"`, async () => {
      const document = parse(await (await fetch(`/test/fixtures/timelinejs/${name}.news-timeline.json`)).json());
      const drawing = layoutAt(document, 1280);
      expect(drawing.orientation).to.equal('horizontal');
      expect(drawing.clusters.filter((cluster) => cluster.size === 1)).to.deep.equal([]);
      expect(drawing.items.filter((item) => item.row >= 0)).to.have.length(document.events.length);
      expect(overlaps(drawing)).to.deep.equal([]);
    });
  }

  it('layoutTimeline never overlaps labels and never shows "+1", in either orientation, over random documents and widths', () => {
    const event = fc.record({
      day: fc.integer({ min: 0, max: 3650 }),
      title: fc.integer({ min: 1, max: 90 }),
      group: fc.integer({ min: 0, max: 3 }),
      span: fc.option(fc.integer({ min: 1, max: 900 }), { nil: undefined }),
    });
    fc.assert(
      fc.property(fc.array(event, { minLength: 1, maxLength: 120, size: 'max' }), fc.integer({ min: 320, max: 1600 }), fc.boolean(), (events, hostWidth, grouped) => {
        const document = parse({
          version: 1,
          groups: grouped ? [{ id: 'a', label: 'A' }, { id: 'b', label: 'B' }, { id: 'c', label: 'C' }] : undefined,
          events: events.map(({ day, title, group, span }) => ({
            date: new Date(ORIGIN + day * DAY).toISOString().slice(0, 10),
            end: span === undefined ? undefined : new Date(ORIGIN + (day + span) * DAY).toISOString().slice(0, 10),
            title: 'Tt '.repeat(title).slice(0, title),
            group: grouped && group > 0 ? 'abc'[group - 1] : undefined,
          })),
        });
        const drawing = layoutAt(document, hostWidth);
        expect(overlaps(drawing), `at ${hostWidth} px`).to.deep.equal([]);
        expect(drawing.clusters.filter((cluster) => cluster.size < 2), `at ${hostWidth} px`).to.deep.equal([]);
        for (const cluster of drawing.clusters) expect(cluster.members).to.have.length(cluster.size);
        const hidden = drawing.items.filter((item) => item.clustered).map((item) => item.index);
        expect(drawing.clusters.flatMap((cluster) => cluster.members).filter((i) => drawing.items[i]?.visible ?? true).sort((a, b) => a - b)).to.deep.equal(hidden);
      }),
      { seed: 1616, numRuns: 150 },
    );
  });
});
