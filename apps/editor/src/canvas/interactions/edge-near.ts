/**
 * The edge nearest a point on screen
 * ==================================
 *
 * Distance from the point to each edge's segment in viewport pixels; the nearest within `tolerance`
 * wins. One pass over the edges per click: a few milliseconds even on 30,000 edges, and no picking
 * render pass while the pointer merely moves.
 */
import type { Point } from '../../layout/stage-columns.ts';
import type { CanvasController } from '../canvas-controller.ts';

export interface EdgeGeometry {
  forEachEdgeSegment(visit: (id: string, a: Point, b: Point) => void): void;
}

export function nearestEdge(geometry: EdgeGeometry, p: Point, tolerance: number): string | null {
  let best: string | null = null;
  let bestDistance = tolerance;
  geometry.forEachEdgeSegment((id, a, b) => {
    const d = segmentDistance(p, a, b);
    if (d <= bestDistance) {
      best = id;
      bestDistance = d;
    }
  });
  return best;
}

/** Distance from `p` to the segment from `a` to `b`. */
export function segmentDistance(p: Point, a: Point, b: Point): number {
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  const length2 = dx * dx + dy * dy;
  const t = length2 === 0 ? 0 : Math.max(0, Math.min(1, ((p.x - a.x) * dx + (p.y - a.y) * dy) / length2));
  return Math.hypot(p.x - (a.x + t * dx), p.y - (a.y + t * dy));
}

/** The edge of the canvas nearest `p` (viewport pixels), or null when none is within `tolerance`. */
export function edgeNear(
  canvas: Pick<CanvasController, 'view' | 'sigma'>,
  p: Point,
  tolerance: number,
): string | null {
  const { graph } = canvas.view;
  const screen = new Map<string, Point>();
  graph.forEachNode((id, a) => {
    screen.set(id, canvas.sigma.graphToViewport(a));
  });
  return nearestEdge(
    {
      forEachEdgeSegment(visit) {
        graph.forEachEdge((id, _attributes, source, target) => {
          const a = screen.get(source);
          const b = screen.get(target);
          if (a && b) visit(id, a, b);
        });
      },
    },
    p,
    tolerance,
  );
}
