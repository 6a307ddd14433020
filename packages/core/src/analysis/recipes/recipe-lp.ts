/**
 * The recipe LP
 * =============
 *
 * Delivered of a model with recipes or yields is the optimum of the linear programme of issue 11,
 * written out in docs/recipes.md; this module builds it once, as sparse rows handed to HiGHS, and keeps
 * it for re-solves with changed bounds (a removed node, a blocked edge) instead of rebuilding it.
 *
 * Columns: f_e for every edge (0 ≤ f_e ≤ capacity), then x_v for every node (its output, or for a sink
 * what it is served: 0 ≤ x_v ≤ capacity, and ≤ demand for a sink), then x_{v,k} for every recipe k of
 * every recipe node (k = its `recipe`, then its alternatives).
 *
 * Rows, for every node v that is not a source (a source has no incoming edge and no demand):
 *   no recipe:   yield · Σ_{e into v} f_e − x_v = 0
 *   recipes:     x_v − Σ_k x_{v,k} = 0
 *                Σ_{e into v carrying c} f_e − Σ_k ratio_{k,c} · x_{v,k} = 0   for every commodity c
 *                x_{v,k} − maxShare_k · x_v ≤ 0                                 for k with maxShare < 1
 * and for every node v that is not a sink:
 *                Σ_{e out of v} f_e − x_v = 0
 * Objective: maximise Σ over sinks of x_v.
 *
 * The models are owned by the WebAssembly heap, which never shrinks: every RecipeLp must be disposed.
 */
import type { Highs, Model as HighsModel } from 'highs';
import type { Model } from '../../model/schema.ts';
import type { IndexedGraph } from '../indexed-graph.ts';
import { buildDualResolver, type DualResolver, resolveLpOf } from './dual-resolve.ts';
import { edgeCommodity, type NodeRecipe, nodeRecipes } from './node-recipes.ts';

/** A simplex basis of a RecipeLp, to start a later solve from. */
export type LpBasis = ReturnType<HighsModel['getBasis']>;

// Presolve off (set once per LP): every re-solve starts from a basis, where presolve only costs time.
/** Primal simplex: for solves from the last basis (the first solve, the fair split's changed objectives). */
export const PRIMAL_SIMPLEX = { simplex_strategy: 4, simplex_dual_edge_weight_strategy: -1 } as const;
/**
 * Dual simplex with Dantzig pricing: for re-solves that only tighten bounds (a node removed, edges
 * closed: N-1, export controls, N-k, the time figures) from an optimal basis of a looser LP, which
 * stays dual feasible: the dual simplex repairs it in a few pivots (about 12 per node on the
 * 1,000-node bench chain, against about 80 primal pivots from the previous node's optimum, which
 * putting that node back leaves dual infeasible). Dantzig: steepest-edge weights cost a BTRAN per row
 * to set up after every basis reset, more than the few pivots they save (measured with HiGHS's
 * iteration counts and node --cpu-prof).
 */
export const DUAL_SIMPLEX = { simplex_strategy: 1, simplex_dual_edge_weight_strategy: 0 } as const;

/** A solve that did not end optimal: names the model and scenario, never a solver stack trace. */
export class RecipeLpError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'RecipeLpError';
  }
}

export interface RecipeLp {
  readonly graph: IndexedGraph;
  /** Per node: its recipes (empty without), and the first column of its x_{v,k} (−1 without). */
  readonly recipes: readonly NodeRecipe[][];
  readonly recipeCol: Int32Array;
  /** Per node and input commodity: the row of its balance (for the binding input's dual). */
  readonly commodityRows: readonly Map<string, number>[];
  readonly edgeCol: (e: number) => number;
  readonly nodeCol: (v: number) => number;
  /** Per node: the row of its pass-on balance Σ out − x_v = 0 (−1 for a sink), for the time LP's stocks. */
  readonly passRow: Int32Array;
  /** The HiGHS model itself and its size as built, for extensions that add rows or columns. */
  readonly highsModel: HighsModel;
  readonly numCols: number;
  readonly numRows: number;
  /**
   * Solves and returns delivered; throws RecipeLpError when the solver does not reach an optimum.
   * `from`: start from that basis (a `basis()` snapshot, or `'baseline'` for the one `keepBaseline`
   * kept) with the dual simplex: for re-solves whose bounds are tighter than when it was taken.
   * Without it: primal simplex from the last solve's basis.
   *
   * With a start (`'baseline'` or a basis), after keepBaseline() and while no rows or columns were
   * added, the re-solve runs in JavaScript from the baseline's basis factorised once (dual-resolve.ts;
   * any optimum will do, so a given basis is only HiGHS's start), and HiGHS solves only when that gives
   * up. Its answer is read through values(); rowDuals() and basis() then ask HiGHS for the same LP.
   */
  solve(from?: LpBasis | 'baseline'): number;
  /**
   * True when re-solves from `'baseline'` run on the factorised baseline (dual-resolve.ts): a search
   * then gains nothing by keeping bases of its own to start from.
   */
  fastBaseline(): boolean;
  /**
   * Keeps the basis of the last, optimal, solve as `'baseline'` (call it on the unchanged LP, and again
   * after changing its costs: the fast re-solves read the LP once, on their first use after this).
   */
  keepBaseline(): void;
  /** Makes `from` the basis the next solve without `from` starts from (before adding rows or columns). */
  useBasis(from: LpBasis | 'baseline'): void;
  /** A snapshot of the last solve's basis. */
  basis(): LpBasis;
  /**
   * To the decimal grid of about 1e-11 of the largest possible objective that solve() rounds to: for
   * extensions that read the objective themselves (the time LP), so equal answers compare equal.
   */
  snap(x: number): number;
  /** Column values and row duals of the last solve. */
  values(): Float64Array;
  rowDuals(): Float64Array;
  /** Removes node v (output or served 0), or puts it back. */
  setNodeRemoved(v: number, removed: boolean): void;
  /** Closes edge e (capacity 0), or opens it again to its own capacity. */
  setEdgeClosed(e: number, closed: boolean): void;
  dispose(): void;
}

/** What the error says the LP is: `model "Rare earths" under scenario "apr-2025"`. */
export function lpLabel(model: Model, scenario?: { id: string } | null): string {
  return `model "${model.name}"${scenario ? ` under scenario "${scenario.id}"` : ''}`;
}

/**
 * Builds the LP of `model` (indexed as `graph`); `label` names it in errors. `solverOptions` are
 * HiGHS options (e.g. an iteration limit), for tests of the failure path.
 */
export function buildRecipeLp(
  highs: Highs,
  model: Model,
  graph: IndexedGraph,
  label: string,
  solverOptions: Record<string, string | number | boolean> = {},
): RecipeLp {
  const { n, m } = graph;
  const recipes = model.nodes.map((node) => nodeRecipes(node));
  const recipeCol = new Int32Array(n).fill(-1);
  let cols = m + n;
  for (let v = 0; v < n; v++) {
    if (recipes[v]!.length > 0 && !graph.isSource[v]) {
      recipeCol[v] = cols;
      cols += recipes[v]!.length;
    }
  }
  const edgeCol = (e: number) => e;
  const nodeCol = (v: number) => m + v;

  const colUpper = new Float64Array(cols).fill(Number.POSITIVE_INFINITY);
  const colCost = new Float64Array(cols);
  for (let e = 0; e < m; e++) colUpper[e] = graph.edgeCapacity[e]!;
  const nodeUpper = new Float64Array(n);
  for (let v = 0; v < n; v++) {
    nodeUpper[v] = graph.isSink[v]
      ? Math.min(graph.nodeCapacity[v]!, graph.demand[v]!)
      : graph.nodeCapacity[v]!;
    colUpper[m + v] = nodeUpper[v]!;
    if (graph.isSink[v]) colCost[m + v] = 1;
  }
  const edgeUpper = colUpper.slice(0, m);

  // Rows as CSR: starts, column indices, values, and bounds.
  const starts: number[] = [0];
  const index: number[] = [];
  const value: number[] = [];
  const rowLower: number[] = [];
  const rowUpper: number[] = [];
  const addRow = (entries: [number, number][], lower: number, upper: number): number => {
    for (const [c, a] of entries) {
      index.push(c);
      value.push(a);
    }
    starts.push(index.length);
    rowLower.push(lower);
    rowUpper.push(upper);
    return rowLower.length - 1;
  };

  const commodityRows = model.nodes.map(() => new Map<string, number>());
  const passRow = new Int32Array(n).fill(-1);
  for (let v = 0; v < n; v++) {
    const x = nodeCol(v);
    const inEdges = graph.inEdges.subarray(graph.inStart[v]!, graph.inStart[v + 1]!);
    if (!graph.isSource[v]) {
      const rs = recipes[v]!;
      if (rs.length === 0) {
        const y = model.nodes[v]!.yield ?? 1;
        addRow([...Array.from(inEdges, (e): [number, number] => [edgeCol(e), y]), [x, -1]], 0, 0);
      } else {
        const first = recipeCol[v]!;
        addRow([[x, 1], ...rs.map((_, k): [number, number] => [first + k, -1])], 0, 0);
        // Inflow of each commodity, by what arrives and what the recipes consume.
        const arriving = new Map<string, number[]>();
        for (const e of inEdges) {
          const c = edgeCommodity(model.edges[e]!, model.nodes[graph.edgeSource[e]!]) ?? '';
          const list = arriving.get(c) ?? [];
          list.push(e);
          arriving.set(c, list);
        }
        const commodities = new Set<string>([...arriving.keys()]);
        for (const r of rs) for (const c of r.inputs.keys()) commodities.add(c);
        for (const c of commodities) {
          const entries: [number, number][] = (arriving.get(c) ?? []).map((e) => [edgeCol(e), 1]);
          rs.forEach((r, k) => {
            const ratio = r.inputs.get(c);
            if (ratio !== undefined) entries.push([first + k, -ratio]);
          });
          commodityRows[v]!.set(c, addRow(entries, 0, 0));
        }
        rs.forEach((r, k) => {
          if (r.maxShare < 1) {
            addRow(
              [
                [first + k, 1],
                [x, -r.maxShare],
              ],
              Number.NEGATIVE_INFINITY,
              0,
            );
          }
        });
      }
    }
    if (!graph.isSink[v]) {
      const out = graph.outEdges.subarray(graph.outStart[v]!, graph.outStart[v + 1]!);
      passRow[v] = addRow([...Array.from(out, (e): [number, number] => [edgeCol(e), 1]), [x, -1]], 0, 0);
    }
  }

  const lp: HighsModel = highs.createModel({
    numCols: cols,
    numRows: rowLower.length,
    sense: highs.constants.objectiveSense.maximize,
    colCost,
    colLower: new Float64Array(cols),
    colUpper,
    rowLower: Float64Array.from(rowLower),
    rowUpper: Float64Array.from(rowUpper),
    matrix: {
      format: 'csr',
      numRows: rowLower.length,
      numCols: cols,
      starts: Int32Array.from(starts),
      indices: Int32Array.from(index),
      values: Float64Array.from(value),
    },
  });
  const primal = { ...PRIMAL_SIMPLEX, ...solverOptions };
  const dual = { ...DUAL_SIMPLEX, ...solverOptions };
  lp.options.set({ output_flag: false, presolve: 'off', solver: 'simplex', ...primal });
  let usingDual = false;
  let baseline: LpBasis | null = null;
  // Columns whose bounds differ from the LP as built (removed nodes, closed edges), for the resolver.
  const changed = new Map<number, number>();
  // The baseline factorised: undefined until first needed after keepBaseline(), null when unusable.
  let resolver: DualResolver | null | undefined;
  // Whether the last solve was the resolver's (HiGHS's own state then belongs to an earlier solve).
  let fromResolver = false;
  let fromResolverValues: Float64Array | null = null;

  // The simplex path, and so the last bits of a solution, depend on column order: adding a node that
  // changes nothing could move a figure by an ulp. Results are rounded to a decimal grid of about
  // 1e-11 of the largest possible objective, far below the solver's own tolerance (~1e-9), so that
  // equal answers compare equal and print as the decimals they are.
  const perUnit = 10 ** (11 - Math.ceil(Math.log10(Math.max(1, graph.totalDemand))));
  const snap = (x: number) => Math.round(x * perUnit) / perUnit;
  let solution: { colValue: Float64Array; rowDual: Float64Array | null } | null = null;
  const optimal = highs.constants.modelStatus.optimal;
  const read = () => {
    const { colValue, rowDual } = lp.getSolution();
    return { colValue: colValue.map(snap), rowDual };
  };
  return {
    graph,
    recipes,
    recipeCol,
    commodityRows,
    edgeCol,
    nodeCol,
    passRow,
    highsModel: lp,
    numCols: cols,
    numRows: rowLower.length,
    solve(from) {
      solution = null;
      fromResolver = false;
      if (from !== undefined && baseline) {
        const fast = resolveFast();
        if (fast !== null) return fast;
      }
      return solveHighs(from);
    },
    fastBaseline() {
      return baselineResolver() !== null;
    },
    keepBaseline() {
      baseline = lp.getBasis();
      resolver = undefined;
    },
    snap,
    useBasis(from) {
      const basis = from === 'baseline' ? baseline : from;
      if (basis) lp.setBasis(basis);
    },
    basis() {
      syncHighs();
      return lp.getBasis();
    },
    values() {
      if (fromResolver && fromResolverValues) {
        solution ??= { colValue: fromResolverValues.map(snap), rowDual: null };
      }
      solution ??= read();
      return solution.colValue;
    },
    rowDuals() {
      syncHighs();
      solution ??= read();
      return solution.rowDual ?? lp.getSolution().rowDual;
    },
    setNodeRemoved(v, removed) {
      setBounds(nodeCol(v), removed ? 0 : nodeUpper[v]!);
    },
    setEdgeClosed(e, closed) {
      setBounds(edgeCol(e), closed ? 0 : edgeUpper[e]!);
    },
    dispose() {
      lp.dispose();
    },
  };

  function setBounds(col: number, upper: number): void {
    lp.changeColBounds(col, 0, upper);
    if (upper === builtUpper(col)) changed.delete(col);
    else changed.set(col, upper);
  }
  function builtUpper(col: number): number {
    return col < m ? edgeUpper[col]! : nodeUpper[col - m]!;
  }
  function baselineResolver(): DualResolver | null {
    if (resolver !== undefined) return resolver;
    resolver = null;
    if (!baseline) return null;
    const data = lp.getLp('csc');
    // Rows or columns added by an extension (the fair split, the time LP) are not the LP as built.
    if (data.numCols !== cols || data.numRows !== rowLower.length) return null;
    const colUpperNow = data.colUpper.slice();
    const colLowerNow = data.colLower.slice();
    for (const col of changed.keys()) {
      colLowerNow[col] = 0;
      colUpperNow[col] = builtUpper(col);
    }
    resolver = buildDualResolver(
      resolveLpOf({ ...data, colLower: colLowerNow, colUpper: colUpperNow }),
      baseline,
    );
    return resolver;
  }
  /** Delivered by the resolver, or null when HiGHS must answer. */
  function resolveFast(): number | null {
    const r = baselineResolver();
    if (!r) return null;
    const result = r.resolve(Array.from(changed, ([col, upper]) => ({ col, lower: 0, upper })));
    if (result?.status !== 'optimal') return null;
    fromResolver = true;
    fromResolverValues = result.colValue;
    return Math.max(0, snap(-result.objective));
  }
  /** HiGHS's solution of the current LP, when the last solve was the resolver's. */
  function syncHighs(): void {
    if (fromResolver) solveHighs('baseline');
  }
  function solveHighs(from: LpBasis | 'baseline' | undefined): number {
    solution = null;
    fromResolver = false;
    const start = from === 'baseline' ? baseline : from;
    const run = () => {
      try {
        lp.run();
      } catch (error) {
        throw new RecipeLpError(`the recipe LP of ${label} could not be solved: ${(error as Error).message}`);
      }
    };
    try {
      if (start) lp.setBasis(start);
      if (Boolean(start) !== usingDual) {
        lp.options.set(start ? dual : primal);
        usingDual = Boolean(start);
      }
    } catch (error) {
      throw new RecipeLpError(`the recipe LP of ${label} could not be solved: ${(error as Error).message}`);
    }
    run();
    let status = lp.getModelStatus();
    if (status !== optimal) {
      // A warm start after many bound changes can stall the simplex ("unknown" after several closed
      // export routes): solving again from the slack basis answers where the old basis did not.
      lp.clearSolver();
      run();
      status = lp.getModelStatus();
    }
    if (status !== optimal) {
      throw new RecipeLpError(
        `the recipe LP of ${label} could not be solved: the solver stopped with status ${statusName(highs, status)}`,
      );
    }
    return Math.max(0, snap(lp.getObjectiveValue()));
  }
}

function statusName(highs: Highs, status: number): string {
  const entry = Object.entries(highs.constants.modelStatus).find(([, code]) => code === status);
  return entry ? `"${entry[0]}"` : String(status);
}
