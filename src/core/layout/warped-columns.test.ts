import { expect } from '@open-wc/testing';
import { ARTICLE_URL, loadJson } from '../../../test/helpers/timeline.js';
import type { TimelineDocument } from '../document/types.js';
import { timeColumns } from './columns.js';
import { IDENTITY_WARP, timeWarpOf } from './time-warp.js';
import { unwarpClusters, warpedColumns } from './warped-columns.js';
import type { DrawingCluster } from './window-clusters.js';
import { parse } from '../../../test/helpers/parse.js';

describe('warpedColumns', () => {
  let article: TimelineDocument;
  before(async () => {
    article = parse(await loadJson(ARTICLE_URL));
  });

  it('reuses the columns for the identity warp, and copies them through a warp once', () => {
    const columns = timeColumns(article.events);
    expect(warpedColumns(columns, IDENTITY_WARP)).to.equal(columns);
    const warp = timeWarpOf(article.events, true);
    const warped = warpedColumns(columns, warp);
    expect(warpedColumns(columns, warp)).to.equal(warped);
    for (const key of ['starts', 'ends', 'anchors', 'reach'] as const) {
      expect([...warped[key]]).to.deep.equal([...columns[key]].map((ms) => warp.toAxis(ms)));
    }
    // After the break, axis units run behind time by what the break saved.
    const last = columns.starts.length - 1;
    expect(warped.starts[last]).to.be.below(columns.starts[last]);
    expect(warped.starts[0]).to.equal(columns.starts[0]);
  });

  it('unwarpClusters reads each cluster\'s domain back in ms, and keeps its members', () => {
    const warp = timeWarpOf(article.events, true);
    const [gap] = warp.breaks;
    let read = 0;
    const cluster: DrawingCluster = {
      lane: 0, anchor: 10, size: 2, first: 3, last: 4,
      get members() { read += 1; return [3, 4]; },
      domain: [warp.toAxis(gap.end), warp.toAxis(gap.end + 86_400_000)],
    };
    const [back] = unwarpClusters([cluster], warp);
    expect(back.domain[0]).to.be.closeTo(gap.end, 1);
    expect(back.domain[1]).to.be.closeTo(gap.end + 86_400_000, 1);
    expect(read, 'members read only when asked').to.equal(0);
    expect(back.members).to.deep.equal([3, 4]);
    expect(unwarpClusters([cluster], IDENTITY_WARP)[0]).to.equal(cluster);
  });
});
