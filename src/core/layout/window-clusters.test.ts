import { expect } from '@open-wc/testing';
import { randomDocument } from '../../../test/helpers/random-documents.js';
import { deriveDrawing } from './drawing.js';
import { zoomDomain, zoomLimits } from '../window/zoom.js';
import { parse } from '../../../test/helpers/parse.js';

describe('window clusters', () => {
  const document = parse(randomDocument({ events: 4000, seed: 21, groups: 2, spans: 0.3 }));
  const limits = zoomLimits(document.events);
  const view = (zoom: number) => deriveDrawing(document, { domain: zoomDomain(limits.outer, zoom, limits), length: 1280, locale: 'en-GB' });

  it('a cluster read after later windows were placed still gives its own members and domain', () => {
    const whole = view(1);
    const expected = view(1).clusters.map((cluster) => ({ members: [...cluster.members], domain: cluster.domain }));
    // Other windows reuse the columns the first one was placed in.
    view(9);
    view(200);
    expect(whole.clusters.map((cluster) => ({ members: [...cluster.members], domain: cluster.domain }))).to.deep.equal(expected);
  });

  it('the domain runs from the first member\'s start to the latest member\'s end', () => {
    for (const cluster of view(3).clusters) {
      const ends = cluster.members.map((i) => document.events[i].endMs);
      expect(cluster.domain).to.deep.equal([document.events[cluster.first].startMs, Math.max(...ends)]);
      expect(Math.min(...cluster.members.map((i) => document.events[i].startMs))).to.equal(cluster.domain[0]);
    }
  });

  it('size, first and last agree with the members, which every cluster of a window shares out without overlap', () => {
    const { clusters } = view(1);
    const all = clusters.flatMap((cluster) => cluster.members);
    expect(new Set(all).size).to.equal(all.length);
    for (const cluster of clusters) {
      expect(cluster.size).to.equal(cluster.members.length);
      expect([cluster.first, cluster.last]).to.deep.equal([cluster.members[0], cluster.members[cluster.size - 1]]);
    }
  });
});
