/**
 * The adversary cut: the fewest nodes (or countries) whose loss cuts served supply below a threshold
 * =================================================================================================
 *
 * Definition (docs/uncertainty.md): among the candidate units (every non-consumer node, or every
 * country with a non-consumer node), the smallest set X such that delivered without X is below
 * `threshold` × total demand. A node unit stops that node; a country unit stops its non-consumer nodes
 * (`outage`, the default) or closes its exports (`export-stop`).
 *
 * Plain models: an exact MILP, the network-interdiction form of max-flow/min-cut (Wood 1993). On the
 * node-split network with potentials p (p_S = 1, p_T = 0) and cut indicators β_a ∈ [0, 1]:
 *     minimise Σ_u y_u   (y_u ∈ {0, 1}: unit u is hit)
 *     β_a − p_tail(a) + p_head(a) + Σ_{u stops a} y_u ≥ 0     for every arc a
 *     Σ_a cap_a β_a ≤ threshold · demand − tol
 * For fixed y the rest is the LP dual of the max-flow with the hit arcs removed, whose optimum is the
 * max-flow itself, so y is feasible exactly when delivered without it is at most the right-hand side.
 * Unlimited capacities count as total demand, more than any flow.
 *
 * Models with recipes: the LP's duals have no bound to linearise with, so the answer comes from an
 * exact search instead: a greedy set first, then iterative deepening over set sizes below it, where
 * each next member is taken among the units with flow in the optimum of the model without the members
 * chosen so far (a set none of whose members carries flow in that optimum leaves it feasible, so it
 * loses nothing). When the search budget runs out, the greedy set is returned with `exact: false`
 * and the size up to which no set exists.
 */
import type { CountryRisk, Model, Scenario } from '../../model/schema.ts';
import { requireSolver } from '../recipes/solver.ts';
import { resolveScenario } from '../scenario/apply-scenario.ts';
import type { Disruption } from './country-risk.ts';
import {
  countryUnits,
  type DisruptionOracle,
  disruptionOracle,
  effectiveModel,
  type Unit,
} from './disruption-oracle.ts';
import { Milp } from './milp.ts';
import { RiskInputError } from './political-risk.ts';

export interface AdversaryOptions {
  /** Served fraction to cut below (default 0.5). */
  threshold?: number;
  /** Hit nodes (default) or whole countries. */
  units?: 'nodes' | 'countries';
  /** What hitting a country does (default outage). */
  disruption?: Disruption;
  /** Only these node ids / country codes may be hit (default all). */
  among?: readonly string[];
  scenario?: Scenario | string | null;
  /** Force the search even on a plain model (to cross-check the MILP). */
  method?: 'milp' | 'search';
  /** Most re-solves of the search (default 20,000). */
  maxSolves?: number;
  /** MILP time limit in seconds (default none). */
  timeLimit?: number;
}

export interface AdversaryCut {
  units: 'nodes' | 'countries';
  disruption: Disruption | null;
  threshold: number;
  scenario: { id: string; label: string } | null;
  baselineServed: number;
  /** The ids hit, in model order; null when no set of candidates gets below the threshold. */
  set: string[] | null;
  servedAfter: number | null;
  method: 'milp' | 'search';
  /** True when no smaller set exists (proved). */
  exact: boolean;
  /** No set with fewer units than this gets below the threshold. */
  lowerBound: number;
  detail: string;
}

export const DEFAULT_ADVERSARY_THRESHOLD = 0.5;
/** Delivered counts as below the threshold when under threshold × demand − this × demand. */
export const BELOW_MARGIN = 1e-7;

export function adversaryCut(model: Model, options: AdversaryOptions = {}): AdversaryCut {
  const threshold = options.threshold ?? DEFAULT_ADVERSARY_THRESHOLD;
  if (!(threshold >= 0 && threshold <= 1)) {
    throw new RiskInputError(`the threshold is a served fraction from 0 to 1 (got ${threshold})`);
  }
  const scenario =
    typeof options.scenario === 'string'
      ? resolveScenario(model, options.scenario)
      : (options.scenario ?? null);
  const kind = options.units ?? 'nodes';
  const target = effectiveModel(model, scenario);
  const units = candidateUnits(target.model, target.graph.isSink, kind, options.disruption ?? 'outage');
  const chosen = options.among ? pick(units, options.among, kind) : units;
  const oracle = disruptionOracle(model, target, chosen, scenario);
  try {
    const demand = oracle.demand;
    const served = (d: number) => (demand > 0 ? Math.min(1, d / demand) : 1);
    // "Below" leaves a margin of 1e-7 of demand, above the MILP's feasibility tolerance.
    const goal = threshold * demand - BELOW_MARGIN * Math.max(1, demand);
    const base = {
      units: kind,
      disruption: kind === 'countries' ? (options.disruption ?? 'outage') : null,
      threshold,
      scenario: scenario ? { id: scenario.id, label: scenario.label ?? scenario.id } : null,
      baselineServed: served(oracle.baseline),
    };
    if (oracle.baseline < goal) {
      return {
        ...base,
        set: [],
        servedAfter: served(oracle.baseline),
        method: 'search',
        exact: true,
        lowerBound: 0,
        detail: 'served supply is below the threshold already',
      };
    }
    const useMilp = (options.method ?? (oracle.usesLp ? 'search' : 'milp')) === 'milp';
    if (useMilp && oracle.usesLp) {
      throw new RiskInputError('the adversary MILP covers models without recipes; use the search');
    }
    const found = useMilp
      ? byMilp(oracle, chosen, goal, options.timeLimit)
      : bySearch(oracle, chosen, goal, options);
    const ids = found.set?.map((i) => chosen[i]!.id) ?? null;
    return {
      ...base,
      set: ids,
      servedAfter: found.set ? served(oracle.delivered(found.set)) : null,
      method: useMilp ? 'milp' : 'search',
      exact: found.exact,
      lowerBound: found.lowerBound,
      detail: found.detail,
    };
  } finally {
    oracle.dispose();
  }
}

function candidateUnits(
  model: Model,
  isSink: Uint8Array,
  kind: 'nodes' | 'countries',
  disruption: Disruption,
): Unit[] {
  if (kind === 'nodes') {
    const out: Unit[] = [];
    model.nodes.forEach((node, v) => {
      if (!isSink[v]) out.push({ id: node.id, nodes: [v], edges: [] });
    });
    return out;
  }
  const countries = [
    ...new Set(model.nodes.filter((n, v) => !isSink[v] && n.country !== undefined).map((n) => n.country!)),
  ].sort() as CountryRisk['country'][];
  return countryUnits(
    model,
    isSink,
    countries.map((country) => ({ country, disruption })),
  );
}

function pick(units: Unit[], among: readonly string[], kind: string): Unit[] {
  const byId = new Map(units.map((u) => [u.id, u]));
  return among.map((id) => {
    const u = byId.get(id);
    if (!u) throw new RiskInputError(`"${id}" is not one of the ${kind} that can be hit (consumers cannot)`);
    return u;
  });
}

interface Found {
  set: number[] | null;
  exact: boolean;
  lowerBound: number;
  detail: string;
}

function byMilp(oracle: DisruptionOracle, units: readonly Unit[], goal: number, timeLimit?: number): Found {
  const { graph } = oracle;
  const { n, m } = graph;
  // Capacities in units of total demand, so that the budget row is O(1) and the 1e-7 margin of the
  // goal stays far above the solver's tolerances (set to 1e-9 below).
  const scale = Math.max(1, graph.totalDemand);
  const capOf = (c: number) => (Number.isFinite(c) ? Math.min(c, scale) : scale) / scale;
  const milp = new Milp();
  const S = 2 * n;
  const T = 2 * n + 1;
  const p: number[] = [];
  for (let i = 0; i < 2 * n + 2; i++) {
    const fixed = i === S ? 1 : i === T ? 0 : null;
    p.push(milp.addColumn({ lower: fixed ?? 0, upper: fixed ?? 1, cost: 0, integer: false }));
  }
  const y = units.map(() => milp.addColumn({ lower: 0, upper: 1, cost: 1, integer: true }));
  // Which units stop each node arc and each edge arc.
  const nodeHit = new Map<number, number[]>();
  const edgeHit = new Map<number, number[]>();
  units.forEach((u, k) => {
    for (const v of u.nodes) nodeHit.set(v, [...(nodeHit.get(v) ?? []), k]);
    for (const e of u.edges) edgeHit.set(e, [...(edgeHit.get(e) ?? []), k]);
  });
  const budget: [number, number][] = [];
  const arc = (tail: number, head: number, cap: number, hits: number[] = []) => {
    const beta = milp.addColumn({ lower: 0, upper: 1, cost: 0, integer: false });
    milp.addRow(
      [[beta, 1], [p[tail]!, -1], [p[head]!, 1], ...hits.map((k): [number, number] => [y[k]!, 1])],
      0,
      Number.POSITIVE_INFINITY,
    );
    budget.push([beta, capOf(cap)]);
  };
  for (let v = 0; v < n; v++) arc(2 * v, 2 * v + 1, graph.nodeCapacity[v]!, nodeHit.get(v));
  for (let e = 0; e < m; e++) {
    arc(2 * graph.edgeSource[e]! + 1, 2 * graph.edgeTarget[e]!, graph.edgeCapacity[e]!, edgeHit.get(e));
  }
  for (let v = 0; v < n; v++) {
    if (graph.isSource[v]) arc(S, 2 * v, Number.POSITIVE_INFINITY);
    if (graph.isSink[v]) arc(2 * v + 1, T, graph.demand[v]!);
  }
  if (goal < 0) return { set: null, exact: true, lowerBound: units.length + 1, detail: 'nothing is below 0' };
  milp.addRow(budget, Number.NEGATIVE_INFINITY, goal / scale);
  const result = milp.solve(requireSolver('the adversary cut'), { timeLimit });
  if (result.status === 'infeasible') {
    return {
      set: null,
      exact: true,
      lowerBound: units.length + 1,
      detail: 'even losing every candidate leaves served supply at or above the threshold',
    };
  }
  if (result.status === 'stopped' && !Number.isFinite(result.objective)) {
    return {
      set: null,
      exact: false,
      lowerBound: 0,
      detail: `the MILP stopped (${result.statusName}) without a set`,
    };
  }
  const set = y.map((col, k) => (result.values[col]! > 0.5 ? k : -1)).filter((k) => k >= 0);
  // The flow solver has the last word: a set the MILP accepted within its tolerance but whose loss
  // does not get below the goal is not an answer.
  if (oracle.delivered(set) >= goal) {
    throw new Error(
      `the adversary MILP returned a set that does not cut below the threshold (${set.length} units)`,
    );
  }
  const exact = result.status === 'optimal';
  const lowerBound = exact ? set.length : Math.ceil(result.objective / (1 + result.gap) - 1e-9);
  return {
    set,
    exact,
    lowerBound,
    detail: exact
      ? 'proved minimal by the MILP'
      : `the MILP stopped (${result.statusName}) with gap ${(result.gap * 100).toFixed(1)}%`,
  };
}

function bySearch(
  oracle: DisruptionOracle,
  units: readonly Unit[],
  goal: number,
  options: AdversaryOptions,
): Found {
  const maxSolves = options.maxSolves ?? 20_000;
  const below = (set: readonly number[]) => oracle.delivered(sorted(set)) < goal;
  // Greedy: add the unit whose loss then lowers delivered most, until below the goal.
  const greedy: number[] = [];
  while (!below(greedy)) {
    const { carriers } = oracle.solve(sorted(greedy));
    let best = -1;
    let bestValue = Number.POSITIVE_INFINITY;
    for (const c of carriers) {
      const d = oracle.delivered(sorted([...greedy, c]));
      if (d < bestValue) {
        bestValue = d;
        best = c;
      }
    }
    if (best < 0) {
      // No unit carries flow in the optimum without the greedy set: losing every other unit too
      // leaves that optimum feasible, and no set can do worse than losing them all.
      return {
        set: null,
        exact: true,
        lowerBound: units.length + 1,
        detail: 'even losing every candidate leaves served supply at or above the threshold',
      };
    }
    greedy.push(best);
  }
  // Iterative deepening below the greedy size.
  const limit = greedy.length - 1;
  const visited = new Set<string>();
  let exhausted = false;
  const dfs = (set: number[], k: number): number[] | null => {
    if (below(set)) return set;
    if (set.length === k) return null;
    if (oracle.solved >= maxSolves) {
      exhausted = true;
      return null;
    }
    for (const c of oracle.solve(sorted(set)).carriers) {
      if (set.includes(c)) continue;
      const next = sorted([...set, c]);
      const key = next.join(',');
      if (visited.has(`${k}:${key}`)) continue;
      visited.add(`${k}:${key}`);
      const hit = dfs(next, k);
      if (hit || exhausted) return hit;
    }
    return null;
  };
  for (let k = 0; k <= limit; k++) {
    const hit = dfs([], k);
    if (hit)
      return { set: hit, exact: true, lowerBound: hit.length, detail: 'proved minimal by exhaustive search' };
    if (exhausted) {
      return {
        set: greedy,
        exact: false,
        lowerBound: k,
        detail: `search budget of ${maxSolves} solves reached: no set of fewer than ${k} units, the greedy set has ${greedy.length}`,
      };
    }
  }
  return {
    set: greedy,
    exact: true,
    lowerBound: greedy.length,
    detail: 'proved minimal by exhaustive search',
  };
}

const sorted = (set: readonly number[]) => [...set].sort((a, b) => a - b);
