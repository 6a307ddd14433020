/**
 * Shortest augmenting paths on reusable distance labels (ISAP)
 * ============================================================
 *
 * The N-1 table re-routes one node's flow thousands of times from the same baseline. Dinic's level
 * BFS would sweep most of the graph on every phase (re-routing paths on generated chains are 20+ arcs
 * long), so instead distances to the super sink (or from the super source) are measured once on the
 * baseline residual graph, and each what-if runs Ahuja–Orlin's shortest-augmenting-path algorithm on
 * them: advance along arcs that step one label towards the root, relabel a node that has none, stop
 * at a gap (when no node is left with some label, nothing above it can reach the root).
 *
 * Labels only need to be lower bounds on the true distance, and removing arcs or pushing flow along
 * shortest paths never shortens a distance, so the baseline's labels stay valid for every what-if.
 * Relabels are journalled and undone with the flow.
 *
 * `towards`: labels are distances to the root; excess at s is pushed to the root.
 * `from`: labels are distances from the root; a deficit at s is pulled from the root (the search walks
 * arcs backwards), the mirror image for nodes on the source side of the minimum cut.
 */
import { type FlowJournal, negligible, pushFlow, type ResidualNetwork } from './residual-network.ts';

export type LabelDirection = 'towards' | 'from';

export interface DistanceLabels {
  readonly direction: LabelDirection;
  readonly root: number;
  /** Lower bound on the residual distance to (or from) the root; `nodeCount` = unreachable. */
  readonly d: Int32Array;
  /** How many nodes carry each label 0..nodeCount (for the gap test). */
  readonly count: Int32Array;
  /** Undo log: node and its label before each change. */
  readonly nodes: number[];
  readonly before: number[];
  /** Current-arc pointers, valid for nodes whose `mark` equals `stamp`. */
  readonly iter: Int32Array;
  readonly mark: Int32Array;
  stamp: number;
}

/** Exact residual BFS distances to or from `root`, never through nodes flagged in `avoid`. */
export function distanceLabels(
  net: ResidualNetwork,
  root: number,
  direction: LabelDirection,
  avoid: Uint8Array,
): DistanceLabels {
  const { nodeCount: n, start, head, rev, cap, flow, tol } = net;
  const towards = direction === 'towards';
  const d = new Int32Array(n).fill(n);
  const queue = net.work.queue;
  d[root] = 0;
  queue[0] = root;
  let qt = 1;
  for (let qh = 0; qh < qt; qh++) {
    const w = queue[qh]!;
    for (let b = start[w]!, end = start[w + 1]!; b < end; b++) {
      const u = head[b]!;
      const a = towards ? rev[b]! : b; // towards: the arc u → w; from: the arc w → u
      if (avoid[u] === 1 || d[u] !== n || cap[a]! - flow[a]! <= tol[a]!) continue;
      d[u] = d[w]! + 1;
      queue[qt++] = u;
    }
  }
  const count = new Int32Array(n + 1);
  for (let u = 0; u < n; u++) count[d[u]!]!++;
  return {
    direction,
    root,
    d,
    count,
    nodes: [],
    before: [],
    iter: new Int32Array(n),
    mark: new Int32Array(n),
    stamp: 0,
  };
}

/** Restores every label changed since the journal was last emptied. */
export function undoLabels(labels: DistanceLabels): void {
  const { d, count, nodes, before } = labels;
  for (let i = nodes.length - 1; i >= 0; i--) {
    const u = nodes[i]!;
    count[d[u]!]!--;
    d[u] = before[i]!;
    count[d[u]!]!++;
  }
  nodes.length = 0;
  before.length = 0;
}

export interface LabelAugmentOptions {
  limit: number;
  /** Give up after this many relabels (the caller finishes with another method). */
  maxRelabels: number;
  blockedSlot: number;
  /** Nodes never entered. */
  avoid: Uint8Array;
  journal: FlowJournal;
}

/**
 * Moves up to `limit` between s and the labels' root along shortest augmenting paths (s → root for
 * `towards`, root → s for `from`); returns the amount. Relabels go to the labels' journal, flow
 * changes to `options.journal`.
 */
export function labelAugment(
  net: ResidualNetwork,
  labels: DistanceLabels,
  s: number,
  options: LabelAugmentOptions,
): number {
  const { nodeCount: inf, start, head, rev, cap, flow, tol, work } = net;
  const { d, count, iter, mark, root } = labels;
  const towards = labels.direction === 'towards';
  const { path, queue: nodes } = work;
  const { limit, blockedSlot: blocked, avoid, journal } = options;
  const stamp = ++labels.stamp;
  let relabels = options.maxRelabels;
  let placed = 0;
  let depth = 0;
  let u = s;
  nodes[0] = s;
  // path[i] is the arc (in flow direction) between nodes[i] and nodes[i+1].
  while (d[s]! < inf) {
    if (u === root) {
      let b = limit - placed;
      for (let i = 0; i < depth; i++) {
        const r = cap[path[i]!]! - flow[path[i]!]!;
        if (r < b) b = r;
      }
      for (let i = 0; i < depth; i++) {
        const a = path[i]!;
        journal.slots.push(a);
        journal.before.push(flow[a]!);
        pushFlow(net, a, b);
      }
      placed += b;
      if (negligible(limit - placed, limit)) break;
      let k = 0;
      while (k < depth && cap[path[k]!]! - flow[path[k]!]! > tol[path[k]!]!) k++;
      depth = k;
      u = nodes[k]!;
      continue;
    }
    if (mark[u] !== stamp) {
      mark[u] = stamp;
      iter[u] = start[u]!;
    }
    const du = d[u]! - 1;
    const end = start[u + 1]!;
    let b = iter[u]!;
    for (; b < end; b++) {
      const a = towards ? b : rev[b]!;
      if (d[head[b]!] === du && a !== blocked && avoid[head[b]!] === 0 && cap[a]! - flow[a]! > tol[a]!) break;
    }
    iter[u] = b;
    if (b < end) {
      path[depth++] = towards ? b : rev[b]!;
      u = head[b]!;
      nodes[depth] = u;
      continue;
    }
    // Relabel: one more than the nearest residual neighbour; a gap ends the search.
    let low = inf - 1;
    for (let c = start[u]!; c < end; c++) {
      const w = head[c]!;
      const a = towards ? c : rev[c]!;
      if (d[w]! < low && a !== blocked && avoid[w] === 0 && cap[a]! - flow[a]! > tol[a]!) low = d[w]!;
    }
    const old = d[u]!;
    labels.nodes.push(u);
    labels.before.push(old);
    count[old]!--;
    d[u] = low + 1;
    count[low + 1]!++;
    iter[u] = start[u]!;
    if (count[old] === 0 || --relabels < 0) break;
    if (u !== s) u = nodes[--depth]!;
  }
  return placed;
}
