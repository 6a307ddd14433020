/**
 * Flow betweenness
 * ================
 *
 * In one sentence: the share of all demand that would pass through a node if every consumer drew its
 * demand from all the sources that can reach it, in proportion to their capacity, along the shortest
 * routes (split evenly where several are equally short).
 *
 * Precisely, for each sink d (demand D_d > 0) and each source s that reaches d, the pair carries
 *   w(s, d) = D_d · cap(s) / Σ_{s' reaches d} cap(s'),
 * and flowBetweenness(v) = Σ_{s,d} w(s, d) · σ_sd(v)/σ_sd / total demand, where σ_sd counts shortest
 * s→d paths and σ_sd(v) those through v. Endpoints do not count (a mine or a consumer scores 0, as in
 * betweenness). The value lies in 0–1; multiply by `g.totalDemand` for quantities. Demand no source can
 * reach stays in the denominator, so the figure is comparable with and without a scenario.
 *
 * Sources are `isSource` nodes; as everywhere in the structure kernels, nodes and edges of capacity 0
 * are left out (`ignoreCapacity` keeps them). A source with unlimited capacity (none stated) is taken
 * at its limit: next to it any stated capacity is negligible, so sinks it reaches share their demand
 * equally among the unlimited sources that reach them, and limited sources get none of it.
 *
 * Why this and not a max-flow decomposition: it needs no flow solution, does not depend on which of many
 * maximum flows a solver returns, and costs two breadth-first passes from the sources only. The pair
 * weight factors as a(s)·b(d) within each class of source (limited / unlimited), so it runs on the
 * generalised Brandes kernel.
 */

import type { IndexedGraph } from '../indexed-graph.ts';
import { type ActivityOptions, activeAdjacency, activeNodes } from './active-adjacency.ts';
import { accumulateFrom, createWorkspace } from './brandes.ts';

/** Flow-weighted betweenness, 0–1, indexed like `g.ids`. */
export function flowBetweenness(g: IndexedGraph, options: ActivityOptions = {}): Float64Array {
  const { n } = g;
  const out = new Float64Array(n);
  if (!(g.totalDemand > 0)) return out;
  const graph = activeAdjacency(g, 'out', options);
  const active = activeNodes(g, options);
  const sources: number[] = [];
  for (let v = 0; v < n; v++) if (g.isSource[v] && active[v]) sources.push(v);

  // Pass 1: per sink, the stated capacity and the number of unlimited sources that reach it.
  const finiteReach = new Float64Array(n);
  const unlimitedReach = new Int32Array(n);
  const ws = createWorkspace(n);
  const seen = new Uint8Array(n);
  for (const s of sources) {
    const cap = g.nodeCapacity[s]!;
    forEachReached(graph, s, ws.order, seen, (d) => {
      if (cap === Number.POSITIVE_INFINITY) unlimitedReach[d]!++;
      else finiteReach[d]! += cap;
    });
  }

  // Target weights per class of source: b(d) = D_d / Σ cap (limited) or D_d / #unlimited (unlimited).
  const forLimited = new Float64Array(n);
  const forUnlimited = new Float64Array(n);
  for (let d = 0; d < n; d++) {
    if (!g.isSink[d] || !active[d]) continue;
    if (unlimitedReach[d]! > 0) forUnlimited[d] = g.demand[d]! / unlimitedReach[d]!;
    else if (finiteReach[d]! > 0) forLimited[d] = g.demand[d]! / finiteReach[d]!;
  }

  // Pass 2: Brandes from the sources only; no other node starts a weighted pair.
  for (const s of sources) {
    const cap = g.nodeCapacity[s]!;
    if (cap === Number.POSITIVE_INFINITY) accumulateFrom(graph, s, ws, out, 1, forUnlimited);
    else accumulateFrom(graph, s, ws, out, cap, forLimited);
  }
  const scale = 1 / g.totalDemand;
  for (let v = 0; v < n; v++) out[v]! *= scale;
  return out;
}

/** Calls `visit` on every node reachable from `s` except `s`, with `queue` and `seen` as scratch. */
function forEachReached(
  graph: { start: Int32Array; adj: Int32Array },
  s: number,
  queue: Int32Array,
  seen: Uint8Array,
  visit: (v: number) => void,
): void {
  queue[0] = s;
  seen[s] = 1;
  let head = 0;
  let tail = 1;
  while (head < tail) {
    const v = queue[head++]!;
    for (let i = graph.start[v]!, end = graph.start[v + 1]!; i < end; i++) {
      const w = graph.adj[i]!;
      if (!seen[w]) {
        seen[w] = 1;
        queue[tail++] = w;
        visit(w);
      }
    }
  }
  for (let k = 0; k < tail; k++) seen[queue[k]!] = 0;
}
