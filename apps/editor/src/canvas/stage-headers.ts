/**
 * Where the stage headers go: over each column's mean x, just above the top row, in screen pixels.
 * Recomputed after every render (the camera may have moved); only the stage-column layout has them.
 */
import type { CanvasSigma } from './canvas-controller.ts';
import type { ViewGraph } from './graph-view.ts';

export interface StageColumn {
  stage: string;
  x: number;
  y: number;
  /** Width the header may take (px): up to halfway to each neighbour, so neighbours never overlap. */
  room: number;
}

/** Gap kept between two neighbouring headers (px). */
const HEADER_GAP = 6;

export function stageColumns(sigma: CanvasSigma, graph: ViewGraph, stages: readonly string[]): StageColumn[] {
  const sum = new Map<string, [number, number]>();
  let top = Number.NEGATIVE_INFINITY;
  graph.forEachNode((_, a) => {
    // A node the user dragged elsewhere says nothing about where its column is.
    if (a.pinned) return;
    const s = sum.get(a.stage) ?? [0, 0];
    sum.set(a.stage, [s[0] + a.x, s[1] + 1]);
    top = Math.max(top, a.y);
  });
  const out: StageColumn[] = [];
  for (const stage of stages) {
    const s = sum.get(stage);
    if (!s) continue;
    const p = sigma.graphToViewport({ x: s[0] / s[1], y: top });
    // Just above the top row, but never off the canvas.
    out.push({ stage, x: p.x, y: Math.max(8, p.y - 40), room: Number.POSITIVE_INFINITY });
  }
  // Centred on its column, a header has up to half the gap to the nearer neighbour on either side.
  const byX = [...out].sort((a, b) => a.x - b.x);
  byX.forEach((c, i) => {
    const left = i > 0 ? c.x - byX[i - 1]!.x : Number.POSITIVE_INFINITY;
    const right = i < byX.length - 1 ? byX[i + 1]!.x - c.x : Number.POSITIVE_INFINITY;
    const nearest = Math.min(left, right);
    c.room = Number.isFinite(nearest) ? Math.max(24, nearest - HEADER_GAP) : Number.POSITIVE_INFINITY;
  });
  return out;
}

/** Same headers within half a pixel: no need to re-render them. */
export function sameColumns(a: readonly StageColumn[], b: readonly StageColumn[]): boolean {
  return (
    a.length === b.length &&
    a.every(
      (c, i) =>
        c.stage === b[i]!.stage &&
        Math.abs(c.x - b[i]!.x) < 0.5 &&
        Math.abs(c.y - b[i]!.y) < 0.5 &&
        (c.room === b[i]!.room || Math.abs(c.room - b[i]!.room) < 0.5),
    )
  );
}
