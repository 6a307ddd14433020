/**
 * Stock on hand, per node
 * =======================
 *
 * A node's `stock` (units of its output commodity; at a consumer, its own inventory), plus what a
 * scenario's `stockpile` perturbations add (docs/time.md):
 *
 * - `units` on a node: that many units; on a country and stage: split among that country's nodes at
 *   that stage in proportion to their baseline output (evenly when none has any);
 * - `days` on a node, or on each node of a country and stage: that many days of the node's baseline
 *   output (its output per year in the model without the scenario × days / 365).
 */
import type { Model, Scenario } from '../../model/schema.ts';
import type { IndexedGraph } from '../indexed-graph.ts';

/** True when the time analysis has something to work on: a stock, a recovery time or a stockpile. */
export function hasTimeData(model: Model, scenario?: Scenario | null): boolean {
  return (
    model.nodes.some((n) => n.stock !== undefined || n.recoveryDays !== undefined) ||
    (scenario?.perturbations.some((p) => p.type === 'stockpile') ?? false)
  );
}

/**
 * Stock per node (graph order). `baselineOutput` is each node's output per year in the baseline; it is
 * read only for stockpiles given in days or by country and stage.
 */
export function stockPerNode(
  model: Model,
  graph: IndexedGraph,
  scenario: Scenario | null | undefined,
  baselineOutput: () => Float64Array,
): Float64Array {
  const stock = new Float64Array(graph.n);
  model.nodes.forEach((node, v) => {
    stock[v] = node.stock ?? 0;
  });
  for (const p of scenario?.perturbations ?? []) {
    if (p.type !== 'stockpile') continue;
    const targets =
      p.node !== undefined
        ? [graph.index.get(p.node)!].filter((v) => v !== undefined)
        : model.nodes.flatMap((node, v) => (node.country === p.country && node.stage === p.stage ? [v] : []));
    if (targets.length === 0) continue;
    if (p.days !== undefined) {
      const out = baselineOutput();
      for (const v of targets) stock[v]! += (out[v]! * p.days) / 365;
    } else if (targets.length === 1) {
      stock[targets[0]!]! += p.units!;
    } else {
      const out = baselineOutput();
      const total = targets.reduce((acc, v) => acc + out[v]!, 0);
      for (const v of targets)
        stock[v]! += total > 0 ? (p.units! * out[v]!) / total : p.units! / targets.length;
    }
  }
  return stock;
}
