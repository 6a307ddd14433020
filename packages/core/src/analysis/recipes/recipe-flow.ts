/**
 * Flow analysis of a model with recipes
 * =====================================
 *
 * The recipe LP's counterparts of supply.ts, contingency.ts and country-dependence.ts, all from one LP
 * built once (recipe-lp.ts) and re-solved with changed bounds:
 *
 * - supply: delivered, the flow on every edge, the output of every node (for a sink: what it is
 *   served), per recipe node its output by recipe and its binding input;
 * - N-1: lost(v) = delivered − delivered with x_v fixed to 0, re-solved only for nodes with output in
 *   the optimal baseline (a node with none cannot lower the optimum: the baseline stays feasible) and
 *   in every optimum met on the way (a re-solve that loses nothing);
 * - country dependence: delivered with the edges a full export control of that country blocks closed.
 *
 * The binding input of a recipe node is the input commodity whose balance row has the largest
 * positive shadow price in the optimal solution found: the commodity of which one more unit arriving
 * at that node would raise delivered most (ties within 1e-9: the id that sorts first). None (null)
 * when no input has a positive price.
 */
import type { Model } from '../../model/schema.ts';
import type { CountryDependence } from '../report.ts';
import { exportControlMask } from '../scenario/apply-scenario.ts';
import type { RecipeLp } from './recipe-lp.ts';

export interface RecipeOutput {
  recipe: string;
  output: number;
}

export interface RecipeSupply {
  demand: number;
  delivered: number;
  ratio: number;
  edgeFlow: Float64Array;
  /** Output of each node (served, for a sink). */
  nodeThroughput: Float64Array;
  /** Per node: output by recipe (null for nodes without recipes). */
  recipeOutput: (RecipeOutput[] | null)[];
  /** Per node: the input commodity that limits it (null when none binds or it has no recipe). */
  bindingInput: (string | null)[];
}

/** Values the solver returns within its tolerance of 0 are 0 (1e-9 relative to delivered). */
const clean = (x: number, scale: number) => (Math.abs(x) <= 1e-9 * scale ? 0 : x);

export function recipeSupply(lp: RecipeLp): RecipeSupply {
  const { graph } = lp;
  const delivered = lp.solve();
  const scale = Math.max(1, delivered);
  const x = lp.values();
  const duals = lp.rowDuals();
  const edgeFlow = new Float64Array(graph.m);
  for (let e = 0; e < graph.m; e++) edgeFlow[e] = Math.max(0, clean(x[lp.edgeCol(e)]!, scale));
  const nodeThroughput = new Float64Array(graph.n);
  for (let v = 0; v < graph.n; v++) nodeThroughput[v] = Math.max(0, clean(x[lp.nodeCol(v)]!, scale));
  const recipeOutput: (RecipeOutput[] | null)[] = [];
  const bindingInput: (string | null)[] = [];
  for (let v = 0; v < graph.n; v++) {
    const first = lp.recipeCol[v]!;
    if (first < 0) {
      recipeOutput.push(null);
      bindingInput.push(null);
      continue;
    }
    recipeOutput.push(
      lp.recipes[v]!.map((r, k) => ({ recipe: r.id, output: Math.max(0, clean(x[first + k]!, scale)) })),
    );
    // HiGHS reports the dual of `inflow − consumption = 0` for a maximisation with the sign of a
    // minimisation: one more free unit of c at v changes delivered by −dual.
    // Largest price above 1e-9; prices within 1e-9 of each other tie, won by the id that sorts first
    // (any rule that does not depend on the file's order would do; this one is easy to state).
    let best: string | null = null;
    let bestPrice = 1e-9;
    const rows = [...lp.commodityRows[v]!].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    for (const [c, row] of rows) {
      const price = -duals[row]!;
      if (price > bestPrice + (best === null ? 0 : 1e-9)) {
        best = c;
        bestPrice = price;
      }
    }
    bindingInput.push(best);
  }
  const demand = graph.totalDemand;
  return {
    demand,
    delivered,
    ratio: demand > 0 ? delivered / demand : 1,
    edgeFlow,
    nodeThroughput,
    recipeOutput,
    bindingInput,
  };
}

export interface RecipeContingency {
  delivered: number;
  demand: number;
  lost: Float64Array;
  shortfall: Float64Array;
  /** Nodes re-solved (those with output in the baseline and in every loss-free re-solve before). */
  solves: number;
}

/**
 * The N-1 table on the LP: for every node with output in the baseline, its output bound set to 0,
 * re-solved, and put back. `throughput` is the baseline's node output (from recipeSupply).
 */
export function recipeContingency(
  lp: RecipeLp,
  delivered: number,
  throughput: Float64Array,
): RecipeContingency {
  const { graph } = lp;
  const demand = graph.totalDemand;
  const lost = new Float64Array(graph.n);
  const shortfall = new Float64Array(graph.n);
  const eps = 1e-9 * Math.max(1, delivered);
  // Nodes known to lose nothing: those without output in some optimal solution. The baseline is one;
  // every re-solve that loses nothing is another (it delivers the maximum), and the nodes without
  // output there are spared their own solve, which could only find a loss of at most eps, reported 0.
  const spared = new Uint8Array(graph.n);
  for (let v = 0; v < graph.n; v++) if (throughput[v]! <= eps) spared[v] = 1;
  let solves = 0;
  for (let v = 0; v < graph.n; v++) {
    if (spared[v]) continue;
    lp.setNodeRemoved(v, true);
    const without = lp.solve('baseline');
    solves++;
    const loss = delivered - without;
    if (loss > eps) {
      lost[v] = loss;
      shortfall[v] = demand > 0 ? loss / demand : 0;
    } else {
      const x = lp.values();
      for (let u = v + 1; u < graph.n; u++) if (x[lp.nodeCol(u)]! <= eps) spared[u] = 1;
    }
    lp.setNodeRemoved(v, false);
  }
  return { delivered, demand, lost, shortfall, solves };
}

/** Country dependence on the LP (same definition and order as country-dependence.ts). */
export function recipeCountryDependence(model: Model, lp: RecipeLp, delivered: number): CountryDependence[] {
  const countries = [...new Set(model.nodes.flatMap((n) => (n.country ? [n.country] : [])))].sort();
  const result = countries.map((country): CountryDependence => {
    const mask = exportControlMask(model, { type: 'export-control', country });
    const closed: number[] = [];
    mask.forEach((blocked, e) => {
      if (blocked) closed.push(e);
    });
    let under = delivered;
    if (closed.length > 0) {
      for (const e of closed) lp.setEdgeClosed(e, true);
      under = Math.min(delivered, lp.solve('baseline'));
      for (const e of closed) lp.setEdgeClosed(e, false);
    }
    const lost = Math.max(0, delivered - under);
    return { country, lostShare: delivered > 0 ? lost / delivered : 0, deliveredUnderControl: under };
  });
  return result.sort((a, b) => b.lostShare - a.lostShare || (a.country < b.country ? -1 : 1));
}

/** Delivered with the given nodes removed, on the same LP (which is left as it was). */
export function recipeDeliveredWithout(lp: RecipeLp, removed: readonly number[]): number {
  for (const v of removed) lp.setNodeRemoved(v, true);
  try {
    return lp.solve('baseline');
  } finally {
    for (const v of removed) lp.setNodeRemoved(v, false);
  }
}
