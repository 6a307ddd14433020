/**
 * The time LP
 * ===========
 *
 * Time-to-survive, performance impact and the buffer term (docs/time.md) all ask what the chain
 * delivers in total over a horizon of t days, with every capacity and demand bound scaled by t/365
 * and every node's stock as extra output of that node, not bounded by its capacity. Divided by t/365
 * that is the recipe LP of docs/recipes.md in yearly rates, with one more column per stocked node w:
 *
 *   σ_w ≥ 0          its stock drawn, as a yearly rate over the horizon;
 *   σ_w ≤ stock_w·u  where u = 365/t (all of the stock spread over t days);
 *   Σ out(w) = x_w + σ_w            (a non-consumer ships its output and its stock), or
 *   served(w) = x_w + σ_w ≤ demand  (a consumer draws on its own inventory).
 *
 * Over a fixed horizon T, u is fixed at 365/T and the objective is Σ served: delivered over T is
 * that optimum × T/365 (`deliveredOver`).
 *
 * Time-to-survive asks for the largest t at which that optimum (v removed) is still ≥ B, the baseline
 * delivered per year. The constraints are linear in (rates, u) jointly, so the largest t is one LP: add
 * the row Σ served ≥ B and minimise u; TTS = 365/u* (`timeToSurvive`). This is exact: no bisection.
 * u* = 0 means the chain without v still delivers B (TTS unbounded, null); an infeasible LP means not
 * even the first instant can be covered (TTS 0).
 *
 * Built once per analysis on top of the recipe LP and re-solved with changed bounds and costs.
 */
import type { Highs } from 'highs';
import type { Model } from '../../model/schema.ts';
import type { IndexedGraph } from '../indexed-graph.ts';
import { buildDualResolver, type DualResolver, resolveLpOf } from '../recipes/dual-resolve.ts';
import {
  buildRecipeLp,
  DUAL_SIMPLEX,
  type LpBasis,
  PRIMAL_SIMPLEX,
  type RecipeLp,
  RecipeLpError,
} from '../recipes/recipe-lp.ts';

/** A node whose loss costs under this share of B counts as costing nothing (TTS null). */
export const SURVIVE_TOLERANCE = 1e-9;

/** An optimum: its objective (as HiGHS reports it: maximised) and its column values. */
interface Solution {
  objective: number;
  colValue: Float64Array;
}

export interface TimeLp {
  readonly graph: IndexedGraph;
  /** Baseline delivered per year, without stocks (the recipe LP's optimum). */
  readonly baseline: number;
  /** Per node, its output in that baseline optimum (for a consumer: what it is served). */
  readonly baselineOutput: Float64Array;
  /**
   * Total delivered over `days` with node `removed` producing nothing (its stock still ships), or
   * none removed; and per node its production over the horizon in that optimum.
   */
  deliveredOver(days: number, removed?: number): { delivered: number; output: Float64Array };
  /** Time-to-survive of v in days; null when unbounded. */
  timeToSurvive(v: number): number | null;
  dispose(): void;
}

export function buildTimeLp(
  highs: Highs,
  model: Model,
  graph: IndexedGraph,
  stock: Float64Array,
  label: string,
): TimeLp {
  const base: RecipeLp = buildRecipeLp(highs, model, graph, label);
  const lp = base.highsModel;
  const { n } = graph;
  const baseline = base.solve();
  const baselineValues = base.values();
  const baselineOutput = new Float64Array(n);
  for (let v = 0; v < n; v++) baselineOutput[v] = Math.max(0, baselineValues[base.nodeCol(v)]!);

  let cols = base.numCols;
  let rows = base.numRows;
  const uCol = cols++;
  lp.addCol(0, 0, Number.POSITIVE_INFINITY, { indices: [], values: [] });
  const stocked: number[] = [];
  const sigmaCol = new Int32Array(n).fill(-1);
  const servedEntries: { indices: number[]; values: number[] } = { indices: [], values: [] };
  for (let v = 0; v < n; v++) {
    if (graph.isSink[v]) {
      servedEntries.indices.push(base.nodeCol(v));
      servedEntries.values.push(1);
    }
    if (!(stock[v]! > 0)) continue;
    stocked.push(v);
    sigmaCol[v] = cols++;
    if (graph.isSink[v]) {
      lp.addCol(1, 0, Number.POSITIVE_INFINITY, { indices: [], values: [] });
      // served = x_v + σ_v ≤ demand (x_v keeps its own bound, min(capacity, demand)).
      lp.addRow(Number.NEGATIVE_INFINITY, graph.demand[v]!, {
        indices: [base.nodeCol(v), sigmaCol[v]!],
        values: [1, 1],
      });
      rows++;
      servedEntries.indices.push(sigmaCol[v]!);
      servedEntries.values.push(1);
    } else {
      lp.addCol(0, 0, Number.POSITIVE_INFINITY, { indices: [base.passRow[v]!], values: [-1] });
    }
    lp.addRow(Number.NEGATIVE_INFINITY, 0, { indices: [sigmaCol[v]!, uCol], values: [1, -stock[v]!] });
    rows++;
  }
  const servedRow = rows++;
  lp.addRow(Number.NEGATIVE_INFINITY, Number.POSITIVE_INFINITY, servedEntries);

  const optimal = highs.constants.modelStatus.optimal;
  const infeasible = highs.constants.modelStatus.infeasible;
  // Each figure is a family of LPs that differ only in the node removed: TTS (mode 'survive') and
  // delivered over one horizon. The first of a family solved without removal keeps its optimal basis;
  // a node's LP then starts from it with the dual simplex (removing a node only tightens bounds, so
  // the basis stays dual feasible: a few pivots), as the N-1 table does (recipe-lp.ts). Without it,
  // each node's LP started from the previous node's optimum, which putting that node back leaves
  // dual infeasible: many primal pivots.
  //
  // The re-solves themselves run in JavaScript on the family's basis factorised once
  // (recipes/dual-resolve.ts), and in HiGHS from that basis when the resolver gives up.
  const bases = new Map<string, LpBasis>();
  const resolvers = new Map<string, DualResolver | null>();
  let usingDual = false;
  const useDual = (dual: boolean) => {
    if (dual === usingDual) return;
    lp.options.set(dual ? DUAL_SIMPLEX : PRIMAL_SIMPLEX);
    usingDual = dual;
  };
  const runOnce = (): number => {
    try {
      lp.run();
    } catch (error) {
      throw new RecipeLpError(`the time LP of ${label} could not be solved: ${(error as Error).message}`);
    }
    return lp.getModelStatus();
  };
  /** Solves the current LP of `family`, with node `removed` out; null when infeasible. */
  const run = (family: string, removed: number | undefined): Solution | null => {
    const resolver = removed === undefined ? null : resolvers.get(family);
    if (resolver && removed !== undefined) {
      const r = resolver.resolve([{ col: base.nodeCol(removed), lower: 0, upper: 0 }]);
      if (r?.status === 'infeasible') return null;
      // The resolver minimises: HiGHS's objective (maximised) is its negation.
      if (r) return { objective: -r.objective, colValue: r.colValue };
    }
    const start = removed !== undefined ? bases.get(family) : undefined;
    if (start) lp.setBasis(start);
    useDual(start !== undefined);
    let status = runOnce();
    if (status !== optimal && status !== infeasible) {
      // A warm start can stall the simplex ("unknown"): solving again from the slack basis answers.
      lp.clearSolver();
      status = runOnce();
    }
    if (status === optimal && removed === undefined && !bases.has(family)) {
      const basis = lp.getBasis();
      bases.set(family, basis);
      resolvers.set(family, buildDualResolver(resolveLpOf(lp.getLp('csc')), basis));
    }
    if (status === optimal) return { objective: lp.getObjectiveValue(), colValue: lp.getSolution().colValue };
    if (status === infeasible) return null;
    throw new RecipeLpError(
      `the time LP of ${label} could not be solved: the solver stopped with status ${status}`,
    );
  };

  type Mode = 'horizon' | 'survive';
  let mode: Mode = 'horizon';
  const setMode = (next: Mode) => {
    if (next === mode) return;
    mode = next;
    const horizon = next === 'horizon';
    for (const idx of servedEntries.indices) lp.changeColCost(idx, horizon ? 1 : 0);
    lp.changeColCost(uCol, horizon ? 0 : -1);
    lp.changeRowBounds(
      servedRow,
      horizon ? Number.NEGATIVE_INFINITY : baseline * (1 - SURVIVE_TOLERANCE),
      Number.POSITIVE_INFINITY,
    );
  };
  const withRemoved = <T>(removed: number | undefined, f: () => T): T => {
    if (removed === undefined) return f();
    base.setNodeRemoved(removed, true);
    try {
      return f();
    } finally {
      base.setNodeRemoved(removed, false);
    }
  };

  /**
   * Solves family `family` with `removed` out (first without it, when the family's basis is not known
   * yet) and reads the answer before the node is put back (a bound change discards the solution);
   * null when infeasible.
   */
  const solveFamily = <T>(
    family: string,
    removed: number | undefined,
    read: (solution: Solution) => T,
  ): T | null => {
    if (removed !== undefined && !bases.has(family)) run(family, undefined);
    return withRemoved(removed, () => {
      const solution = run(family, removed);
      return solution ? read(solution) : null;
    });
  };

  /**
   * TTS by Newton's method on D(u), delivered per year with v removed and stocks spread over 365/u
   * days (the horizon LP with u fixed): D is concave and piecewise linear in u, an optimal dual gives
   * a supergradient s ≥ D'₊(u) (the reduced cost of u), so u + (B − D(u))/s never passes the least u
   * with D(u) ≥ B and reaches it after one step per linear piece crossed. Each step is a re-solve of
   * the u = 0 family with two bounds moved (v's output to 0, u to its value), the first from that
   * family's basis and the next ones from the step before. u stays nonbasic, which keeps the basis
   * sparse: the 'survive' LP below makes u basic, and u meets every stock row. Undefined when the
   * resolver gives up; the survive LP (docs/time.md) answers then.
   */
  const NEWTON = 'horizon ∞';
  // The node of the resolver's last optimum: Newton's next step for the same node goes on from it
  // (only u moves, a little), which costs a few pivots where starting over costs a dozen or more.
  let lastNode = -1;
  const perNode = (): DualResolver | null => {
    if (!bases.has(NEWTON)) {
      setMode('horizon');
      lp.changeColBounds(uCol, 0, 0);
      run(NEWTON, undefined);
    }
    return resolvers.get(NEWTON) ?? null;
  };
  /** Delivered per year with v out and u at `u` (the horizon LP), or null when the resolver gives up. */
  const horizonWithout = (v: number, u: number) => {
    const resolver = perNode();
    if (!resolver) return null;
    const r = resolver.resolve(
      [
        { col: base.nodeCol(v), lower: 0, upper: 0 },
        { col: uCol, lower: u, upper: u },
      ],
      { reducedCosts: [uCol], from: lastNode === v ? 'last' : 'baseline', values: false },
    );
    lastNode = r?.status === 'optimal' ? v : -1;
    return r?.status === 'optimal' ? r : null;
  };
  const survivalByNewton = (v: number): number | null | undefined => {
    const target = baseline * (1 - SURVIVE_TOLERANCE);
    const slack = 1e-10 * Math.max(1, target);
    let u = 0;
    for (let step = 0; step < 50; step++) {
      const r = horizonWithout(v, u);
      if (!r) return undefined;
      // The resolver minimises −delivered: D(u) and its supergradient are the negations.
      const delivered = -r.objective;
      if (delivered >= target - slack) return u <= 1e-12 ? null : 365 / u;
      const slope = -r.reducedCost[0]!;
      if (!(slope > 1e-12)) return 0; // no stock helps any more: not even day 0 is covered
      u += (target - delivered) / slope;
    }
    return undefined;
  };

  return {
    graph,
    baseline,
    baselineOutput,
    deliveredOver(days, removed) {
      const u = 365 / days;
      const scale = days / 365;
      const read = ({ objective, colValue }: Solution) => {
        const output = new Float64Array(n);
        for (let v = 0; v < n; v++) output[v] = Math.max(0, colValue[base.nodeCol(v)]!) * scale;
        // The yearly rate to the recipe LP's grid first: which optimum the simplex reaches (and so
        // the last bits) depends on the solves before, and performance impacts must not.
        return { delivered: Math.max(0, base.snap(objective)) * scale, output };
      };
      // (Going on from the node's TTS optimum was tried: u moves too far, past a hundred pivots.)
      setMode('horizon');
      lp.changeColBounds(uCol, u, u);
      const answer = solveFamily(`horizon ${days}`, removed, read);
      if (!answer) throw new RecipeLpError(`the time LP of ${label} is infeasible over ${days} days`);
      return answer;
    },
    timeToSurvive(v) {
      const fast = survivalByNewton(v);
      if (fast !== undefined) return fast;
      setMode('survive');
      lp.changeColBounds(uCol, 0, Number.POSITIVE_INFINITY);
      const u = solveFamily('survive', v, ({ colValue }) => colValue[uCol]!);
      if (u === null) return 0;
      // u is 0 exactly at a vertex where stocks are not needed; a tiny u is round-off of that.
      return u <= 1e-12 ? null : 365 / u;
    },
    dispose() {
      base.dispose();
    },
  };
}
