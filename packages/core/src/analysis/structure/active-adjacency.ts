/**
 * Active adjacency
 * ================
 *
 * The part of an indexed graph the structure kernels walk: node-to-node adjacency (CSR of neighbour
 * indices, not edge indices) over the edges that can carry anything. A node with capacity 0 (an outage,
 * or a scenario that scaled it to nothing) and an edge with capacity 0 (an export control, a blocked
 * link) are left out, so betweenness, dominators and single points of failure follow the scenario the
 * graph was indexed from. With `ignoreCapacity` every node and edge counts: the plain structure.
 *
 * Parallel edges between the same two nodes collapse to one neighbour entry, so path counts are those of
 * a simple directed graph (NetworkX `DiGraph`, graphology `DirectedGraph`). Validated models hold no
 * self-loops; any that slip through are dropped here too, as they lie on no shortest path.
 */
import type { IndexedGraph } from '../indexed-graph.ts';

export interface Adjacency {
  readonly n: number;
  /** Neighbours of `v` are `adj[start[v] .. start[v+1])`, in edge order, each at most once. */
  readonly start: Int32Array;
  readonly adj: Int32Array;
}

export interface ActivityOptions {
  /** Count every node and edge whatever its capacity (the structure without the scenario). */
  ignoreCapacity?: boolean;
}

/** Whether node `v` operates at all: its capacity is not zero (or capacities are ignored). */
export function activeNodes(g: IndexedGraph, options: ActivityOptions = {}): Uint8Array {
  const active = new Uint8Array(g.n);
  for (let v = 0; v < g.n; v++) active[v] = options.ignoreCapacity || g.nodeCapacity[v]! > 0 ? 1 : 0;
  return active;
}

/** Out-neighbours (`direction: 'out'`) or in-neighbours (`'in'`) over active nodes and edges. */
export function activeAdjacency(
  g: IndexedGraph,
  direction: 'out' | 'in',
  options: ActivityOptions = {},
): Adjacency {
  const { n } = g;
  const active = activeNodes(g, options);
  const [edgeStart, edges, far] =
    direction === 'out' ? [g.outStart, g.outEdges, g.edgeTarget] : [g.inStart, g.inEdges, g.edgeSource];
  const start = new Int32Array(n + 1);
  const adj = new Int32Array(g.m);
  // seen[w] === v + 1 while scanning v: a stamp instead of clearing a set for every node.
  const seen = new Int32Array(n);
  let k = 0;
  for (let v = 0; v < n; v++) {
    start[v] = k;
    if (!active[v]) continue;
    for (let i = edgeStart[v]!, end = edgeStart[v + 1]!; i < end; i++) {
      const e = edges[i]!;
      const w = far[e]!;
      if (w === v || !active[w] || seen[w] === v + 1) continue;
      if (!options.ignoreCapacity && !(g.edgeCapacity[e]! > 0)) continue;
      seen[w] = v + 1;
      adj[k++] = w;
    }
  }
  start[n] = k;
  return { n, start, adj: adj.slice(0, k) };
}
