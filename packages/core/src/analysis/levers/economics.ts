/**
 * The economics of a model under a scenario
 * =========================================
 *
 * What the report adds when a model states costs or prices, or its scenario carries levers
 * (docs/levers.md): the dispatch (with the scenario's lever floors), value added by country and stage,
 * the producers attrition removed, and per lever what it costs a year and what goes into a strategic
 * stock.
 *
 * Lever costs, per year:
 * - offtake with `price`: Σ over covered nodes of (price − the node's cost) × share × capacity (what the
 *   buyer pays above what producing costs); without: the dispatch cost it adds, i.e. the total cost of
 *   the dispatch with this lever's floors minus that of the market dispatch (no floors);
 * - price floor: Σ over covered nodes of max(0, floor − market price) × the node's output in the
 *   dispatch with this lever's floor;
 * - risk-sharing: the expected political loss of its project (host's disruption probability × capex,
 *   docs/uncertainty.md); its project's `capex` and `opex` are the lever's;
 * - every lever: plus its `opex`; its `capex` is reported apart (one-off).
 */
import type { Model, Scenario } from '../../model/schema.ts';
import type { IndexedGraph } from '../indexed-graph.ts';
import { describePerturbation, perturbationId } from '../scenario/describe-perturbation.ts';
import { expectedPoliticalLoss } from '../uncertainty/cost-shares.ts';
import { coveredNodes, isLeverPerturbation, marketPrice } from './apply-levers.ts';
import { type Dispatch, type DispatchFloor, dispatch, hasCosts } from './dispatch.ts';
import { hasPrices, type ValueAdded, valueAdded } from './value-added.ts';

export interface LeverCost {
  /** Index of the perturbation in its scenario. */
  index: number;
  id: string;
  type: string;
  label: string;
  capex: number;
  /** opex + what the analysis computes (offtake, price floor), per year. */
  yearlyCost: number;
  /** Units per year an offtake's buyer puts into a strategic stock. */
  stock: number;
  /** The producers an offtake or price floor covers. */
  covered: string[];
}

export interface Economics {
  dispatch: Dispatch | null;
  valueAdded: ValueAdded | null;
  levers: LeverCost[];
}

const noProblem = () => undefined;

/** Floors of one covering lever on the effective model. */
function floorsOf(model: Model, p: Scenario['perturbations'][number]): DispatchFloor[] {
  if (p.type !== 'offtake' && p.type !== 'price-floor') return [];
  const state = { model, nodes: model.nodes, edges: model.edges };
  return coveredNodes(state, p, () => [], noProblem).map((v) => {
    const cap = model.nodes[v]!.capacity ?? Number.POSITIVE_INFINITY;
    return p.type === 'offtake'
      ? { node: v, floor: p.share * cap, stock: true }
      : { node: v, floor: cap, stock: false };
  });
}

/**
 * Economics of `effective` (the model with `scenario` applied, indexed as `g`). The dispatch is null
 * when no cost is set and no lever sets floors; value added is null when no commodity has a price.
 */
export function economics(effective: Model, g: IndexedGraph, scenario: Scenario | null): Economics {
  const perturbations = scenario?.perturbations ?? [];
  const allFloors = perturbations.flatMap((p) => floorsOf(effective, p));
  // A node covered twice keeps its highest floor.
  const floors = [...new Map(allFloors.sort((a, b) => a.floor - b.floor).map((f) => [f.node, f])).values()];
  const wantDispatch = hasCosts(effective) || floors.length > 0;
  const market = wantDispatch ? dispatch(effective, g) : null;
  const withLevers = floors.length > 0 ? dispatch(effective, g, floors) : market;
  const levers: LeverCost[] = [];
  perturbations.forEach((p, index) => {
    if (!isLeverPerturbation(p) || p.type === 'attrition') return;
    const own = floorsOf(effective, p);
    let computed = 0;
    let stock = 0;
    if (p.type === 'offtake' || p.type === 'price-floor') {
      const d = dispatch(effective, g, own);
      for (const f of own) stock += d.stock[f.node]!;
      if (p.type === 'offtake') {
        computed =
          p.price !== undefined
            ? own.reduce((s, f) => s + (p.price! - (effective.nodes[f.node]!.cost ?? 0)) * f.floor, 0)
            : d.totalCost - market!.totalCost;
      } else {
        computed = own.reduce((s, f) => {
          const mp = marketPrice(effective, effective.nodes[f.node]!) ?? p.price;
          return s + Math.max(0, p.price - mp) * d.output[f.node]!;
        }, 0);
      }
    }
    if (p.type === 'risk-sharing') computed = expectedPoliticalLoss(effective, p);
    const { capex, opex } = (p.type === 'risk-sharing' ? p.project : p) as { capex?: number; opex?: number };
    const money = { capex: capex ?? 0, opex: opex ?? 0 };
    levers.push({
      index,
      id: perturbationId(p),
      type: p.type,
      label: describePerturbation(p),
      capex: money.capex,
      yearlyCost: money.opex + computed,
      stock,
      covered: own.map((f) => effective.nodes[f.node]!.id),
    });
  });
  const flows = withLevers;
  return {
    dispatch: withLevers,
    valueAdded: hasPrices(effective) && flows ? valueAdded(effective, g, flows.output, flows.edgeFlow) : null,
    levers,
  };
}

/** Value added of the report's own flows, for models with prices but no costs. */
export function valueAddedOf(
  effective: Model,
  g: IndexedGraph,
  flows: { output: ArrayLike<number>; edgeFlow: ArrayLike<number> },
): ValueAdded | null {
  return hasPrices(effective) ? valueAdded(effective, g, flows.output, flows.edgeFlow) : null;
}
