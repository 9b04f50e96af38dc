import { expect } from '@open-wc/testing';
import { randomDocument } from '../../../test/helpers/random-documents.js';
import { eventColumns } from './columns.js';
import { buildLanes } from './lanes.js';
import { labelWidthFor } from './labels.js';
import { formatDateLabels } from './drawing.js';
import { EDGE_SLACK_PX } from './metrics.js';
import { placeWindow, type WindowPlacement } from './placement.js';
import type { WindowInput } from './slots.js';
import { panDomain, zoomDomain, zoomLimits } from '../window/zoom.js';
import type { TimelineDocument } from '../document/types.js';
import type { TimeDomain } from '../time/scale.js';
import { parse } from '../../../test/helpers/parse.js';

/** The input the view builds for a document: its columns, lanes and label widths. */
function inputFor(document: TimelineDocument, domain: TimeDomain, pinned: number[] = [], length = 1280): WindowInput {
  const columns = eventColumns(document.events, document.groups);
  const { lanes, laneOf } = buildLanes(document, true);
  const labels = formatDateLabels(document, 'en-GB');
  const sizes = Float64Array.from(document.events, (event, i) => labelWidthFor(labels[i].length, event.title.length));
  return { ...columns, laneOf, laneCount: lanes.length, sizes, domain, length, maxRows: 4, pinned };
}

/** Whether event `i` (its bar, or its marker) is within the plot and its edge slack. */
function reachesPlot(input: WindowInput, i: number): boolean {
  const { domain, length } = input;
  const px = (ms: number) => ((ms - domain[0]) / (domain[1] - domain[0])) * length;
  const [from, to] = input.spans[i] ? [px(input.starts[i]), px(input.ends[i])] : [px(input.anchors[i]), px(input.anchors[i])];
  return to >= -EDGE_SLACK_PX && from <= length + EDGE_SLACK_PX;
}

/** What a placement says of one lane, in plain data, with event indices as positions in `own` (the lane's events). */
function describeLane(placement: WindowPlacement, lane: number, own: readonly number[]) {
  const local = (i: number) => own.indexOf(i);
  return {
    rows: [...placement.rows].filter(([i]) => own.includes(i)).map(([i, row]) => [local(i), row]),
    clusters: placement.clusters.filter((c) => c.lane === lane).map((c) => ({ anchor: c.anchor, members: c.members.map(local), domain: c.domain })),
    marks: { points: placement.marks[lane].points, bars: placement.marks[lane].bars },
  };
}

describe('placeWindow', () => {
  const raw = randomDocument({ events: 3000, seed: 11, groups: 3, spans: 0.2 }) as { groups: { id: string }[]; events: { group: string }[] };
  const document = parse(raw);
  const eventsOf = (lane: number) => document.events.flatMap((event, i) => (event.group === document.groups[lane].id ? [i] : []));
  const limits = zoomLimits(document.events);
  const windows = [1, 3, 40].flatMap((zoom) => [-0.4, 0, 0.3].map((pan) => panDomain(zoomDomain(limits.outer, zoom, limits), pan, limits)));

  it('places every event that reaches the plot once: a label row, or one cluster', () => {
    for (const domain of windows) {
      const input = inputFor(document, domain);
      const placement = placeWindow(input);
      const clustered = placement.clusters.flatMap((cluster) => cluster.members);
      expect(new Set(clustered).size, 'in one cluster only').to.equal(clustered.length);
      const inView = document.events.flatMap((_, i) => (reachesPlot(input, i) ? [i] : []));
      const labelled = [...placement.rows.keys()];
      expect(labelled.every((i) => reachesPlot(input, i)), 'labels only for events in view').to.be.true;
      const placed = [...labelled, ...clustered.filter((i) => reachesPlot(input, i))].sort((a, b) => a - b);
      expect(placed).to.deep.equal(inView);
      expect(labelled, 'labels in chronological order').to.deep.equal([...labelled].sort((a, b) => a - b));
    }
  });

  it('lays lanes out independently: each lane as if its events were alone', () => {
    for (const domain of windows) {
      const whole = placeWindow(inputFor(document, domain));
      raw.groups.forEach((group, lane) => {
        const alone = parse({ ...raw, groups: [group], events: raw.events.filter((event) => event.group === group.id) });
        const single = placeWindow(inputFor(alone, domain));
        const all = alone.events.map((_, i) => i);
        expect(describeLane(whole, lane, eventsOf(lane)), `lane ${lane}`).to.deep.equal(describeLane(single, 0, all));
      });
    }
  });

  it('gives a pinned event in view a row, and leaves other lanes as they were', () => {
    const domain = windows[0];
    const unpinned = placeWindow(inputFor(document, domain));
    const hidden = unpinned.clusters.find((cluster) => cluster.lane === 1)!.members.find((i) => reachesPlot(inputFor(document, domain), i))!;
    const pinned = placeWindow(inputFor(document, domain, [hidden]));
    expect(pinned.rows.has(hidden)).to.be.true;
    for (const lane of [0, 2]) expect(describeLane(pinned, lane, eventsOf(lane))).to.deep.equal(describeLane(unpinned, lane, eventsOf(lane)));
  });

  it('describes each cluster by its size and first and last member, and keeps members chronological', () => {
    for (const domain of windows) {
      for (const cluster of placeWindow(inputFor(document, domain)).clusters) {
        expect(cluster.size).to.equal(cluster.members.length);
        expect([cluster.first, cluster.last]).to.deep.equal([cluster.members[0], cluster.members[cluster.size - 1]]);
        expect(cluster.members).to.deep.equal([...cluster.members].sort((a, b) => a - b));
        expect((JSON.parse(JSON.stringify(cluster)) as { members: number[] }).members, 'members in JSON').to.deep.equal(cluster.members);
      }
    }
  });

  it('draws clustered spans as the stretches their bars cover: ascending, apart, covering each bar', () => {
    for (const domain of windows) {
      const input = inputFor(document, domain);
      const placement = placeWindow(input);
      const px = (ms: number) => ((ms - domain[0]) / (domain[1] - domain[0])) * input.length;
      for (const cluster of placement.clusters) {
        const { bars } = placement.marks[cluster.lane];
        for (let b = 1; b < bars.length; b += 1) expect(bars[b].start, 'apart').to.be.above(bars[b - 1].start + bars[b - 1].size);
        for (const i of cluster.members) {
          if (!input.spans[i] || !reachesPlot(input, i)) continue;
          const start = Math.max(0, px(input.starts[i]));
          const end = Math.max(start + 2, Math.min(input.length, px(input.ends[i])));
          const covered = bars.some((bar) => bar.start <= start + 1e-9 && bar.start + bar.size >= end - 1e-9);
          expect(covered, `bar of event ${i}`).to.be.true;
        }
      }
    }
  });
});
