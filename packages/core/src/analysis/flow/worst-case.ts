/**
 * Worst case N-k (k = 2, 3)
 * =========================
 *
 * The k nodes whose joint removal loses the most delivered flow. Built on the N-1 table: the table of
 * G − a gives, for every b at once, delivered(G − a − b), so all pairs containing a cost one table,
 * and all triples containing a and b one more.
 *
 * Two facts prune the search (f = the baseline maximum flow, t_x = flow through x in it):
 * - a set none of whose nodes carries flow in f loses nothing (f still fits), so some member carries
 *   flow: the first node of a set is taken among flow carriers, in decreasing t;
 * - a set X loses at most Σ_{x∈X} t_x (cancel the flow through X, the rest still fits), and the same
 *   holds inside G − a with G − a's own flow, so branches whose bound cannot beat the best are skipped.
 *
 * First a greedy search from a few starting nodes (most lost alone, most throughput), extending each by
 * the node whose removal then loses most; then the exhaustive branch-and-bound, seeded with the
 * greedy answer so that it prunes hard. When the exhaustive search finishes within its work budget
 * (N-1 tables × nodes, 100,000 by default) the answer is exact (`method: 'exact'`); otherwise the best
 * set found is returned as `method: 'greedy'` with the bound min(delivered, sum of the k largest
 * throughputs) stated.
 */

import type { IndexedGraph } from '../indexed-graph.ts';
import type { WorstCase } from '../report.ts';
import { contingencyTable } from './contingency.ts';
import type { CapacityOverrides } from './flow-network.ts';
import { RELATIVE_TOLERANCE } from './residual-network.ts';

export interface WorstCaseOptions {
  /** Largest exhaustive search, in N-1 tables × nodes (default 100,000; 0 = greedy only). */
  maxExactWork?: number;
  /** Starting nodes of the greedy search per criterion (default 2: two by loss, two by throughput). */
  beam?: number;
  /** Which nodes may be removed (1 = may), by node index; default all. `analyze` leaves consumers out. */
  candidates?: Uint8Array;
}

export interface WorstCaseResult extends WorstCase {
  /** No k nodes lose more than this fraction of demand (equal to `shortfall` when exact). */
  upperBound: number;
}

interface Table {
  lost: Float64Array;
  throughput: Float64Array;
}

/** The worst k-node removal (k = 2 or 3; any k ≥ 1 works, exhaustively only for k ≤ 3). */
export function worstCase(
  graph: IndexedGraph,
  k: number,
  options: WorstCaseOptions = {},
  overrides: CapacityOverrides = {},
): WorstCaseResult {
  const base = contingencyTable(graph, overrides);
  const { delivered, demand } = base;
  const frac = (x: number) => (demand > 0 ? x / demand : 0);
  const caps = overrides.nodeCapacity ?? graph.nodeCapacity;
  // Losses are compared relative to what is delivered: round-off scales with it, not with 1.
  const eps = RELATIVE_TOLERANCE * delivered;
  let tables = 0;
  const tableWithout = (removed: number[]): Table => {
    tables++;
    const nodeCapacity = caps.slice();
    for (const v of removed) nodeCapacity[v] = 0;
    return contingencyTable(graph, { ...overrides, nodeCapacity });
  };
  if (delivered <= 0) {
    return {
      k,
      nodes: [],
      shortfall: 0,
      upperBound: 0,
      method: 'exact',
      detail: 'nothing is delivered, so nothing can be lost',
    };
  }
  const allowed = options.candidates ?? new Uint8Array(graph.n).fill(1);
  const order = byThroughput(base).filter((v) => allowed[v] === 1);
  const carriers = order.filter((v) => base.throughput[v]! > eps);
  const useful = countUseful(graph, caps, overrides, allowed);
  const size = Math.min(k, useful);
  const topSum = order.slice(0, size).reduce((sum, v) => sum + base.throughput[v]!, 0);
  const upperBound = frac(Math.min(delivered, topSum));

  // Greedy: a good answer fast, and the exhaustive search's first bound to beat.
  const beam = options.beam ?? 2;
  const byLoss = [...carriers].sort((a, b) => base.lost[b]! - base.lost[a]! || a - b);
  const starts = [...new Set([...byLoss.slice(0, beam), ...carriers.slice(0, beam)])];
  const best = { loss: -1, nodes: [] as number[] };
  for (const a of starts) {
    const chosen = [a];
    let loss = base.lost[a]!;
    while (chosen.length < size) {
      const t = tableWithout(chosen);
      const v = argmaxExcept(t.lost, chosen, allowed);
      if (v < 0) break;
      loss += t.lost[v]!;
      chosen.push(v);
    }
    if (loss > best.loss + eps) Object.assign(best, { loss, nodes: chosen });
  }
  const greedyTables = tables;

  const search: Search = {
    size,
    tableWithout,
    best,
    firsts: carriers,
    allowed,
    budget: tables + Math.floor((options.maxExactWork ?? 100_000) / Math.max(1, graph.n)),
    tables: () => tables,
    stopped: false,
    eps,
  };
  if (size <= 3) exhaustive(base, [], 0, search);
  else search.stopped = true;
  const ids = best.nodes.map((v) => graph.ids[v]!);
  if (!search.stopped) {
    const lost = best.loss > eps;
    return {
      k,
      nodes: lost ? ids : [],
      shortfall: lost ? frac(best.loss) : 0,
      upperBound: lost ? frac(best.loss) : 0,
      method: 'exact',
      detail: `exhaustive over sets of ${size} among ${useful} ${useful === 1 ? 'node that can' : 'nodes that can'} carry flow, bounded by throughput (${tables} N-1 ${tables === 1 ? 'table' : 'tables'})`,
    };
  }
  return {
    k,
    nodes: ids,
    shortfall: frac(best.loss),
    upperBound,
    method: 'greedy',
    detail:
      `greedy from ${starts.length} starting nodes (most lost alone, most throughput), adding the node that then ` +
      `loses most (${greedyTables} N-1 tables), improved by an exhaustive search stopped at its budget ` +
      `(${tables - greedyTables} more tables); no ${size} nodes can lose more than ` +
      `${(upperBound * 100).toFixed(1)}% of demand (the ${size} largest throughputs)`,
  };
}

interface Search {
  size: number;
  tableWithout: (removed: number[]) => Table;
  best: { loss: number; nodes: number[] };
  /** Flow carriers of the baseline, in decreasing throughput. */
  firsts: number[];
  allowed: Uint8Array;
  /** Stop (and say so) once this many tables have been computed. */
  budget: number;
  tables: () => number;
  stopped: boolean;
  /** Losses closer than this count as equal (a share of the baseline delivered). */
  eps: number;
}

/** Extends `chosen` (whose table is `t`) to `size` nodes, exhaustively with throughput bounds. */
function exhaustive(t: Table, chosen: number[], lossSoFar: number, search: Search): void {
  const { size, best, firsts, allowed, eps } = search;
  if (chosen.length === size - 1) {
    const v = argmaxExcept(t.lost, chosen, allowed);
    if (v >= 0 && lossSoFar + t.lost[v]! > best.loss + eps) {
      best.loss = lossSoFar + t.lost[v]!;
      best.nodes = [...chosen, v];
    }
    return;
  }
  // Next member: a flow carrier of the current graph (some member of a losing set must carry flow).
  const candidates = (chosen.length === 0 ? firsts : byThroughput(t)).filter(
    (v) => allowed[v] === 1 && t.throughput[v]! > eps && !chosen.includes(v),
  );
  const remaining = size - chosen.length;
  if (candidates.length === 0) {
    // Nothing is delivered any more: any completion loses exactly what is lost so far.
    if (lossSoFar > best.loss + eps) {
      best.loss = lossSoFar;
      best.nodes = [...chosen];
      for (let v = 0; best.nodes.length < size && v < t.lost.length; v++)
        if (allowed[v] === 1 && !chosen.includes(v)) best.nodes.push(v);
    }
    return;
  }
  for (let i = 0; i < candidates.length; i++) {
    let bound = lossSoFar;
    for (let j = i; j < Math.min(candidates.length, i + remaining); j++)
      bound += t.throughput[candidates[j]!]!;
    if (bound <= best.loss + eps) break; // candidates are in decreasing throughput: no later one can do better
    if (search.tables() >= search.budget) {
      search.stopped = true;
      return;
    }
    const v = candidates[i]!;
    const next = [...chosen, v];
    exhaustive(search.tableWithout(next), next, lossSoFar + t.lost[v]!, search);
    if (search.stopped) return;
  }
}

function byThroughput(t: Table): number[] {
  const order = Array.from(t.throughput, (_, v) => v);
  return order.sort((a, b) => t.throughput[b]! - t.throughput[a]! || t.lost[b]! - t.lost[a]! || a - b);
}

function argmaxExcept(values: Float64Array, except: number[], allowed: Uint8Array): number {
  let best = -1;
  for (let v = 0; v < values.length; v++) {
    if (allowed[v] !== 1 || except.includes(v)) continue;
    if (best < 0 || values[v]! > values[best]!) best = v;
  }
  return best;
}

/** Nodes of positive capacity on some source-to-sink path through positive capacities. */
function countUseful(
  graph: IndexedGraph,
  caps: Float64Array,
  overrides: CapacityOverrides,
  allowed: Uint8Array,
): number {
  const edgeCap = overrides.edgeCapacity ?? graph.edgeCapacity;
  const demand = overrides.demand ?? graph.demand;
  const walk = (starts: (v: number) => boolean, forward: boolean): Uint8Array => {
    const seen = new Uint8Array(graph.n);
    const stack: number[] = [];
    for (let v = 0; v < graph.n; v++) {
      if (caps[v]! > 0 && starts(v)) {
        seen[v] = 1;
        stack.push(v);
      }
    }
    while (stack.length > 0) {
      const u = stack.pop()!;
      const [startArr, edges, other] = forward
        ? [graph.outStart, graph.outEdges, graph.edgeTarget]
        : [graph.inStart, graph.inEdges, graph.edgeSource];
      for (let i = startArr[u]!; i < startArr[u + 1]!; i++) {
        const e = edges[i]!;
        const w = other[e]!;
        if (!seen[w] && edgeCap[e]! > 0 && caps[w]! > 0) {
          seen[w] = 1;
          stack.push(w);
        }
      }
    }
    return seen;
  };
  const fromSources = walk((v) => graph.isSource[v] === 1, true);
  const toSinks = walk((v) => graph.isSink[v] === 1 && demand[v]! > 0, false);
  let count = 0;
  for (let v = 0; v < graph.n; v++) if (allowed[v] && fromSources[v] && toSinks[v]) count++;
  return count;
}
