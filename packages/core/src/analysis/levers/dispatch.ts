/**
 * Dispatch: the cheapest way to deliver the maximum
 * =================================================
 *
 * Among the flows that deliver the maximum, the one of least total cost, where a node's `cost` is paid
 * per unit it passes on (a consumer passes nothing on: its cost is not used) and an edge's per unit it
 * carries (docs/levers.md). This is the market's merit order: cheap capacity serves demand first and
 * dearer producers elsewhere sit idle.
 *
 * - A plain model (no recipe, no yield, no lever floor) is solved combinatorially: a minimum-cost
 *   maximum flow (flow/min-cost-flow.ts) on the same node-split network as delivered.
 * - A model with recipes or yields, or a dispatch with floors (offtake, price floor), goes through the
 *   recipe LP (recipes/recipe-lp.ts) in up to three lexicographic stages, each fixing the optimum of the
 *   one before to within 1e-9 of it: (1) maximise delivered; (2) with floors, maximise the covered
 *   output up to each floor, Σ min(x_v, floor_v); (3) minimise the total cost.
 *
 * An offtake's buyer takes what the chain does not use of its floor into a strategic stock: each node
 * with an offtake floor gets an outlet (a stock consumer of demand = its floor) that does not count as
 * delivered. `stock[v]` is what goes there, in units per year.
 */
import type { Highs } from 'highs';
import type { Model } from '../../model/schema.ts';
import { minCostMaxFlow } from '../flow/min-cost-flow.ts';
import { type IndexedGraph, indexModel } from '../indexed-graph.ts';
import { hasRecipes } from '../recipes/node-recipes.ts';
import { buildRecipeLp } from '../recipes/recipe-lp.ts';
import { requireSolver } from '../recipes/solver.ts';

export interface DispatchFloor {
  /** Node index. */
  node: number;
  /** Output the lever wants from the node per year (Infinity: all it can sell, for a price floor). */
  floor: number;
  /** True for an offtake: what the chain cannot use goes into a strategic stock. */
  stock: boolean;
}

export interface Dispatch {
  delivered: number;
  /** Σ node cost × output + Σ edge cost × flow, per year. */
  totalCost: number;
  edgeFlow: Float64Array;
  /** Per node: its dispatched output (what it passes on, stock included), or for a consumer what it is served. */
  output: Float64Array;
  /** Per node: capacity − output (Infinity when its capacity is unlimited). */
  idle: Float64Array;
  /** Per node: units per year an offtake's buyer puts into a strategic stock (0 without one). */
  stock: Float64Array;
}

/** True when any node or edge states a cost: the report then carries a dispatch. */
export function hasCosts(model: Model): boolean {
  return model.nodes.some((n) => n.cost !== undefined) || model.edges.some((e) => e.cost !== undefined);
}

/** The dispatch of a validated model (already under its scenario), with optional lever floors. */
export function dispatch(model: Model, g: IndexedGraph, floors: readonly DispatchFloor[] = []): Dispatch {
  if (floors.length === 0 && !hasRecipes(model)) return plainDispatch(model, g);
  return lpDispatch(requireSolver(`model "${model.name}"`), model, g, floors);
}

/** Min-cost max-flow on the node-split network (see flow/flow-network.ts for its arcs). */
export function plainDispatch(model: Model, g: IndexedGraph): Dispatch {
  const { n, m } = g;
  const arcs = n + m + 2 * n;
  const tails = new Int32Array(arcs);
  const heads = new Int32Array(arcs);
  const caps = new Float64Array(arcs);
  const costs = new Float64Array(arcs);
  const S = 2 * n;
  const T = 2 * n + 1;
  let a = 0;
  for (let v = 0; v < n; v++, a++) {
    tails[a] = 2 * v;
    heads[a] = 2 * v + 1;
    caps[a] = g.nodeCapacity[v]!;
    costs[a] = g.isSink[v] ? 0 : (model.nodes[v]!.cost ?? 0);
  }
  for (let e = 0; e < m; e++, a++) {
    tails[a] = 2 * g.edgeSource[e]! + 1;
    heads[a] = 2 * g.edgeTarget[e]!;
    caps[a] = g.edgeCapacity[e]!;
    costs[a] = model.edges[e]!.cost ?? 0;
  }
  const sourceArc = new Int32Array(n).fill(-1);
  const sinkArc = new Int32Array(n).fill(-1);
  for (let v = 0; v < n; v++) {
    if (g.isSource[v]) {
      tails[a] = S;
      heads[a] = 2 * v;
      caps[a] = Number.POSITIVE_INFINITY;
      sourceArc[v] = a++;
    }
    if (g.isSink[v]) {
      tails[a] = 2 * v + 1;
      heads[a] = T;
      caps[a] = g.demand[v]!;
      sinkArc[v] = a++;
    }
  }
  const solved = minCostMaxFlow(
    {
      nodes: 2 * n + 2,
      tails: tails.subarray(0, a),
      heads: heads.subarray(0, a),
      caps: caps.subarray(0, a),
      costs: costs.subarray(0, a),
    },
    S,
    T,
    g.totalDemand,
  );
  const output = solved.flow.slice(0, n);
  return {
    delivered: solved.value,
    totalCost: solved.cost,
    edgeFlow: solved.flow.slice(n, n + m),
    output,
    idle: idleOf(g, output),
    stock: new Float64Array(n),
  };
}

/** The three-stage LP dispatch (see the banner). */
export function lpDispatch(
  highs: Highs,
  model: Model,
  g: IndexedGraph,
  floors: readonly DispatchFloor[],
): Dispatch {
  const { n, m } = g;
  // Offtake floors get a stock outlet: a consumer of demand = floor fed by one edge from the node.
  const stocked = floors.filter((f) => f.stock && f.floor > 0);
  const outletIds = stocked.map((f) => `stock:${model.nodes[f.node]!.id}`);
  const extended: Model = stocked.length
    ? {
        ...model,
        nodes: [
          ...model.nodes,
          ...stocked.map((f, k) => ({
            id: outletIds[k]!,
            stage: model.nodes[f.node]!.stage,
            demand: f.floor,
          })),
        ],
        edges: [
          ...model.edges,
          ...stocked.map((f, k) => ({ source: model.nodes[f.node]!.id, target: outletIds[k]! })),
        ],
      }
    : model;
  const xg = stocked.length ? indexModel(extended) : g;
  const lp = buildRecipeLp(highs, extended, xg, `the dispatch of model "${model.name}"`);
  try {
    const h = lp.highsModel;
    const cols = lp.numCols;
    const isOutlet = (v: number) => v >= n;
    const setCosts = (cost: (col: number) => number) => {
      for (let c = 0; c < h.getDimensions().numCols; c++) h.changeColCost(c, cost(c));
    };
    const realSink = new Set<number>();
    for (let v = 0; v < xg.n; v++) if (xg.isSink[v] && !isOutlet(v)) realSink.add(lp.nodeCol(v));
    // (1) delivered, without the outlets.
    setCosts((c) => (realSink.has(c) ? 1 : 0));
    const delivered = lp.solve();
    const tol = (x: number) => x - 1e-10 * Math.max(1, Math.abs(x));
    h.addRow(tol(delivered), Number.POSITIVE_INFINITY, sparse([...realSink].map((c) => [c, 1])));
    // (2) covered output up to each floor: y_v ≤ floor_v, y_v ≤ x_v, maximise Σ y_v.
    if (floors.length > 0) {
      floors.forEach((f, k) => {
        h.addCol(0, 0, f.floor, sparse([]));
        h.addRow(
          Number.NEGATIVE_INFINITY,
          0,
          sparse([
            [cols + k, 1],
            [lp.nodeCol(f.node), -1],
          ]),
        );
      });
      setCosts((c) => (c >= cols ? 1 : 0));
      const covered = lp.solve();
      h.addRow(tol(covered), Number.POSITIVE_INFINITY, sparse(floors.map((_, k) => [cols + k, 1])));
    }
    // (3) the cheapest of those flows.
    const nodeCost = new Map<number, number>();
    for (let v = 0; v < n; v++) {
      const c = model.nodes[v]!.cost;
      if (c !== undefined && !g.isSink[v]) nodeCost.set(lp.nodeCol(v), c);
    }
    for (let e = 0; e < m; e++) {
      const c = model.edges[e]!.cost;
      if (c !== undefined) nodeCost.set(lp.edgeCol(e), c);
    }
    setCosts((c) => -(nodeCost.get(c) ?? 0)); // the LP maximises: minimise cost = maximise −cost
    lp.solve();
    const x = lp.values();
    const scale = Math.max(1, delivered);
    const clean = (v: number) => (Math.abs(v) <= 1e-9 * scale ? 0 : Math.max(0, v));
    const output = new Float64Array(n);
    for (let v = 0; v < n; v++) output[v] = clean(x[lp.nodeCol(v)]!);
    const edgeFlow = new Float64Array(m);
    for (let e = 0; e < m; e++) edgeFlow[e] = clean(x[lp.edgeCol(e)]!);
    const stock = new Float64Array(n);
    stocked.forEach((f, k) => {
      stock[f.node] = clean(x[lp.nodeCol(n + k)]!);
    });
    let totalCost = 0;
    for (let v = 0; v < n; v++) if (!g.isSink[v]) totalCost += output[v]! * (model.nodes[v]!.cost ?? 0);
    for (let e = 0; e < m; e++) totalCost += edgeFlow[e]! * (model.edges[e]!.cost ?? 0);
    return { delivered, totalCost, edgeFlow, output, idle: idleOf(g, output), stock };
  } finally {
    lp.dispose();
  }
}

function sparse(entries: [number, number][]): { indices: Int32Array; values: Float64Array } {
  return {
    indices: Int32Array.from(entries, ([c]) => c),
    values: Float64Array.from(entries, ([, a]) => a),
  };
}

function idleOf(g: IndexedGraph, output: Float64Array): Float64Array {
  const idle = new Float64Array(g.n);
  for (let v = 0; v < g.n; v++) {
    const cap = g.isSink[v] ? Math.min(g.nodeCapacity[v]!, g.demand[v]!) : g.nodeCapacity[v]!;
    idle[v] = Math.max(0, cap - output[v]!);
  }
  return idle;
}
