/**
 * Citation check for the embedded models' data
 * =============================================
 *
 * Lists every figure (capacity, demand, stock, cost…) that has no source or citation: a test fails on
 * any, since every figure we ship must name where it comes from.
 */
import type { Model } from '../src/model/schema.ts';

const FIGURES_NODE = ['capacity', 'demand', 'stock', 'recoveryDays', 'cost', 'yield', 'recipe'] as const;
const FIGURES_EDGE = ['capacity', 'cost', 'leadTimeDays'] as const;

/** "nodes[3] cn-mine: capacity without source" for every figure that has no citation. */
export function uncitedFigures(model: Model): string[] {
  const out: string[] = [];
  model.nodes.forEach((n, i) => {
    const figures = FIGURES_NODE.filter((f) => n[f] !== undefined);
    if (figures.length > 0 && !n.source?.trim())
      out.push(`nodes[${i}] ${n.id}: ${figures.join(', ')} without source`);
    n.alternatives?.forEach((a, j) => {
      if (!a.source?.trim()) out.push(`nodes[${i}] ${n.id}: alternatives[${j}] ${a.id} without source`);
    });
  });
  model.edges.forEach((e, i) => {
    const figures = FIGURES_EDGE.filter((f) => e[f] !== undefined);
    if (figures.length > 0 && !e.citation?.trim())
      out.push(`edges[${i}] ${e.source}->${e.target}: ${figures.join(', ')} without citation`);
  });
  return out;
}
