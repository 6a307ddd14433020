/**
 * How much room a label has before the next stage column
 * ======================================================
 *
 * In the stage-column layout a label runs right from its node towards the next column, and on a
 * normal screen the columns are closer than a 22-character name: "Japan — metal & alloy" ran into
 * "Japan — sintered…", and a label's halo covered half of the next column's node. Before each frame
 * the controller measures where each column is on screen and how big its largest node is drawn;
 * `room(x, r)` then says how wide a label may be for a node at x of radius r (all in pixels), and
 * labels.ts shortens the label to fit (hovering still shows the whole name).
 */

export interface ColumnEdge {
  /** The column's x on screen (mean of its nodes), pixels. */
  x: number;
  /** Radius of its largest node as drawn, pixels. */
  radius: number;
}

/** Space kept clear between a label's end (halo included) and the next column's widest node. */
export const COLUMN_CLEARANCE = 6;
/** The gap between a node and its label's first letter (labels.ts draws it there). */
export const LABEL_OFFSET = 3;
/** The halo's padding on each side of the text. */
const HALO = 2;

/** The widest a label of a node at `x` with radius `r` may be; Infinity when no column follows. */
export function labelRoom(columns: readonly ColumnEdge[], x: number, r: number): number {
  // The next column to the right: the first whose centre is clearly past this node's own.
  const next = columns.find((c) => c.x > x + r);
  if (!next) return Number.POSITIVE_INFINITY;
  return next.x - next.radius - COLUMN_CLEARANCE - HALO - (x + r + LABEL_OFFSET);
}

/** Columns from per-node screen positions and drawn radii, grouped by stage, left to right. */
export function columnEdges(nodes: Iterable<{ stage: string; x: number; radius: number }>): ColumnEdge[] {
  const byStage = new Map<string, { sum: number; count: number; radius: number }>();
  for (const n of nodes) {
    const c = byStage.get(n.stage) ?? { sum: 0, count: 0, radius: 0 };
    c.sum += n.x;
    c.count++;
    c.radius = Math.max(c.radius, n.radius);
    byStage.set(n.stage, c);
  }
  return [...byStage.values()]
    .map((c) => ({ x: c.sum / c.count, radius: c.radius }))
    .sort((a, b) => a.x - b.x);
}
