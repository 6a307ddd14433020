/**
 * The supply flow network
 * =======================
 *
 * The node-split network whose maximum flow is **Delivered** (issue 3):
 *
 *   super-source S → s_in            for every source s           capacity ∞ (s_in→s_out limits it)
 *   v_in → v_out                     for every node v             capacity of v (∞ when absent)
 *   u_out → w_in                     for every edge u→w           capacity of the edge (∞ when absent)
 *   d_out → super-sink T             for every sink d             demand of d
 *
 * So a source supplies at most its capacity, every node passes at most its capacity (a sink's own
 * capacity limits what it takes, too), every edge carries at most its capacity and a sink takes at most
 * its demand. A node of capacity 0 passes nothing. Every S→T path ends on a finite demand arc, so the
 * flow is finite even when everything else is unlimited.
 *
 * All flow through v crosses its one arc v_in→v_out, which is why removing v is setting that arc to 0
 * and why its flow is v's throughput.
 */
import type { IndexedGraph } from '../indexed-graph.ts';
import { createNetwork, type ResidualNetwork } from './residual-network.ts';

/** Capacities that replace the graph's own (same indexing), e.g. for what-if analyses. */
export interface CapacityOverrides {
  nodeCapacity?: Float64Array;
  edgeCapacity?: Float64Array;
  demand?: Float64Array;
}

export interface FlowNetwork {
  readonly graph: IndexedGraph;
  readonly net: ResidualNetwork;
  readonly superSource: number;
  readonly superSink: number;
  /** Arc index of v_in→v_out for node v (arcs 0..n−1). */
  readonly nodeArc: (v: number) => number;
  /** Arc index of edge e (arcs n..n+m−1). */
  readonly edgeArc: (e: number) => number;
  /** Arc index of S→s_in per node, −1 when v is not a source. */
  readonly sourceArc: Int32Array;
  /** Arc index of d_out→T per node, −1 when v is not a sink. */
  readonly sinkArc: Int32Array;
}

/** Network node ids of v's two halves. */
export const nodeIn = (v: number): number => 2 * v;
export const nodeOut = (v: number): number => 2 * v + 1;

export function buildFlowNetwork(graph: IndexedGraph, overrides: CapacityOverrides = {}): FlowNetwork {
  const { n, m } = graph;
  const nodeCap = overrides.nodeCapacity ?? graph.nodeCapacity;
  const edgeCap = overrides.edgeCapacity ?? graph.edgeCapacity;
  const demand = overrides.demand ?? graph.demand;
  let sources = 0;
  let sinks = 0;
  for (let v = 0; v < n; v++) {
    if (graph.isSource[v]) sources++;
    if (graph.isSink[v]) sinks++;
  }
  const arcs = n + m + sources + sinks;
  const tails = new Int32Array(arcs);
  const heads = new Int32Array(arcs);
  const caps = new Float64Array(arcs);
  const S = 2 * n;
  const T = 2 * n + 1;
  for (let v = 0; v < n; v++) {
    tails[v] = nodeIn(v);
    heads[v] = nodeOut(v);
    caps[v] = nodeCap[v]!;
  }
  for (let e = 0; e < m; e++) {
    tails[n + e] = nodeOut(graph.edgeSource[e]!);
    heads[n + e] = nodeIn(graph.edgeTarget[e]!);
    caps[n + e] = edgeCap[e]!;
  }
  const sourceArc = new Int32Array(n).fill(-1);
  const sinkArc = new Int32Array(n).fill(-1);
  let a = n + m;
  for (let v = 0; v < n; v++) {
    if (graph.isSource[v]) {
      tails[a] = S;
      heads[a] = nodeIn(v);
      caps[a] = Number.POSITIVE_INFINITY;
      sourceArc[v] = a++;
    }
    if (graph.isSink[v]) {
      tails[a] = nodeOut(v);
      heads[a] = T;
      caps[a] = demand[v]!;
      sinkArc[v] = a++;
    }
  }
  return {
    graph,
    // Every unit ends on a demand arc, so total demand bounds what any arc carries.
    net: createNetwork(2 * n + 2, tails, heads, caps, totalOf(demand, graph.isSink)),
    superSource: S,
    superSink: T,
    nodeArc: (v) => v,
    edgeArc: (e) => n + e,
    sourceArc,
    sinkArc,
  };
}

function totalOf(demand: Float64Array, isSink: Uint8Array): number {
  let sum = 0;
  for (let v = 0; v < demand.length; v++) if (isSink[v]) sum += demand[v]!;
  return sum;
}
