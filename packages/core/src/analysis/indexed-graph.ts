/**
 * Indexed graph
 * =============
 *
 * A model compiled once into integer-indexed, compressed adjacency (CSR) over typed arrays: the shared
 * input of the flow, dominator and betweenness kernels. Node `i` is `model.nodes[i]`; edge `e` is
 * `model.edges[e]`. Capacities are copied out as Float64Arrays with `Infinity` for "unlimited", so
 * kernels never look at model objects in their inner loops.
 *
 * NOTE: build this from a model that passed `validateModel`; it trusts ids to be unique and edges to
 * name existing nodes.
 */
import { edgeId } from '../model/edge-id.ts';
import type { Model } from '../model/schema.ts';

export interface IndexedGraph {
  readonly n: number;
  readonly m: number;
  /** Node ids by index, and the reverse lookup. */
  readonly ids: readonly string[];
  readonly index: ReadonlyMap<string, number>;
  /** Edge ids by edge index (derived ids for edges without one). */
  readonly edgeIds: readonly string[];
  readonly edgeSource: Int32Array;
  readonly edgeTarget: Int32Array;
  /** Out-adjacency: edges leaving `v` are `outEdges[outStart[v] .. outStart[v+1])`. */
  readonly outStart: Int32Array;
  readonly outEdges: Int32Array;
  /** In-adjacency, the same shape. */
  readonly inStart: Int32Array;
  readonly inEdges: Int32Array;
  /** Node capacity (Infinity when absent), node demand (0 when absent), edge capacity (Infinity). */
  readonly nodeCapacity: Float64Array;
  readonly demand: Float64Array;
  readonly edgeCapacity: Float64Array;
  /** Sinks have demand > 0; sources have no incoming edges and are not sinks. */
  readonly isSink: Uint8Array;
  readonly isSource: Uint8Array;
  /** Total demand over all sinks. */
  readonly totalDemand: number;
}

export function indexModel(model: Model): IndexedGraph {
  const n = model.nodes.length;
  const m = model.edges.length;
  const ids = model.nodes.map((node) => node.id);
  const index = new Map<string, number>();
  ids.forEach((id, i) => {
    index.set(id, i);
  });

  const nodeCapacity = new Float64Array(n);
  const demand = new Float64Array(n);
  const isSink = new Uint8Array(n);
  let totalDemand = 0;
  model.nodes.forEach((node, i) => {
    nodeCapacity[i] = node.capacity ?? Number.POSITIVE_INFINITY;
    const d = node.demand ?? 0;
    demand[i] = d;
    if (d > 0) {
      isSink[i] = 1;
      totalDemand += d;
    }
  });

  const edgeSource = new Int32Array(m);
  const edgeTarget = new Int32Array(m);
  const edgeCapacity = new Float64Array(m);
  const edgeIds: string[] = new Array(m);
  const outDeg = new Int32Array(n + 1);
  const inDeg = new Int32Array(n + 1);
  model.edges.forEach((edge, e) => {
    const s = index.get(edge.source);
    const t = index.get(edge.target);
    if (s === undefined || t === undefined) {
      throw new Error(`indexModel: edge ${edgeId(edge)} names a missing node; validate the model first`);
    }
    edgeSource[e] = s;
    edgeTarget[e] = t;
    edgeCapacity[e] = edge.capacity ?? Number.POSITIVE_INFINITY;
    edgeIds[e] = edgeId(edge);
    outDeg[s + 1]!++;
    inDeg[t + 1]!++;
  });

  const outStart = prefixSum(outDeg);
  const inStart = prefixSum(inDeg);
  const outEdges = new Int32Array(m);
  const inEdges = new Int32Array(m);
  const outFill = outStart.slice(0, n);
  const inFill = inStart.slice(0, n);
  for (let e = 0; e < m; e++) {
    outEdges[outFill[edgeSource[e]!]!++] = e;
    inEdges[inFill[edgeTarget[e]!]!++] = e;
  }

  const isSource = new Uint8Array(n);
  for (let v = 0; v < n; v++) {
    if (inStart[v + 1] === inStart[v] && !isSink[v]) isSource[v] = 1;
  }

  return {
    n,
    m,
    ids,
    index,
    edgeIds,
    edgeSource,
    edgeTarget,
    outStart,
    outEdges,
    inStart,
    inEdges,
    nodeCapacity,
    demand,
    edgeCapacity,
    isSink,
    isSource,
    totalDemand,
  };
}

function prefixSum(counts: Int32Array): Int32Array {
  const out = new Int32Array(counts.length);
  let acc = 0;
  for (let i = 0; i < counts.length; i++) {
    acc += counts[i]!;
    out[i] = acc;
  }
  return out;
}
