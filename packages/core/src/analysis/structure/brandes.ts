/**
 * Brandes kernel
 * ==============
 *
 * One source's share of shortest-path betweenness (Brandes 2001, "A faster algorithm for betweenness
 * centrality"), unweighted, over an `Adjacency`. Shared by `betweenness` and `flowBetweenness`.
 *
 * Generalised with pair weights that factor as `sourceWeight · targetWeight[t]` (Brandes 2008, "On
 * variants of shortest-path betweenness centrality", §3.2): the dependency recursion becomes
 *   δ(v) = Σ_{w : v precedes w} σ(v)/σ(w) · (targetWeight[w] + δ(w)),
 * and plain betweenness is the case where every weight is 1.
 *
 * Speed: the workspace is allocated once per call of the caller and reused for every source; only the
 * nodes a search reached are reset. The backward pass pulls from out-neighbours (the same CSR rows the
 * forward pass read) instead of keeping predecessor lists, so a source costs two scans of the edges it
 * reaches and allocates nothing.
 */
import type { Adjacency } from './active-adjacency.ts';

export interface BrandesWorkspace {
  /** Hop distance from the current source; -1 = not reached. */
  readonly dist: Int32Array;
  /** Number of shortest paths from the source. */
  readonly sigma: Float64Array;
  /** (targetWeight + δ) / σ of a node, once its dependency is final. */
  readonly coef: Float64Array;
  /** Nodes in the order the search reached them (non-decreasing distance). */
  readonly order: Int32Array;
}

export function createWorkspace(n: number): BrandesWorkspace {
  const dist = new Int32Array(n).fill(-1);
  return { dist, sigma: new Float64Array(n), coef: new Float64Array(n), order: new Int32Array(n) };
}

/**
 * Adds `sourceWeight · δ_s(v)` to `out[v]` for every node v ≠ s. `targetWeight` null means 1 for every
 * node. Returns how many nodes the search reached (the source included).
 */
export function accumulateFrom(
  graph: Adjacency,
  s: number,
  ws: BrandesWorkspace,
  out: Float64Array,
  sourceWeight: number,
  targetWeight: Float64Array | null,
): number {
  const { start, adj } = graph;
  const { dist, sigma, coef, order } = ws;

  // Forward: breadth-first search counting shortest paths.
  dist[s] = 0;
  sigma[s] = 1;
  order[0] = s;
  let head = 0;
  let tail = 1;
  while (head < tail) {
    const v = order[head++]!;
    const next = dist[v]! + 1;
    const sv = sigma[v]!;
    for (let i = start[v]!, end = start[v + 1]!; i < end; i++) {
      const w = adj[i]!;
      const dw = dist[w]!;
      if (dw < 0) {
        dist[w] = next;
        sigma[w] = sv;
        order[tail++] = w;
      } else if (dw === next) {
        sigma[w]! += sv;
      }
    }
  }

  // Backward: in reverse order every successor's coefficient is final before it is read.
  for (let k = tail - 1; k > 0; k--) {
    const v = order[k]!;
    const next = dist[v]! + 1;
    let acc = 0;
    for (let i = start[v]!, end = start[v + 1]!; i < end; i++) {
      const w = adj[i]!;
      if (dist[w] === next) acc += coef[w]!;
    }
    const delta = sigma[v]! * acc;
    out[v]! += sourceWeight * delta;
    coef[v] = ((targetWeight === null ? 1 : targetWeight[v]!) + delta) / sigma[v]!;
  }

  for (let k = 0; k < tail; k++) dist[order[k]!] = -1;
  return tail;
}
