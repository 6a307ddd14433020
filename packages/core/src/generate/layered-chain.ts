/**
 * Layered supply-chain generator
 * ==============================
 *
 * Deterministic random chains shaped like real ones, for benchmarks, property tests and NetworkX
 * cross-checks: ordered stages (mines → … → end uses), edges mostly to the next stage, a few that skip
 * one, hub nodes that attract many links (Pareto-skewed), one dominant country, and a few recycling
 * back-edges (a later stage feeding an earlier processing stage) that close cycles.
 *
 * The same seed and options give the same model on every runtime.
 */
import type { Model, ModelEdge, ModelNode } from '../model/schema.ts';

export interface LayeredChainOptions {
  /** Number of nodes, at least one per stage. */
  nodes: number;
  seed?: number;
  stages?: readonly string[];
  /** Mean number of outgoing edges of a non-sink node. */
  avgOutDegree?: number;
  /** Probability that an edge skips a stage. */
  skipProbability?: number;
  /** Fraction of non-sink nodes that get a recycling back-edge. */
  recyclingFraction?: number;
  /** Probability that a node or edge gets no capacity (unlimited). */
  unlimitedProbability?: number;
  /** Countries to draw from; the first one is dominant. */
  countries?: readonly string[];
}

const DEFAULT_STAGES = ['mining', 'refining', 'metal', 'component', 'end-use'] as const;
const DEFAULT_COUNTRIES = ['CN', 'AU', 'US', 'IN', 'JP', 'MY', 'CL', 'CD', 'ID', 'BR', 'DE', 'ZZ'] as const;
/** Share of nodes per stage, upstream first (end uses are the last stage). */
const STAGE_WEIGHTS = [0.15, 0.2, 0.2, 0.2, 0.25];

/** mulberry32: a small, well-known 32-bit PRNG; good enough for test data, identical everywhere. */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function generateLayeredChain(options: LayeredChainOptions): Model {
  const stages = [...(options.stages ?? DEFAULT_STAGES)];
  const countries = options.countries ?? DEFAULT_COUNTRIES;
  const rand = mulberry32(options.seed ?? 1);
  const avgOut = options.avgOutDegree ?? 4;
  const skip = options.skipProbability ?? 0.05;
  const recycling = options.recyclingFraction ?? 0.02;
  const unlimited = options.unlimitedProbability ?? 0.1;
  const n = Math.max(options.nodes, stages.length);

  // Stage sizes: proportional to STAGE_WEIGHTS (stretched over however many stages), ≥ 1 each.
  const weights = stages.map(
    (_, s) => STAGE_WEIGHTS[Math.round((s * 4) / Math.max(1, stages.length - 1))] ?? 0.2,
  );
  const wsum = weights.reduce((a, b) => a + b, 0);
  const sizes = weights.map((w) => Math.max(1, Math.floor((w / wsum) * n)));
  sizes[sizes.length - 1]! += n - sizes.reduce((a, b) => a + b, 0);

  const pareto = () => 1 / (1 - rand()) ** (1 / 1.5); // heavy tail ≥ 1, alpha 1.5
  const pickCountry = () =>
    rand() < 0.5 ? countries[0]! : countries[Math.floor(rand() * countries.length)]!;

  const nodes: ModelNode[] = [];
  const byStage: number[][] = stages.map(() => []);
  const attractiveness: number[] = [];
  const last = stages.length - 1;
  for (let s = 0; s < stages.length; s++) {
    for (let k = 0; k < sizes[s]!; k++) {
      const i = nodes.length;
      const id = `n${i}`;
      const node: ModelNode = { id, label: `${stages[s]} ${k}`, stage: stages[s]!, country: pickCountry() };
      if (s === last) node.demand = Math.round(50 * pareto());
      else if (rand() >= unlimited) node.capacity = Math.round(100 * pareto());
      nodes.push(node);
      byStage[s]!.push(i);
      attractiveness.push(pareto());
    }
  }

  // Weighted sampling by attractiveness (hubs), per stage, through cumulative sums.
  const cumulative = byStage.map((members) => {
    let acc = 0;
    return members.map((i) => (acc += attractiveness[i]!));
  });
  const sample = (s: number): number => {
    const cum = cumulative[s]!;
    const x = rand() * cum[cum.length - 1]!;
    let lo = 0;
    let hi = cum.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cum[mid]! < x) lo = mid + 1;
      else hi = mid;
    }
    return byStage[s]![lo]!;
  };

  const edges: ModelEdge[] = [];
  const seen = new Set<string>();
  const hasSupplier = new Uint8Array(n);
  const addEdge = (a: number, b: number) => {
    if (a === b) return;
    const key = `${a}>${b}`;
    if (seen.has(key)) return;
    seen.add(key);
    hasSupplier[b] = 1;
    const edge: ModelEdge = { source: nodes[a]!.id, target: nodes[b]!.id };
    if (rand() >= 0.5) edge.capacity = Math.round(60 * pareto());
    edges.push(edge);
  };

  for (let s = 0; s < last; s++) {
    for (const a of byStage[s]!) {
      // 1 + a geometric-ish count with the requested mean.
      const degree = 1 + Math.floor(-Math.log(1 - rand()) * (avgOut - 1));
      for (let d = 0; d < degree; d++) {
        const to = s + 1 < last && rand() < skip ? s + 2 : s + 1;
        addEdge(a, sample(to));
      }
      // Recycling: a later processing stage feeds an earlier one (never out of a sink).
      if (s >= 2 && rand() < recycling) addEdge(a, sample(1));
    }
  }
  // Every stage node after the first gets at least one supplier, so nothing floats unconnected.
  for (let s = 1; s <= last; s++) {
    for (const b of byStage[s]!) {
      if (!hasSupplier[b]) addEdge(sample(s - 1), b);
    }
  }

  return {
    format: 'chokepoint/v1',
    name: `Generated layered chain (${n} nodes, seed ${options.seed ?? 1})`,
    description: 'Synthetic test data from generateLayeredChain: invented numbers, not a real chain.',
    unit: 't per year',
    stages,
    nodes,
    edges,
  };
}
