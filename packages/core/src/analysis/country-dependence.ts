/**
 * Country dependence
 * ==================
 *
 * For each country that has a node in the model: the share of delivered flow lost when that country
 * alone imposes a full export control (`{type: 'export-control', country}`, no stages, no allowances;
 * see apply-scenario.ts for which edges that blocks). One max-flow per country, with the blocked
 * edges' capacities overridden rather than the model rewritten.
 */

import type { Model } from '../model/schema.ts';
import { exportControlMask } from './apply-scenario.ts';
import type { CapacityOverrides } from './flow-network.ts';
import type { IndexedGraph } from './indexed-graph.ts';
import { indexModel } from './indexed-graph.ts';
import type { CountryDependence } from './report.ts';
import { solveSupply } from './supply.ts';

/**
 * Country dependence for every country present, most lost first (ties by country code). `lostShare`
 * is 0 when nothing is delivered to begin with. Pass `graph` when it is already indexed.
 */
export function countryDependence(
  model: Model,
  graph: IndexedGraph = indexModel(model),
  overrides: CapacityOverrides = {},
): CountryDependence[] {
  const delivered = solveSupply(graph, overrides).delivered;
  const countries = [...new Set(model.nodes.flatMap((n) => (n.country ? [n.country] : [])))].sort();
  const base = overrides.edgeCapacity ?? graph.edgeCapacity;
  const result = countries.map((country): CountryDependence => {
    const mask = exportControlMask(model, { type: 'export-control', country });
    const edgeCapacity = base.map((c, e) => (mask[e] ? 0 : c));
    const under = solveSupply(graph, { ...overrides, edgeCapacity }).delivered;
    const lost = Math.max(0, delivered - under);
    return { country, lostShare: delivered > 0 ? lost / delivered : 0, deliveredUnderControl: under };
  });
  return result.sort((a, b) => b.lostShare - a.lostShare || (a.country < b.country ? -1 : 1));
}
