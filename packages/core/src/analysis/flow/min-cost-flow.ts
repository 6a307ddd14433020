/**
 * Minimum-cost maximum flow
 * =========================
 *
 * Successive shortest paths with Dijkstra on reduced costs (Johnson potentials): starting from the
 * zero flow, augment along a cheapest S→T path of the residual network until T is out of reach. With
 * non-negative arc costs every intermediate flow is a cheapest flow of its value, so the last one is a
 * cheapest among the maximum flows (Ahuja, Magnanti & Orlin, Network Flows, §9.7).
 *
 * Written here because no maintained npm package does it: graphology has no flow algorithms, and the
 * one min-cost-flow package on npm (`min-cost-flow`, <1k downloads a week, integer capacities) would
 * need its own node-split network anyway. Capacities may be Infinity (every S→T path of our networks
 * ends on a finite demand arc) and are floats; "no residual" means below 1e-12 of the total bound.
 */

export interface ArcList {
  /** Number of vertices; arcs name them 0..nodes−1. */
  nodes: number;
  tails: Int32Array;
  heads: Int32Array;
  caps: Float64Array;
  /** Cost per unit on each arc, ≥ 0. */
  costs: Float64Array;
}

export interface MinCostFlow {
  /** Flow on each arc of the input. */
  flow: Float64Array;
  value: number;
  cost: number;
}

/** A cheapest maximum flow from s to t. `bound` (e.g. total demand) scales the zero tolerance. */
export function minCostMaxFlow(arcs: ArcList, s: number, t: number, bound: number): MinCostFlow {
  const { nodes, tails, heads, caps, costs } = arcs;
  const m = tails.length;
  // Residual arcs in pairs: 2a forward, 2a+1 backward.
  const head = new Int32Array(2 * m);
  const residual = new Float64Array(2 * m);
  const cost = new Float64Array(2 * m);
  const start = new Int32Array(nodes + 1);
  for (let a = 0; a < m; a++) {
    start[tails[a]! + 1]!++;
    start[heads[a]! + 1]!++;
  }
  for (let v = 0; v < nodes; v++) start[v + 1]! += start[v]!;
  const adjacency = new Int32Array(2 * m);
  const fill = start.slice(0, nodes);
  for (let a = 0; a < m; a++) {
    head[2 * a] = heads[a]!;
    head[2 * a + 1] = tails[a]!;
    residual[2 * a] = caps[a]!;
    cost[2 * a] = costs[a]!;
    cost[2 * a + 1] = -costs[a]!;
    adjacency[fill[tails[a]!]!++] = 2 * a;
    adjacency[fill[heads[a]!]!++] = 2 * a + 1;
  }
  const eps = 1e-12 * Math.max(1, bound);
  const potential = new Float64Array(nodes);
  const dist = new Float64Array(nodes);
  const via = new Int32Array(nodes);
  const done = new Uint8Array(nodes);
  const heap = new MinHeap();
  let value = 0;

  while (true) {
    dist.fill(Number.POSITIVE_INFINITY);
    via.fill(-1);
    done.fill(0);
    dist[s] = 0;
    heap.push(s, 0);
    while (heap.size > 0) {
      const u = heap.pop();
      if (done[u]) continue;
      done[u] = 1;
      for (let k = start[u]!; k < start[u + 1]!; k++) {
        const r = adjacency[k]!;
        if (residual[r]! <= eps) continue;
        const w = head[r]!;
        // Reduced costs are ≥ 0 in exact arithmetic; clamp the round-off.
        const reduced = Math.max(0, cost[r]! + potential[u]! - potential[w]!);
        const d = dist[u]! + reduced;
        if (d < dist[w]!) {
          dist[w] = d;
          via[w] = r;
          heap.push(w, d);
        }
      }
    }
    if (!done[t]) break;
    let push = Number.POSITIVE_INFINITY;
    for (let v = t; v !== s; v = head[via[v]! ^ 1]!) push = Math.min(push, residual[via[v]!]!);
    if (!Number.isFinite(push)) throw new Error('minCostMaxFlow: an S→T path of unlimited capacity');
    for (let v = t; v !== s; v = head[via[v]! ^ 1]!) {
      residual[via[v]!]! -= push;
      residual[via[v]! ^ 1]! += push;
    }
    value += push;
    const far = dist[t]!;
    // π += min(d, d_t) keeps every residual arc's reduced cost ≥ 0 (unreached vertices get d_t).
    for (let v = 0; v < nodes; v++) potential[v]! += Math.min(dist[v]!, far);
  }

  const flow = new Float64Array(m);
  let total = 0;
  for (let a = 0; a < m; a++) {
    flow[a] = residual[2 * a + 1]!;
    total += flow[a]! * costs[a]!;
  }
  return { flow, value, cost: total };
}

/** A binary heap of (vertex, key) with lazy deletion (stale entries are skipped by the caller). */
class MinHeap {
  private keys: number[] = [];
  private items: number[] = [];
  get size(): number {
    return this.items.length;
  }
  push(item: number, key: number): void {
    const { keys, items } = this;
    let i = items.length;
    items.push(item);
    keys.push(key);
    while (i > 0) {
      const p = (i - 1) >> 1;
      if (keys[p]! <= key) break;
      items[i] = items[p]!;
      keys[i] = keys[p]!;
      i = p;
    }
    items[i] = item;
    keys[i] = key;
  }
  pop(): number {
    const { keys, items } = this;
    const top = items[0]!;
    const lastItem = items.pop()!;
    const lastKey = keys.pop()!;
    const n = items.length;
    if (n > 0) {
      let i = 0;
      while (true) {
        let c = 2 * i + 1;
        if (c >= n) break;
        if (c + 1 < n && keys[c + 1]! < keys[c]!) c++;
        if (keys[c]! >= lastKey) break;
        items[i] = items[c]!;
        keys[i] = keys[c]!;
        i = c;
      }
      items[i] = lastItem;
      keys[i] = lastKey;
    }
    return top;
  }
}
