/**
 * N-1 contingency table
 * =====================
 *
 * `shortfallIfRemoved(v)` = (delivered − delivered without v) / total demand, for every node, exactly
 * and without a fresh max-flow per node.
 *
 * Let f be one maximum flow (value F) and t_v the flow on v's own arc a = v_in→v_out (all flow through
 * v crosses it). Zeroing a leaves v_in with t_v too much and v_out with t_v too little. In the residual
 * graph R of f without a, let M be the most that can flow from {v_in, S} to {v_out, T}, with v_in
 * giving at most t_v: v_in ⇝ v_out re-routes around v, v_in ⇝ T takes v's supply to sinks with unmet
 * demand, S ⇝ v_out feeds v's customers from sources with spare capacity. Then
 *
 *     delivered(G − v) = F − t_v + M,   so   lost(v) = t_v − M.
 *
 * (≥: push M, cancel the rest back to S and T: a flow of G − v. ≤: for any flow f' of G − v, f' − f
 * is a residual flow that carries t_v back across a; without that arc it is a flow from {v_in, S} to
 * {v_out, T} of value value(f') − F + t_v.)
 *
 * The baseline's minimum cut splits the work. X = nodes S reaches in R, Y = nodes that reach T; they
 * are disjoint (f is maximum) and closed (nothing leaves X, nothing enters Y).
 *
 * - t_v = 0: nothing lost, no search.
 * - v_in ∈ X, v_out ∉ X (or v_out ∈ Y, v_in ∉ Y): a is a cut arc and nothing can replace it: lost = t_v.
 * - v_in ∉ X (sink side): S cannot help. Push v_in's excess towards T by shortest augmenting paths on
 *   distance-to-T labels computed once (label-augment.ts), then finish with Dinic from v_in to
 *   {T, v_out}, never entering X (which reaches neither).
 * - v_in, v_out ∈ X (source side): T cannot help. The mirror image: pull v_out's deficit from S on
 *   distance-from-S labels, then finish with Dinic levelled backwards from v_out to {S, v_in}, never
 *   entering Y.
 *
 * Augmenting in any order until no augmenting path is left gives the maximum, so the two steps add up
 * to M. Every change to flow and labels is journalled and undone, so one baseline serves every node.
 */

import type { IndexedGraph } from '../indexed-graph.ts';
import type { CapacityOverrides } from './flow-network.ts';
import { nodeIn, nodeOut } from './flow-network.ts';
import { type DistanceLabels, distanceLabels, labelAugment, undoLabels } from './label-augment.ts';
import { augment } from './max-flow.ts';
import {
  type FlowJournal,
  negligible,
  newJournal,
  type ResidualNetwork,
  undoFlow,
} from './residual-network.ts';
import { nodeThroughput, type SolvedSupply, solveSupply, totalDemand } from './supply.ts';

export interface ContingencyTable {
  /** Delivered with every node in place. */
  delivered: number;
  /** Total demand (unchanged when nodes are removed). */
  demand: number;
  /** delivered − delivered without node v, in the model unit (node index order). */
  lost: Float64Array;
  /** lost / demand; 0 everywhere when there is no demand. */
  shortfall: Float64Array;
  /** Flow through each node in the baseline maximum flow (an upper bound on what removing it loses). */
  throughput: Float64Array;
}

/**
 * The full N-1 table: what the chain loses when each node alone stops operating. `solved` (from
 * `solveSupply` on the same graph and overrides) is used as the baseline and left as it was.
 */
export function contingencyTable(
  graph: IndexedGraph,
  overrides?: CapacityOverrides,
  // Any maximum flow serves here (only totals are read), so the fair split is skipped.
  solved: SolvedSupply = solveSupply(graph, overrides, { fair: false }),
): ContingencyTable {
  const { network, delivered } = solved;
  const { net } = network;
  const demand = totalDemand(graph, overrides);
  const throughput = nodeThroughput(network);
  const lost = new Float64Array(graph.n);
  const shortfall = new Float64Array(graph.n);
  const { superSource: S, superSink: T } = network;
  const none = new Uint8Array(net.nodeCount);
  const fromS = distanceLabels(net, S, 'from', none);
  const toT = distanceLabels(net, T, 'towards', none);
  const inX = reachedBy(fromS);
  const inY = reachedBy(toT);
  const journal = newJournal();
  for (let v = 0; v < graph.n; v++) {
    const t = throughput[v]!;
    if (t <= 0) continue;
    const vIn = nodeIn(v);
    const vOut = nodeOut(v);
    let placed = 0;
    if (inX[vIn] !== inX[vOut] || inY[vIn] !== inY[vOut]) {
      placed = 0; // v's own arc crosses the baseline min cut: nothing can replace it
    } else {
      const blockedSlot = net.arcSlot[network.nodeArc(v)]!;
      placed = inX[vIn]
        ? reroute(net, fromS, vOut, vIn, { limit: t, blockedSlot, avoid: inY, journal })
        : reroute(net, toT, vIn, vOut, { limit: t, blockedSlot, avoid: inX, journal });
      undoFlow(net, journal);
    }
    const loss = t - placed;
    if (!negligible(loss, t)) {
      lost[v] = loss;
      shortfall[v] = demand > 0 ? loss / demand : 0;
    }
  }
  return { delivered, demand, lost, shortfall, throughput };
}

/** Beyond this many relabels for one node, a Dinic search is cheaper than climbing labels. */
const RELABEL_BUDGET = 10_000;

interface RerouteOptions {
  limit: number;
  blockedSlot: number;
  avoid: Uint8Array;
  journal: FlowJournal;
}

/**
 * M for one node. `start` is the half the labels work from (v_in with its excess on the sink side,
 * v_out with its deficit on the source side); `other` is the opposite half, a second target or source.
 * First shortest augmenting paths between `start` and the labels' root, then Dinic with `other` added
 * until no path is left. Returns the amount placed.
 */
function reroute(
  net: ResidualNetwork,
  labels: DistanceLabels,
  start: number,
  other: number,
  o: RerouteOptions,
): number {
  let placed = labelAugment(net, labels, start, { ...o, maxRelabels: RELABEL_BUDGET });
  undoLabels(labels);
  if (!negligible(o.limit - placed, o.limit)) {
    const rest = {
      limit: o.limit - placed,
      blockedSlot: o.blockedSlot,
      avoidMask: o.avoid,
      journal: o.journal,
    };
    placed +=
      labels.direction === 'towards'
        ? augment(net, start, other, { ...rest, alsoTarget: labels.root })
        : augment(net, other, start, { ...rest, alsoSource: labels.root, backward: true });
  }
  return placed;
}

function reachedBy(labels: DistanceLabels): Uint8Array {
  const out = new Uint8Array(labels.d.length);
  for (let i = 0; i < out.length; i++) out[i] = labels.d[i]! < labels.d.length ? 1 : 0;
  return out;
}
