/**
 * Served supply per consuming country
 * ===================================
 *
 * Issue 12: "how much of India's magnet demand survives a ban" is a question about consumers, so the
 * report sums what each consuming country's sinks are served. A sink's country is its node's
 * `country`; sinks without one (world totals) form one row with `country: null`. Served is the sink's
 * throughput in the flow the report gives (the fair split of docs/flow-analysis.md, or of the recipe
 * LP), so the rows add up to `supply.delivered`.
 */
import type { Model } from '../../model/schema.ts';
import type { IndexedGraph } from '../indexed-graph.ts';
import type { CountrySupply } from '../report.ts';

/**
 * One row per consuming country (code order), then the sinks without a country, if any. `model` is the
 * model `g` indexes (node v of g is model.nodes[v]).
 */
export function countrySupply(model: Model, g: IndexedGraph, throughput: ArrayLike<number>): CountrySupply[] {
  const rows = new Map<string | null, { demand: number; served: number; sinks: number }>();
  for (let v = 0; v < g.n; v++) {
    if (!g.isSink[v]) continue;
    const key = model.nodes[v]!.country ?? null;
    const row = rows.get(key) ?? { demand: 0, served: 0, sinks: 0 };
    row.demand += g.demand[v]!;
    row.served += throughput[v]!;
    row.sinks++;
    rows.set(key, row);
  }
  const keys = [...rows.keys()].sort((a, b) =>
    a === null ? 1 : b === null ? -1 : a < b ? -1 : a > b ? 1 : 0,
  );
  return keys.map((country) => {
    const r = rows.get(country)!;
    return {
      country,
      sinks: r.sinks,
      demand: r.demand,
      served: r.served,
      ratio: r.demand > 0 ? r.served / r.demand : 1,
    };
  });
}
