import { expect } from '@open-wc/testing';
import { randomDocument } from '../../../test/helpers/random-documents.js';
import { createTimeScale, documentDomain, eventAnchorMs } from '../time/scale.js';
import { formatEventDate } from '../time/format.js';
import { LABEL_GAP, LABEL_MIN_WIDTH } from './metrics.js';
import {
  COMPLETE_LIST_MAX, deriveDrawing, formatDateLabels, type TimelineDrawing,
} from './drawing.js';
import { zoomDomain, zoomLimits } from '../window/zoom.js';
import { parse } from '../../../test/helpers/parse.js';

/** Every pair of drawn labels in one lane and row must be apart; every label inside the axis. */
function expectNoOverlaps(view: TimelineDrawing, what: string): void {
  const drawn = view.items.filter((item) => item.row >= 0);
  const byRow = new Map<string, typeof drawn>();
  for (const item of drawn) {
    expect(item.labelStart, `${what}: ${item.event.id} starts inside`).to.be.at.least(0);
    expect(item.labelStart + item.labelSize, `${what}: ${item.event.id} ends inside`).to.be.at.most(view.length + 1e-9);
    const key = `${item.lane}/${item.row}`;
    byRow.set(key, [...(byRow.get(key) ?? []), item]);
  }
  for (const row of byRow.values()) {
    const sorted = [...row].sort((a, b) => a.labelStart - b.labelStart);
    for (let i = 1; i < sorted.length; i += 1) {
      const before = sorted[i - 1];
      expect(sorted[i].labelStart, `${what}: ${before.event.id} and ${sorted[i].event.id}`).to.be.at.least(
        before.labelStart + before.labelSize,
      );
    }
  }
}

describe('deriveDrawing', () => {
  const doc = parse({
    version: 1,
    groups: [{ id: 'libya', label: 'Libya' }, { id: 'war', label: 'Iraq & Syria' }],
    events: [
      { id: 'campaign', date: '2014-08', end: '2015-12', title: 'Air campaign', group: 'war' },
      { id: 'vote', date: '2015-12-02', title: 'Commons vote' },
      { id: 'russia', date: '2015-09', title: 'Russia joins', group: 'war' },
      { id: 'gaddafi', date: '2011', title: 'Gaddafi overthrown', group: 'libya' },
    ],
  });
  const full = documentDomain(doc.events);

  it('deriveDrawing keeps chronological order and labels each event in the locale', () => {
    const view = deriveDrawing(doc, { domain: full, length: 900, locale: 'en-GB' });
    expect(view.items.map((item) => item.event.id)).to.deep.equal(['gaddafi', 'campaign', 'russia', 'vote']);
    expect(view.items.map((item) => item.dateLabel)).to.deep.equal([
      '2011', 'August 2014 – December 2015', 'September 2015', '2 December 2015',
    ]);
    expect(view.items.map((item) => item.datetime)).to.deep.equal(['2011', '2014-08', '2015-09', '2015-12-02']);
  });

  it('deriveDrawing makes one lane per group in document order, then a shared lane', () => {
    const view = deriveDrawing(doc, { domain: full, length: 900, locale: 'en-GB' });
    expect(view.lanes.map((lane) => lane.label)).to.deep.equal(['Libya', 'Iraq & Syria', null]);
    expect(view.items.map((item) => item.lane)).to.deep.equal([0, 1, 1, 2]);
  });

  it('deriveDrawing keeps a lane with nothing in view, with no rows', () => {
    const view = deriveDrawing(doc, { domain: [Date.UTC(2015, 8, 1), Date.UTC(2015, 11, 31)], length: 900, locale: 'en-GB' });
    expect(view.lanes[0].label).to.equal('Libya');
    expect(view.lanes[0].rowCount).to.equal(0);
    expect(view.items[0].visible).to.be.false;
    expect(view.items[0].row).to.equal(-1);
  });

  it('deriveDrawing gives spans a bar and long periods a bracket once wider than a marker', () => {
    const view = deriveDrawing(doc, { domain: full, length: 900, locale: 'en-GB' });
    const campaign = view.items.find((item) => item.event.id === 'campaign')!;
    expect(campaign.bar!.start).to.be.closeTo(campaign.anchor, 1e-6);
    expect(view.items.find((item) => item.event.id === 'gaddafi')!.bracket).to.exist;
    expect(view.items.find((item) => item.event.id === 'vote')!.bracket).to.equal(undefined);
    const narrow = deriveDrawing(doc, { domain: full, length: 60, locale: 'en-GB' });
    expect(narrow.items.find((item) => item.event.id === 'russia')!.bracket).to.equal(undefined);
  });

  it('deriveDrawing keeps tick labels at the edges inside the plot', () => {
    const view = deriveDrawing(doc, { domain: full, length: 900, locale: 'en-GB' });
    expect(view.ticks.length).to.be.greaterThan(2);
    for (const tick of view.ticks) {
      const width = tick.label.length * 7;
      const start = { start: tick.position, middle: tick.position - width / 2, end: tick.position - width }[tick.anchor];
      expect(start, tick.label).to.be.at.least(-1e-9);
      expect(start + width, tick.label).to.be.at.most(900 + 1e-9);
    }
  });

  it('deriveDrawing vertical: one lane, fixed label size along the axis', () => {
    const view = deriveDrawing(doc, { domain: full, length: 600, locale: 'en-GB', orientation: 'vertical', maxRows: 1 });
    expect(view.lanes).to.have.length(1);
    expectNoOverlaps(view, 'vertical');
  });

  it('never overlaps labels, and every event in view is drawn or in a cluster, never both (10–5000 events, 320/768/1280 px)', () => {
    for (const [count, seed] of [[10, 1], [60, 2], [400, 3], [5000, 4]] as const) {
      const document = parse(randomDocument({ events: count, seed, groups: seed % 3 }));
      for (const length of [320, 768, 1280]) {
        for (const zoom of [1, 8, 64]) {
          const limits = zoomLimits(document.events);
          const domain = zoomDomain(limits.outer, zoom, limits);
          const view = deriveDrawing(document, { domain, length, locale: 'en-GB' });
          const what = `${count} events, ${length}px, zoom ${zoom}`;
          expectNoOverlaps(view, what);
          // Which events are in view, worked out here from the scale alone (through the
          // document's warp: a 10-event random document may have a long empty stretch).
          const linear = createTimeScale([limits.warp.toAxis(domain[0]), limits.warp.toAxis(domain[1])], [0, length]);
          const scale = (ms: number) => linear(limits.warp.toAxis(ms));
          const inView = document.events.flatMap((event, i) => {
            const shown = event.end
              ? scale(event.endMs) >= -8 && scale(event.startMs) <= length + 8
              : scale(eventAnchorMs(event)) >= -8 && scale(eventAnchorMs(event)) <= length + 8;
            return shown ? [i] : [];
          });
          const drawn = view.items.filter((item) => item.row >= 0).map((item) => item.index);
          const clustered = view.clusters.flatMap((cluster) => cluster.members).filter((i) => inView.includes(i));
          expect(drawn.filter((i) => clustered.includes(i)), `${what}: drawn and clustered`).to.deep.equal([]);
          expect([...drawn, ...clustered].sort((a, b) => a - b), what).to.deep.equal(inView);
          expect(view.items.every((item) => document.events[item.index] === item.event), what).to.be.true;
          expect(view.complete, what).to.equal(count <= COMPLETE_LIST_MAX);
          if (view.complete) {
            expect(view.items.map((item) => item.index), what).to.deep.equal(document.events.map((_, i) => i));
          } else {
            // The list holds what is drawn: bounded by the rows and the width, not the document.
            const perRow = Math.floor(length / (LABEL_MIN_WIDTH + LABEL_GAP)) + 1;
            expect(view.items.length, what).to.be.at.most(view.lanes.length * 6 * perRow);
            expect(view.items.every((item) => item.row >= 0), what).to.be.true;
          }
          // Each clustered point event has its marker in its lane's marks, each one pixel apart at most.
          for (const i of clustered) {
            const event = document.events[i];
            if (event.end) continue;
            const marks = view.marks.find((m) => m.lane === view.clusters.find((c) => c.members.includes(i))!.lane)!;
            expect(marks.points, `${what}: marker of ${event.id}`).to.include(Math.round(scale(eventAnchorMs(event))));
          }
          for (const marks of view.marks) expect(new Set(marks.points).size, what).to.equal(marks.points.length);
        }
      }
    }
  });

  it('large documents: items, clusters and marks stay bounded by the window at 100,000 events', () => {
    const document = parse(randomDocument({ events: 100_000, seed: 9, groups: 2 }));
    const limits = zoomLimits(document.events);
    for (const zoom of [1, 16, 4096]) {
      const domain = zoomDomain(limits.outer, zoom, limits);
      const view = deriveDrawing(document, { domain, length: 1280, locale: 'en-GB', pinned: [0, 99_999] });
      const what = `zoom ${zoom}`;
      expect(view.total).to.equal(100_000);
      expect(view.items.length, what).to.be.at.most(view.lanes.length * 4 * 18 + 2);
      expect(view.clusters.length, what).to.be.at.most(view.lanes.length * (1280 / 40 + 1));
      for (const marks of view.marks) expect(marks.points.length, what).to.be.at.most(1281);
      // The pinned events are listed wherever they are, so the keyboard can always reach them.
      expect(view.items.map((item) => item.index), what).to.include.members([0, 99_999]);
    }
  });

  it('formats each distinct date once per document and locale, and agrees with formatEventDate', () => {
    const document = parse(randomDocument({ events: 2000, seed: 5, spans: 0.2 }));
    const labels = formatDateLabels(document, 'de-DE');
    expect(formatDateLabels(document, 'de-DE'), 'cached').to.equal(labels);
    expect(labels).to.deep.equal(document.events.map((event) => formatEventDate(event, 'de-DE')));
  });

  it('is stable: the same input gives the same rows, and zooming in keeps a lone event in its row', () => {
    const lone = ['2000-06', '2004-06', '2008-06', '2012-06', '2016-06'].map((date, i) => ({ id: `lone${i}`, date, title: `Alone ${i}` }));
    const crowd = Array.from({ length: 8 }, (_, i) => ({ id: `crowd${i}`, date: `2010-0${1 + (i % 3)}`, title: `Crowded ${i}` }));
    const document = parse({ version: 1, events: [...lone, ...crowd] });
    const limits = zoomLimits(document.events);
    const options = { domain: limits.outer, length: 1280, locale: 'en-GB' };
    const first = deriveDrawing(document, options);
    const again = deriveDrawing(document, options);
    expect(again.items.map((item) => item.row)).to.deep.equal(first.items.map((item) => item.row));
    expect(first.clusters.length, 'the crowd overflows into a cluster').to.be.greaterThan(0);
    const anchor = Date.UTC(2008, 5, 15);
    const zoomed = deriveDrawing(document, { ...options, domain: zoomDomain(limits.outer, 2, limits, anchor) });
    const extent = (item: TimelineDrawing['items'][number]) => [
      Math.min(item.labelStart, item.bar?.start ?? Infinity),
      Math.max(item.labelStart + item.labelSize, item.bar ? item.bar.start + item.bar.size : -Infinity),
    ];
    let checked = 0;
    first.items.forEach((item, i) => {
      const [start, end] = extent(item);
      const lone = first.items.every((other, j) => {
        const [otherStart, otherEnd] = extent(other);
        return j === i || otherEnd + 8 <= start || end + 8 <= otherStart;
      });
      const after = zoomed.items[i];
      // Zooming in only moves markers apart, so a label that crowded nothing still crowds nothing.
      if (lone && after.anchor > 200 && after.anchor < 1080) {
        expect(after.row, item.event.id).to.equal(0);
        checked += 1;
      }
    });
    expect(checked).to.be.greaterThan(0);
  });
});
