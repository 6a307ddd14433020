/**
 * Value added by country and stage
 * ================================
 *
 * For every node that is not a consumer: output × the price of what it makes − Σ over its incoming
 * edges of the flow × the price of what the edge carries (docs/levers.md), summed per (country, stage).
 * Prices are `commodities[].price`; a node makes its `commodity`, an edge carries its own `commodity`,
 * else its source node's. A term whose commodity has no price counts 0 and is listed in `unpriced`, so
 * a reader sees which figures are partial.
 */
import type { Model } from '../../model/schema.ts';
import type { IndexedGraph } from '../indexed-graph.ts';
import { edgeCommodity } from '../recipes/node-recipes.ts';

export interface ValueAddedRow {
  country: string | null;
  stage: string;
  value: number;
}

export interface ValueAdded {
  /** Per (country, stage) with a non-consumer node, in stage order then country code (null last). */
  rows: ValueAddedRow[];
  /** Per country (null = nodes without one): the sum over its stages, largest first. */
  byCountry: { country: string | null; value: number }[];
  /** Commodities met without a price (or "(none)" for a node or edge with no commodity). */
  unpriced: string[];
}

/** True when any commodity states a price: the report then carries value added. */
export function hasPrices(model: Model): boolean {
  return (model.commodities ?? []).some((c) => c.price !== undefined);
}

/** Value added of a flow (per-node output and per-edge flow of the same graph). */
export function valueAdded(
  model: Model,
  g: IndexedGraph,
  output: ArrayLike<number>,
  edgeFlow: ArrayLike<number>,
): ValueAdded {
  const price = new Map((model.commodities ?? []).map((c) => [c.id, c.price]));
  const unpriced = new Set<string>();
  const priceOf = (c: string | undefined): number => {
    const p = c === undefined ? undefined : price.get(c);
    if (p === undefined) unpriced.add(c ?? '(none)');
    return p ?? 0;
  };
  const perNode = new Float64Array(g.n);
  for (let v = 0; v < g.n; v++) {
    if (g.isSink[v] || output[v] === 0) continue;
    perNode[v] = output[v]! * priceOf(model.nodes[v]!.commodity);
  }
  for (let e = 0; e < g.m; e++) {
    const t = g.edgeTarget[e]!;
    if (g.isSink[t] || edgeFlow[e] === 0) continue;
    perNode[t]! -= edgeFlow[e]! * priceOf(edgeCommodity(model.edges[e]!, model.nodes[g.edgeSource[e]!]));
  }
  const key = (country: string | null, stage: string) => `${stage}\u0000${country ?? ''}`;
  const rows = new Map<string, ValueAddedRow>();
  model.nodes.forEach((n, v) => {
    if (g.isSink[v]) return;
    const k = key(n.country ?? null, n.stage);
    const row = rows.get(k) ?? { country: n.country ?? null, stage: n.stage, value: 0 };
    row.value += perNode[v]!;
    rows.set(k, row);
  });
  const stageRank = new Map(model.stages.map((s, i) => [s, i]));
  const sorted = [...rows.values()].sort(
    (a, b) =>
      (stageRank.get(a.stage) ?? 0) - (stageRank.get(b.stage) ?? 0) ||
      (a.country === null ? 1 : 0) - (b.country === null ? 1 : 0) ||
      ((a.country ?? '') < (b.country ?? '') ? -1 : 1),
  );
  const countries = new Map<string | null, number>();
  for (const r of sorted) countries.set(r.country, (countries.get(r.country) ?? 0) + r.value);
  return {
    rows: sorted,
    byCountry: [...countries]
      .map(([country, value]) => ({ country, value }))
      .sort((a, b) => b.value - a.value || ((a.country ?? '~') < (b.country ?? '~') ? -1 : 1)),
    unpriced: [...unpriced].sort(),
  };
}
