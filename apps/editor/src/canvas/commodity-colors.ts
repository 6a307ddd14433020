/**
 * Edges coloured by commodity
 * ===========================
 *
 * A model whose edges carry more than one commodity (NdPr, Dy/Tb, magnets) has its edges drawn in one
 * colour per commodity, with a legend; a model with one commodity (or none named) keeps grey edges,
 * where colour would say nothing. The same colours in the view, the legend and exported pictures.
 */
import type { Model } from '@chokepoint/core';
import { edgeCommodities, modelCommodities } from '../state/commodities.ts';
import { commodityColors } from './palette.ts';

export interface EdgeColoring {
  /** The carried commodities, in colour order, with their colour and what the legend calls them. */
  legend: { id: string; label: string; color: string }[];
  /** Edge id → colour. */
  edges: Map<string, string>;
}

/** The colouring, or null when the edges carry fewer than two commodities. */
export function edgeColoring(model: Model): EdgeColoring | null {
  const carried = edgeCommodities(model);
  const used = new Set(carried.values());
  if (used.size < 2) return null;
  const order = modelCommodities(model).filter((c) => used.has(c.id));
  const colors = commodityColors(order.map((c) => c.id));
  const edges = new Map<string, string>();
  for (const [id, c] of carried) edges.set(id, colors.get(c)!);
  return {
    legend: order.map((c) => ({ id: c.id, label: c.label ?? c.id, color: colors.get(c.id)! })),
    edges,
  };
}
