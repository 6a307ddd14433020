/**
 * Redundancy: minimum vertex cuts
 * ===============================
 *
 * For each sink, the fewest nodes an adversary must take out so that no source reaches it, and for the
 * whole chain the smallest of those. By Menger's theorem that is the maximum number of paths from the
 * sources to the sink that share no node, which is a max flow with unit node capacities: in the
 * node-split network every node's arc v_in→v_out gets capacity 1, edges and the super source's arcs
 * are unlimited, and the flow goes from S to the sink's v_in.
 *
 * Choices, precisely:
 * - Sources may be cut (taking out a mine is a way to cut a chain); so the answer is at most the number
 *   of sources feeding the sink. The sink itself may not be cut (that would be trivially 1).
 * - This is topology, not tonnage: only whether a node or edge can carry anything counts. Nodes and
 *   edges of capacity 0 (for example after a scenario's outage or export control) are already gone.
 * - A sink no source reaches through positive capacities — or whose own capacity is 0 — gets `null`.
 *   `overall` is the minimum over the sinks that are reachable, `null` when none is.
 */

import type { IndexedGraph } from '../indexed-graph.ts';
import type { RedundancyReport } from '../report.ts';
import type { CapacityOverrides } from './flow-network.ts';
import { nodeIn, nodeOut } from './flow-network.ts';
import { augment } from './max-flow.ts';
import { createNetwork, newJournal, undoFlow } from './residual-network.ts';

export function redundancy(graph: IndexedGraph, overrides: CapacityOverrides = {}): RedundancyReport {
  const { n, m } = graph;
  const nodeCap = overrides.nodeCapacity ?? graph.nodeCapacity;
  const edgeCap = overrides.edgeCapacity ?? graph.edgeCapacity;
  const demand = overrides.demand ?? graph.demand;
  const S = 2 * n;
  const tails: number[] = [];
  const heads: number[] = [];
  const caps: number[] = [];
  const arc = (u: number, w: number, c: number) => {
    tails.push(u);
    heads.push(w);
    caps.push(c);
  };
  for (let v = 0; v < n; v++) {
    if (!(nodeCap[v]! > 0)) continue;
    arc(nodeIn(v), nodeOut(v), 1);
    if (graph.isSource[v]) arc(S, nodeIn(v), Number.POSITIVE_INFINITY);
  }
  for (let e = 0; e < m; e++) {
    if (edgeCap[e]! > 0)
      arc(nodeOut(graph.edgeSource[e]!), nodeIn(graph.edgeTarget[e]!), Number.POSITIVE_INFINITY);
  }
  const net = createNetwork(
    2 * n + 1,
    Int32Array.from(tails),
    Int32Array.from(heads),
    Float64Array.from(caps),
  );

  const journal = newJournal();
  const sinks: RedundancyReport['sinks'] = [];
  let overall: number | null = null;
  for (let d = 0; d < n; d++) {
    if (!graph.isSink[d] || !(demand[d]! > 0)) continue;
    let cut: number | null = null;
    if (nodeCap[d]! > 0) {
      // Levels built backwards from the sink: the super source fans out to every mine.
      const paths = augment(net, S, nodeIn(d), { backward: true, journal });
      undoFlow(net, journal);
      if (paths > 0) cut = Math.round(paths);
    }
    sinks.push({ id: graph.ids[d]!, minVertexCut: cut });
    if (cut !== null && (overall === null || cut < overall)) overall = cut;
  }
  return { sinks, overall };
}
