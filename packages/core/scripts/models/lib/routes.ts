/**
 * Trade routes inferred from production balances
 * ==============================================
 *
 * Country-to-country trade in ores and concentrates is not in the datasets, but its direction is:
 * a country that mines more than it refines exports the difference, and one that refines more than it
 * mines imports it. So each mine is linked to its own country's refinery (or, when the country has no
 * refinery node of its own, to the "rest of world" aggregate that counts it), and every net-exporting
 * mine to every net-importing refinery. Edges carry no capacity: the nodes bound the flows, and the
 * citation says which balance implies the route.
 */
import type { ModelEdge, ModelNode } from '../../../src/model/schema.ts';
import { countryName, fmt } from './builder.ts';

export interface BalanceOptions {
  unit: string;
  /** Citation tags of the two stages' figures, e.g. "[MCS25]" and "[IEA-CMD25]". */
  mineRef: string;
  refineRef: string;
  commodity?: string;
}

type Staged = Pick<ModelNode, 'id' | 'country' | 'capacity'>;

export function balanceRoutes(mines: Staged[], refiners: Staged[], o: BalanceOptions): ModelEdge[] {
  const value = (n: Staged | undefined) => n?.capacity ?? 0;
  const refinerOf = (code: string) => refiners.find((r) => r.country === code);
  const mineOf = (code: string) => mines.find((m) => m.country === code);
  const importers = refiners.filter((r) => value(r) > value(mineOf(r.country!)));
  const edges: ModelEdge[] = [];
  const add = (from: Staged, to: Staged, citation: string) =>
    edges.push({
      source: from.id,
      target: to.id,
      ...(o.commodity ? { commodity: o.commodity } : {}),
      citation,
    });

  for (const m of mines) {
    const code = m.country!;
    const own = refinerOf(code);
    const home = own ?? refinerOf('ZZ');
    if (own) {
      add(
        m,
        own,
        `domestic: ${countryName(code)} mines ${fmt(value(m))} ${o.unit} ${o.mineRef} and refines ${fmt(value(own))} ${o.unit} ${o.refineRef}`,
      );
    } else if (home) {
      add(
        m,
        home,
        `${countryName(code)} has no refinery node of its own; any refining there is counted in the rest of world ${o.refineRef}`,
      );
    }
    if (value(m) <= value(own)) continue; // not a net exporter
    for (const r of importers) {
      if (r === home) continue;
      const rc = r.country!;
      add(
        m,
        r,
        `inferred from the balance: ${countryName(code)} mines ${fmt(value(m))} ${o.unit} ${o.mineRef} but refines ${fmt(value(own))} ${o.refineRef}; ${countryName(rc)} refines ${fmt(value(r))} ${o.refineRef} but mines ${fmt(value(mineOf(rc)))} ${o.mineRef}`,
      );
    }
  }
  return edges;
}

/** Every supplier to every sink, for models whose sources give no routes. */
export function toEverySink(from: readonly ModelNode[], sinks: readonly ModelNode[]): ModelEdge[] {
  return from.flatMap((n) =>
    sinks.map((s) => ({ source: n.id, target: s.id, citation: 'model structure: traded worldwide' })),
  );
}
