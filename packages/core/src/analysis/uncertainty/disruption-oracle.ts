/**
 * Delivered when a set of units (countries or nodes) is down
 * ==========================================================
 *
 * Monte Carlo, its exact twin and the adversary search ask the same question thousands of times: how
 * much is delivered when these units are down? A unit stops some nodes and closes some edges (a
 * country's export stop closes its outbound edges; an outage stops its nodes). The answer depends only
 * on the set, so each set is solved once and remembered. Plain models solve the max-flow with changed
 * capacities; models with recipes re-solve one recipe LP with changed bounds (docs/recipes.md), never
 * rebuilding it.
 */
import type { CountryRisk, Model, Scenario } from '../../model/schema.ts';
import { canonicalModel } from '../canonical-order.ts';
import { computeSupply, solveSupply } from '../flow/supply.ts';
import { type IndexedGraph, indexModel } from '../indexed-graph.ts';
import { hasRecipes } from '../recipes/node-recipes.ts';
import { buildRecipeLp, lpLabel, type RecipeLp } from '../recipes/recipe-lp.ts';
import { requireSolver } from '../recipes/solver.ts';
import { applyScenario, exportControlMask } from '../scenario/apply-scenario.ts';
import type { Disruption } from './country-risk.ts';

/** Something that can be down: the nodes it stops and the edges it closes (indices of the graph). */
export interface Unit {
  id: string;
  nodes: number[];
  edges: number[];
}

export interface Solved {
  delivered: number;
  /** Units with flow in the optimum found (a unit without flow there cannot lower it). */
  carriers: number[];
}

export interface DisruptionOracle {
  readonly model: Model;
  readonly graph: IndexedGraph;
  /** Total demand, and delivered with nothing down (under the base scenario, if any). */
  readonly demand: number;
  readonly baseline: number;
  /** Delivered with the units at these indices down (sorted ascending). */
  delivered(down: readonly number[]): number;
  /** Delivered and the units carrying flow, with these units down. */
  solve(down: readonly number[]): Solved;
  /** How many distinct sets were solved. */
  readonly solved: number;
  readonly usesLp: boolean;
  dispose(): void;
}

/** The model under the scenario, sorted canonically, and its index (what every unit refers to). */
export function effectiveModel(
  model: Model,
  scenario?: Scenario | null,
): { model: Model; graph: IndexedGraph } {
  const canonical = canonicalModel(model);
  const effective = scenario ? applyScenario(canonical, scenario) : canonical;
  return { model: effective, graph: indexModel(effective) };
}

/** One unit per country: an export stop closes its outbound edges, an outage stops its non-consumers. */
export function countryUnits(
  model: Model,
  isSink: Uint8Array,
  countries: readonly { country: CountryRisk['country']; disruption: Disruption }[],
): Unit[] {
  return countries.map(({ country, disruption }) => {
    if (disruption === 'outage') {
      const nodes: number[] = [];
      model.nodes.forEach((node, v) => {
        if (node.country === country && !isSink[v]) nodes.push(v);
      });
      return { id: country, nodes, edges: [] };
    }
    const edges: number[] = [];
    exportControlMask(model, { type: 'export-control', country }).forEach((hit, e) => {
      if (hit) edges.push(e);
    });
    return { id: country, nodes: [], edges };
  });
}

export function disruptionOracle(
  original: Model,
  target: { model: Model; graph: IndexedGraph },
  units: readonly Unit[],
  scenario?: Scenario | null,
): DisruptionOracle {
  const { model, graph } = target;
  const label = lpLabel(original, scenario);
  const lp: RecipeLp | null = hasRecipes(model)
    ? buildRecipeLp(requireSolver(label), model, graph, label)
    : null;
  const memo = new Map<string, Solved>();
  const eps = (x: number) => 1e-9 * Math.max(1, x);

  const carriersOf = (
    nodeFlow: (v: number) => number,
    edgeFlow: (e: number) => number,
    delivered: number,
  ) => {
    const tol = eps(delivered);
    const out: number[] = [];
    units.forEach((u, i) => {
      if (u.nodes.some((v) => nodeFlow(v) > tol) || u.edges.some((e) => edgeFlow(e) > tol)) out.push(i);
    });
    return out;
  };

  const solveLp = (lp: RecipeLp, down: readonly number[]): Solved => {
    const set = (on: boolean) => {
      for (const i of down) {
        for (const v of units[i]!.nodes) lp.setNodeRemoved(v, on);
        for (const e of units[i]!.edges) lp.setEdgeClosed(e, on);
      }
    };
    set(true);
    try {
      const delivered = lp.solve();
      const x = lp.values();
      return {
        delivered,
        carriers: carriersOf(
          (v) => x[lp.nodeCol(v)]!,
          (e) => x[lp.edgeCol(e)]!,
          delivered,
        ),
      };
    } finally {
      set(false);
    }
  };

  const solveFlow = (down: readonly number[]): Solved => {
    const nodeCapacity = graph.nodeCapacity.slice();
    const edgeCapacity = graph.edgeCapacity.slice();
    for (const i of down) {
      for (const v of units[i]!.nodes) nodeCapacity[v] = 0;
      for (const e of units[i]!.edges) edgeCapacity[e] = 0;
    }
    const overrides = { nodeCapacity, edgeCapacity };
    const supply = computeSupply(graph, overrides, solveSupply(graph, overrides, { fair: false }));
    return {
      delivered: supply.delivered,
      carriers: carriersOf(
        (v) => supply.nodeThroughput[v]!,
        (e) => supply.edgeFlow[e]!,
        supply.delivered,
      ),
    };
  };

  const solve = (down: readonly number[]): Solved => {
    const key = down.join(',');
    let value = memo.get(key);
    if (value === undefined) {
      value = lp ? solveLp(lp, down) : solveFlow(down);
      memo.set(key, value);
    }
    return value;
  };
  const baseline = solve([]).delivered;
  return {
    model,
    graph,
    demand: graph.totalDemand,
    baseline,
    delivered: (down) => solve(down).delivered,
    solve,
    get solved() {
      return memo.size;
    },
    usesLp: lp !== null,
    dispose() {
      lp?.dispose();
    },
  };
}
