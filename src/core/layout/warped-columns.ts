import type { TimeDomain } from '../time/scale.js';
import type { TimeColumns } from './columns.js';
import type { TimeWarp } from './time-warp.js';
import type { DrawingCluster } from './window-clusters.js';

// Placement is linear in its columns' unit: fed axis units, it lays out a warped axis
// unchanged. The copies are made once per document and warp; the identity reuses the columns.

export type WarpedColumns = Pick<TimeColumns, 'starts' | 'ends' | 'anchors' | 'reach'>;

const copies = new WeakMap<TimeWarp, WeakMap<TimeColumns, WarpedColumns>>();

/** `columns`' starts, ends, anchors and reach in the axis units of `warp`. */
export function warpedColumns(columns: TimeColumns, warp: TimeWarp): WarpedColumns {
  if (warp.breaks.length === 0) return columns;
  let byColumns = copies.get(warp);
  if (!byColumns) copies.set(warp, (byColumns = new WeakMap()));
  let warped = byColumns.get(columns);
  if (!warped) {
    const toAxis = (ms: number) => warp.toAxis(ms);
    warped = {
      starts: columns.starts.map(toAxis),
      ends: columns.ends.map(toAxis),
      anchors: columns.anchors.map(toAxis),
      reach: columns.reach.map(toAxis),
    };
    byColumns.set(columns, warped);
  }
  return warped;
}

/** Clusters placed on warped columns, their `domain` read back in ms (read when asked, as before). */
export function unwarpClusters(clusters: DrawingCluster[], warp: TimeWarp): DrawingCluster[] {
  if (warp.breaks.length === 0) return clusters;
  return clusters.map((cluster) => ({
    lane: cluster.lane,
    anchor: cluster.anchor,
    size: cluster.size,
    first: cluster.first,
    last: cluster.last,
    get members() {
      return cluster.members;
    },
    get domain(): TimeDomain {
      const [start, end] = cluster.domain;
      return [warp.toTime(start), warp.toTime(end)];
    },
  }));
}
