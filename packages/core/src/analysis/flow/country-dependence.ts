/**
 * Country dependence
 * ==================
 *
 * For each country that has a node in the model: the share of delivered flow lost when that country
 * alone imposes a full export control (`{type: 'export-control', country}`, no stages, no allowances;
 * see apply-scenario.ts for which edges that blocks). One baseline max-flow, then per country the
 * blocked edges are closed and the flow repaired from the baseline (close-arcs.ts) rather than solved
 * again from zero.
 */

import type { Model } from '../../model/schema.ts';
import type { IndexedGraph } from '../indexed-graph.ts';
import { indexModel } from '../indexed-graph.ts';
import type { CountryDependence } from '../report.ts';
import { exportControlMask } from '../scenario/apply-scenario.ts';
import { maxFlowWithArcsClosed } from './close-arcs.ts';
import type { CapacityOverrides } from './flow-network.ts';
import { type SolvedSupply, solveSupply } from './supply.ts';

/**
 * Country dependence for every country present, most lost first (ties by country code). `lostShare`
 * is 0 when nothing is delivered to begin with. Pass `graph` when it is already indexed, and `solved`
 * (from `solveSupply` on the same graph and overrides) when the baseline flow is at hand; it is left
 * as it was.
 */
export function countryDependence(
  model: Model,
  graph: IndexedGraph = indexModel(model),
  overrides: CapacityOverrides = {},
  // Any maximum flow serves here (only totals are read), so the fair split is skipped.
  solved: SolvedSupply = solveSupply(graph, overrides, { fair: false }),
): CountryDependence[] {
  const { network, delivered } = solved;
  const countries = [...new Set(model.nodes.flatMap((n) => (n.country ? [n.country] : [])))].sort();
  const result = countries.map((country): CountryDependence => {
    const mask = exportControlMask(model, { type: 'export-control', country });
    const closed: number[] = [];
    mask.forEach((blocked, e) => {
      if (blocked) closed.push(network.edgeArc(e));
    });
    const under = maxFlowWithArcsClosed(
      network.net,
      network.superSource,
      network.superSink,
      delivered,
      closed,
    ).delivered;
    const lost = Math.max(0, delivered - under);
    return { country, lostShare: delivered > 0 ? lost / delivered : 0, deliveredUnderControl: under };
  });
  return result.sort((a, b) => b.lostShare - a.lostShare || (a.country < b.country ? -1 : 1));
}
