/**
 * The fair split among consumers on the recipe LP
 * ===============================================
 *
 * The rule of issue 10 (flow/fair-share.ts) for models with recipes: among the solutions that deliver
 * the maximum, consumers are served max-min fairly by served fraction, lexicographically. By textbook
 * progressive filling on a copy of the LP, with delivered held at its maximum (a row Σ s_v ≥ delivered,
 * less 1e-10 of it for round-off): a column t (0 ≤ t ≤ 1) with s_v − demand_v·t ≥ 0 for every
 * consumer not yet fixed; maximise t; then, with t held at that level, every open consumer whose own
 * maximum is no more than t·demand is fixed there (its row becomes s_v ≥ t·demand_v); repeat until all
 * are fixed. The last solve maximises delivered with every consumer at least at its fixed amount, which
 * gives the flows. The copy is disposed; the LP the other figures use is left alone.
 */
import type { Highs } from 'highs';
import type { Model } from '../../model/schema.ts';
import type { IndexedGraph } from '../indexed-graph.ts';
import { type RecipeSupply, recipeSupply } from './recipe-flow.ts';
import { buildRecipeLp, RecipeLpError } from './recipe-lp.ts';

/** `plain`, with consumers' served amounts (and the flows) of the fair split. */
export function fairRecipeSupply(
  highs: Highs,
  model: Model,
  graph: IndexedGraph,
  label: string,
  plain: RecipeSupply,
): RecipeSupply {
  const sinks: number[] = [];
  for (let v = 0; v < graph.n; v++) if (graph.isSink[v]) sinks.push(v);
  const full = (v: number) => plain.nodeThroughput[v]! >= graph.demand[v]! * (1 - 1e-9);
  if (sinks.every(full)) return plain; // everyone fully served: nothing to share
  const lp = buildRecipeLp(highs, model, graph, label);
  try {
    const h = lp.highsModel;
    const t = lp.numCols;
    h.addCol(0, 0, 1, { indices: [], values: [] });
    const row = new Map<number, number>();
    sinks.forEach((v, i) => {
      // A sink's cap (its own capacity or demand) may be below its demand; its fraction is still of demand.
      h.addRow(0, Number.POSITIVE_INFINITY, { indices: [lp.nodeCol(v), t], values: [1, -graph.demand[v]!] });
      row.set(v, lp.numRows + i);
    });
    // The split is among the solutions that deliver the maximum: with recipes the served amounts do
    // not form a polymatroid, so filling fractions up without holding the total could deliver less
    // (a consumer that needs little of a scarce input served equally with one that needs much).
    h.addRow(plain.delivered - 1e-10 * Math.max(1, plain.delivered), Number.POSITIVE_INFINITY, {
      indices: sinks.map((v) => lp.nodeCol(v)),
      values: sinks.map(() => 1),
    });
    const setCosts = (objective: 't' | number) => {
      for (const v of sinks) h.changeColCost(lp.nodeCol(v), objective === v ? 1 : 0);
      h.changeColCost(t, objective === 't' ? 1 : 0);
    };
    const open = new Set(sinks);
    const fixAt = (v: number, level: number) => {
      h.changeCoefficient(row.get(v)!, t, 0);
      h.changeRowBounds(row.get(v)!, level * graph.demand[v]!, Number.POSITIVE_INFINITY);
      open.delete(v);
    };
    while (open.size > 0) {
      setCosts('t');
      h.changeColBounds(t, 0, 1);
      lp.solve();
      // The raw value: the LP's values() are rounded to a grid of the demand's size, too coarse for t.
      const level = Math.min(1, Math.max(0, h.getSolution().colValue[t]!));
      h.changeColBounds(t, level, level);
      const stuck: number[] = [];
      for (const v of open) {
        if (level >= 1 - 1e-12) {
          stuck.push(v);
          continue;
        }
        setCosts(v);
        const most = lp.solve();
        if (most <= level * graph.demand[v]! * (1 + 1e-9) + 1e-9 * graph.totalDemand) stuck.push(v);
      }
      // Round-off can hide which consumer holds the level back: then they all stay at it.
      for (const v of stuck.length > 0 ? stuck : [...open]) fixAt(v, level);
    }
    // Every consumer at least at its fixed amount; the maximum of the total fixes the flows.
    h.changeColBounds(t, 0, 0);
    for (const v of sinks) h.changeColCost(lp.nodeCol(v), 1);
    h.changeColCost(t, 0);
    const fair = recipeSupply(lp);
    // The solver holds rows to about 1e-7 absolute: a fair total within 1e-8 of the maximum is it.
    if (Math.abs(fair.delivered - plain.delivered) > 1e-8 * Math.max(1, plain.delivered)) {
      throw new RecipeLpError(
        `the fair split of ${label} lost delivery (${fair.delivered} of ${plain.delivered})`,
      );
    }
    return { ...fair, delivered: plain.delivered, ratio: plain.ratio, bindingInput: plain.bindingInput };
  } finally {
    lp.dispose();
  }
}
