/**
 * Cancelling flow cycles
 * ======================
 *
 * A maximum flow may send some flow round a cycle (a recycling loop, or an artefact of augmenting
 * paths cancelling each other). Such circulation delivers nothing, but it would show up as throughput
 * on the loop's nodes and edges, and a node carrying only circulating flow would look like it matters.
 * Subtracting the smallest flow on each cycle until none is left keeps the value and leaves a flow in
 * which every unit travels from a source to a sink.
 *
 * One iterative DFS over the arcs that carry flow finds a cycle when it meets a node on its own stack;
 * after cancelling, the DFS resumes from the cycle's first node. Nodes finished without meeting a cycle
 * stay finished, since cancelling only removes flow.
 */
import { pushFlow, type ResidualNetwork } from './residual-network.ts';

/** Removes every flow cycle in place; returns how many cycles were cancelled. */
export function cancelFlowCycles(net: ResidualNetwork): number {
  const { nodeCount: n, start, head, cap, flow } = net;
  const state = new Uint8Array(n); // 0 unvisited, 1 on the stack, 2 finished
  const iter = new Int32Array(n);
  const nodes = new Int32Array(n + 1);
  const arcs = new Int32Array(n);
  const carries = (a: number) => cap[a]! > 0 && flow[a]! > 0;
  let cancelled = 0;
  for (let root = 0; root < n; root++) {
    if (state[root] !== 0) continue;
    let depth = 0;
    nodes[0] = root;
    state[root] = 1;
    iter[root] = start[root]!;
    while (depth >= 0) {
      const u = nodes[depth]!;
      let a = iter[u]!;
      const end = start[u + 1]!;
      while (a < end && (!carries(a) || state[head[a]!] === 2)) a++;
      iter[u] = a;
      if (a === end) {
        state[u] = 2;
        depth--;
        continue;
      }
      const w = head[a]!;
      if (state[w] === 0) {
        arcs[depth] = a;
        nodes[++depth] = w;
        state[w] = 1;
        iter[w] = start[w]!;
        continue;
      }
      // w is on the stack: the arcs from w's position up to u, then a, form a cycle.
      let k = depth;
      while (nodes[k] !== w) k--;
      let b = flow[a]!;
      for (let i = k; i < depth; i++) b = Math.min(b, flow[arcs[i]!]!);
      for (const c of [...arcs.subarray(k, depth), a]) {
        pushFlow(net, c, -b);
      }
      cancelled++;
      // Resume from w: the nodes above it go back to unvisited (they may still lie on other cycles).
      for (let i = k + 1; i <= depth; i++) state[nodes[i]!] = 0;
      depth = k;
    }
  }
  return cancelled;
}
