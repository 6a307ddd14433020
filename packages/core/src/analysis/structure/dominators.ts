/**
 * Dominators
 * ==========
 *
 * Immediate dominators from a virtual super-source linked to every source, by the iterative algorithm of
 * Cooper, Harvey and Kennedy ("A Simple, Fast Dominance Algorithm", 2001) over typed arrays. Node a
 * dominates node b when every path from any source to b passes through a: take a out and b is cut off
 * from all supply. The immediate dominator of b is the closest such node; they form a tree rooted at the
 * super-source, which is what `single-points.ts` reads.
 *
 * Sources are `isSource` nodes that operate (capacity > 0); nodes and edges of capacity 0 are absent,
 * so the tree follows the scenario (`ignoreCapacity` for the plain structure). CHK rather than
 * Lengauer–Tarjan: on supply chains, which are shallow and nearly acyclic, it settles in two or three
 * sweeps and is simpler to trust; it matches NetworkX's `immediate_dominators` (the same algorithm).
 */

import type { IndexedGraph } from '../indexed-graph.ts';
import { type ActivityOptions, activeAdjacency, activeNodes } from './active-adjacency.ts';

export interface DominatorTree {
  /** The virtual super-source: index `g.n`. */
  readonly root: number;
  /**
   * Length n + 1. `idom[v]` is v's immediate dominator: a node index, `root` when only the super-source
   * dominates it (every source, and any node fed by two independent supplies), or -1 when no source
   * reaches v. `idom[root] === root`.
   */
  readonly idom: Int32Array;
  /** Reachable nodes in reverse postorder from the root, root first: dominators precede what they dominate. */
  readonly order: Int32Array;
}

export function immediateDominators(g: IndexedGraph, options: ActivityOptions = {}): DominatorTree {
  const { n } = g;
  const root = n;
  const out = activeAdjacency(g, 'out', options);
  const into = activeAdjacency(g, 'in', options);
  const active = activeNodes(g, options);
  const sources: number[] = [];
  for (let v = 0; v < n; v++) if (g.isSource[v] && active[v]) sources.push(v);

  // Postorder numbers by an iterative depth-first search from the root (the root numbered last).
  const post = new Int32Array(n + 1).fill(-1);
  const visited = new Uint8Array(n + 1);
  const stack = new Int32Array(n + 1);
  const next = new Int32Array(n + 1); // per stacked node: index of its next child to try
  const postorder = new Int32Array(n + 1);
  let count = 0;
  let top = 0;
  stack[0] = root;
  visited[root] = 1;
  while (top >= 0) {
    const v = stack[top]!;
    const i = next[v]!;
    const children = v === root ? sources.length : out.start[v + 1]! - out.start[v]!;
    if (i < children) {
      next[v] = i + 1;
      const w = v === root ? sources[i]! : out.adj[out.start[v]! + i]!;
      if (!visited[w]) {
        visited[w] = 1;
        stack[++top] = w;
      }
    } else {
      post[v] = count;
      postorder[count++] = v;
      top--;
    }
  }

  const idom = new Int32Array(n + 1).fill(-1);
  idom[root] = root;
  // A source's only predecessor is the root (sources have no incoming edges).
  for (const s of sources) idom[s] = root;
  const intersect = (a: number, b: number): number => {
    while (a !== b) {
      while (post[a]! < post[b]!) a = idom[a]!;
      while (post[b]! < post[a]!) b = idom[b]!;
    }
    return a;
  };

  // Sweep in reverse postorder until nothing changes.
  let changed = true;
  while (changed) {
    changed = false;
    for (let k = count - 2; k >= 0; k--) {
      const v = postorder[k]!;
      if (g.isSource[v]) continue;
      let candidate = -1;
      for (let i = into.start[v]!, end = into.start[v + 1]!; i < end; i++) {
        const p = into.adj[i]!;
        if (idom[p] === -1) continue; // not processed yet (or unreachable)
        candidate = candidate === -1 ? p : intersect(p, candidate);
      }
      if (candidate !== idom[v]) {
        idom[v] = candidate;
        changed = true;
      }
    }
  }

  const order = new Int32Array(count);
  for (let k = 0; k < count; k++) order[k] = postorder[count - 1 - k]!;
  return { root, idom, order };
}

/** Whether `a` dominates `b` (every node dominates itself). Walks up from b: O(depth of b). */
export function dominates(tree: DominatorTree, a: number, b: number): boolean {
  if (tree.idom[b] === -1) return false;
  let v = b;
  while (v !== a && v !== tree.root) v = tree.idom[v]!;
  return v === a;
}
