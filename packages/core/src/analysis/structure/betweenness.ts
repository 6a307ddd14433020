/**
 * Betweenness
 * ===========
 *
 * Directed, unweighted shortest-path betweenness of every node: the share of shortest paths between
 * other pairs of nodes that pass through it. Normalized exactly as NetworkX's
 * `betweenness_centrality(G, normalized=True)` for a directed graph: the raw Brandes sum divided by
 * (n−1)(n−2); all zeros when n ≤ 2. Endpoints do not count.
 *
 * Which edges count: by default only what can carry anything. Nodes and edges of capacity 0 are left out
 * (see `active-adjacency.ts`), so under an outage or an export control the measure follows the scenario.
 * `n` stays the number of nodes in the model, so the scale is the same with and without a scenario: the
 * result equals NetworkX's on the graph with every blocked edge, and every edge of a blocked node,
 * deleted (the nodes themselves kept, isolated). `ignoreCapacity: true` gives the plain structure.
 *
 * Sampling (`sampleSources: k`, off by default): for very large graphs, run the searches from k sources
 * drawn uniformly (seeded, reproducible) among the nodes with an outgoing edge, and scale each node's sum
 * to an unbiased estimate of the exact one, as NetworkX 3.6 does for `k` (a drawn node's own search
 * cannot pass through it, so it is scaled by (P−1)/(k−1), others by (P−1)/k, P = nodes drawn from).
 * k must be at least 2; at k ≥ P the answer is exact.
 */
import { mulberry32 } from '../../generate/layered-chain.ts';
import type { IndexedGraph } from '../indexed-graph.ts';
import { type ActivityOptions, activeAdjacency } from './active-adjacency.ts';
import { accumulateFrom, createWorkspace } from './brandes.ts';

export interface BetweennessOptions extends ActivityOptions {
  /** Estimate from this many randomly drawn sources instead of all (off by default). */
  sampleSources?: number;
  /** Seed for the draw (default 1). */
  seed?: number;
}

/** Normalized betweenness, indexed like `g.ids`. */
export function betweenness(g: IndexedGraph, options: BetweennessOptions = {}): Float64Array {
  const { n } = g;
  const out = new Float64Array(n);
  if (n <= 2) return out;
  const graph = activeAdjacency(g, 'out', options);
  const ws = createWorkspace(n);

  // A node without outgoing edges reaches nothing: its search adds nothing, so skip it outright.
  const productive: number[] = [];
  for (let v = 0; v < n; v++) if (graph.start[v + 1]! > graph.start[v]!) productive.push(v);

  const k = options.sampleSources;
  const scale = 1 / ((n - 1) * (n - 2));
  if (k === undefined || k >= productive.length) {
    for (const s of productive) accumulateFrom(graph, s, ws, out, 1, null);
    for (let v = 0; v < n; v++) out[v]! *= scale;
    return out;
  }
  if (!Number.isInteger(k) || k < 2) {
    throw new RangeError(`betweenness: sampleSources must be an integer ≥ 2, got ${k}`);
  }

  // Partial Fisher–Yates: the first k entries become a uniform sample without replacement.
  const rand = mulberry32(options.seed ?? 1);
  const p = productive.length;
  const drawn = new Uint8Array(n);
  for (let i = 0; i < k; i++) {
    const j = i + Math.floor(rand() * (p - i));
    const s = productive[j]!;
    productive[j] = productive[i]!;
    productive[i] = s;
    drawn[s] = 1;
    accumulateFrom(graph, s, ws, out, 1, null);
  }
  const drawnScale = (scale * (p - 1)) / (k - 1);
  const otherScale = (scale * (p - 1)) / k;
  for (let v = 0; v < n; v++) out[v]! *= drawn[v] ? drawnScale : otherScale;
  return out;
}
