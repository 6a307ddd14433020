/**
 * Max flow (Dinic)
 * ================
 *
 * Dinic's algorithm over a `ResidualNetwork`: a BFS builds levels (and stops as soon as a target is
 * labelled: nodes at or beyond its level cannot lie on a shortest augmenting path); an iterative DFS
 * with current-arc pointers pushes a blocking flow. No recursion, so a 20,000-node chain cannot
 * overflow the stack. Levels can also be built backwards from the target, which is cheaper when the
 * source fans out to thousands of nodes (the super source) and the target is a single node.
 *
 * `augment` works from the current flow, only adding to it, so the same call computes a max flow from
 * zero and re-augments a what-if from a baseline. Every s–t path must contain a finite arc or the call
 * must pass a finite `limit`; otherwise the flow would be unbounded and `augment` throws.
 */
import {
  type FlowJournal,
  negligible,
  pushFlow,
  type ResidualNetwork,
  type Workspace,
} from './residual-network.ts';

export interface AugmentOptions {
  /** Stop once this much has been pushed (default: no limit). */
  limit?: number;
  /** A forward or reverse slot the search must not use (e.g. a removed node's own arc). */
  blockedSlot?: number;
  /** A node the search must not pass through. */
  avoidNode?: number;
  /** Nodes (flagged 1) the search must not pass through. */
  avoidMask?: Uint8Array;
  /** A second target: flow may end at `t` or here (forward searches only). */
  alsoTarget?: number;
  /** A second source: flow may start at `s` or here (backward searches only). */
  alsoSource?: number;
  /**
   * Build levels by a BFS backwards from the target (stopping at the first source reached) instead of
   * forwards from the source. Cheaper when the source has a huge fan-out, like the super source.
   */
  backward?: boolean;
  /** Record every change here so that `undoFlow` can revert it. */
  journal?: FlowJournal;
}

/**
 * Pushes as much extra flow from `s` to `t` as the residual graph allows (up to `limit`), starting
 * from the current flow. Returns the amount pushed. Calling it on a zero flow gives the max flow.
 */
export function augment(net: ResidualNetwork, s: number, t: number, options: AugmentOptions = {}): number {
  if (s === t) throw new Error('augment: source and target are the same node');
  const limit = options.limit ?? Number.POSITIVE_INFINITY;
  const backward = options.backward ?? false;
  if (backward ? options.alsoTarget !== undefined : options.alsoSource !== undefined) {
    throw new Error('augment: a second target needs forward levels, a second source backward levels');
  }
  const search: Search = {
    s,
    s2: options.alsoSource ?? s,
    t,
    t2: options.alsoTarget ?? t,
    backward,
    blocked: options.blockedSlot ?? -1,
    avoid: options.avoidNode ?? -1,
    avoidMask: options.avoidMask ?? null,
    journal: options.journal ?? null,
  };
  let total = 0;
  while (
    !negligible(limit - total, limit) &&
    (backward ? levelsToTarget(net, search) : levelsFromSource(net, search))
  ) {
    const { seen, stamp } = net.work;
    if (seen[s] === stamp) total += blockingFlow(net, search, s, limit - total);
    if (search.s2 !== s && !negligible(limit - total, limit) && seen[search.s2] === stamp) {
      total += blockingFlow(net, search, search.s2, limit - total);
    }
  }
  return total;
}

interface Search {
  s: number;
  s2: number;
  t: number;
  t2: number;
  backward: boolean;
  blocked: number;
  avoid: number;
  avoidMask: Uint8Array | null;
  journal: FlowJournal | null;
}

/** A fresh BFS stamp; the avoided node is marked seen with an impossible level so it is never entered. */
function newSearchStamp(work: Workspace, avoid: number): number {
  if (work.stamp >= 0x7ffffffe) {
    work.seen.fill(0);
    work.stamp = 0;
  }
  const stamp = ++work.stamp;
  if (avoid >= 0) {
    work.seen[avoid] = stamp;
    work.level[avoid] = -1;
  }
  return stamp;
}

function resetIterators(net: ResidualNetwork, count: number): void {
  const { queue, iter } = net.work;
  for (let i = 0; i < count; i++) iter[queue[i]!] = net.start[queue[i]!]!;
}

/**
 * BFS from s over residual slots; true when a target is reached. Stops at the first target, so only
 * what a shortest path can use is labelled (level = distance from s).
 */
function levelsFromSource(net: ResidualNetwork, search: Search): boolean {
  const { s, t, t2, blocked, avoid, avoidMask } = search;
  const { start, head, cap, flow, tol, work } = net;
  const { level, seen, queue } = work;
  const stamp = newSearchStamp(work, avoid);
  seen[s] = stamp;
  level[s] = 0;
  work.levelT = 0;
  queue[0] = s;
  let qt = 1;
  let found = false;
  scan: for (let qh = 0; qh < qt; qh++) {
    const u = queue[qh]!;
    const lw = level[u]! + 1;
    for (let a = start[u]!, end = start[u + 1]!; a < end; a++) {
      if (cap[a]! - flow[a]! <= tol[a]! || a === blocked) continue;
      const w = head[a]!;
      if (seen[w] === stamp || (avoidMask !== null && avoidMask[w] === 1)) continue;
      seen[w] = stamp;
      level[w] = lw;
      queue[qt++] = w;
      if (w === t || w === t2) {
        work.levelT = lw;
        found = true;
        break scan;
      }
    }
  }
  resetIterators(net, qt);
  return found;
}

/**
 * BFS backwards from t (level = distance to t); true when a source is reached. Stops at the first
 * source labelled.
 */
function levelsToTarget(net: ResidualNetwork, search: Search): boolean {
  const { s, s2, t, blocked, avoid, avoidMask } = search;
  const { start, head, rev, cap, flow, tol, work } = net;
  const { level, seen, queue } = work;
  const stamp = newSearchStamp(work, avoid);
  seen[t] = stamp;
  level[t] = 0;
  queue[0] = t;
  let qt = 1;
  let found = false;
  scan: for (let qh = 0; qh < qt; qh++) {
    const w = queue[qh]!;
    const lu = level[w]! + 1;
    for (let b = start[w]!, end = start[w + 1]!; b < end; b++) {
      const a = rev[b]!; // the arc u → w
      if (cap[a]! - flow[a]! <= tol[a]! || a === blocked) continue;
      const u = head[b]!;
      if (seen[u] === stamp || (avoidMask !== null && avoidMask[u] === 1)) continue;
      seen[u] = stamp;
      level[u] = lu;
      queue[qt++] = u;
      if (u === s || u === s2) {
        found = true;
        break scan;
      }
    }
  }
  resetIterators(net, qt);
  return found;
}

/**
 * Iterative DFS from `from` over the level graph with current-arc pointers; returns the flow pushed.
 * Forward levels step +1 towards the target's level; backward levels step −1 down to the target's 0.
 */
function blockingFlow(net: ResidualNetwork, search: Search, from: number, want: number): number {
  const { t, t2, backward, blocked, journal } = search;
  const { start, head, cap, flow, tol, work } = net;
  const { level, seen, iter, path } = work;
  const stamp = work.stamp;
  // Forward: nothing at or beyond the first target's level can lead to a target.
  const cutoff = backward ? Number.POSITIVE_INFINITY : work.levelT;
  const step = backward ? -1 : 1;
  let pushed = 0;
  let depth = 0;
  let u = from;
  for (;;) {
    if (u === t || u === t2) {
      let b = want - pushed;
      for (let i = 0; i < depth; i++) {
        const a = path[i]!;
        const r = cap[a]! - flow[a]!;
        if (r < b) b = r;
      }
      if (b === Number.POSITIVE_INFINITY) {
        throw new Error('augment: unbounded flow (a path of unlimited arcs); pass a finite limit');
      }
      for (let i = 0; i < depth; i++) {
        const a = path[i]!;
        if (journal !== null) {
          journal.slots.push(a);
          journal.before.push(flow[a]!);
        }
        pushFlow(net, a, b);
      }
      pushed += b;
      if (negligible(want - pushed, want)) return pushed;
      // Retreat to the tail of the first arc the push saturated.
      let k = 0;
      while (k < depth && cap[path[k]!]! - flow[path[k]!]! > tol[path[k]!]!) k++;
      depth = k;
      u = k === 0 ? from : head[path[k - 1]!]!;
      continue;
    }
    const lw = level[u]! + step;
    const end = start[u + 1]!;
    let a = iter[u]!;
    for (; a < end; a++) {
      if (a === blocked || cap[a]! - flow[a]! <= tol[a]!) continue;
      const w = head[a]!;
      if (seen[w] === stamp && level[w] === lw && (lw < cutoff || w === t || w === t2)) break;
    }
    iter[u] = a;
    if (a < end) {
      path[depth++] = a;
      u = head[a]!;
    } else {
      level[u] = -2; // dead end for the rest of this phase (−1 marks the avoided node)
      if (depth === 0) return pushed;
      depth--;
      u = depth === 0 ? from : head[path[depth - 1]!]!;
      iter[u]!++;
    }
  }
}
