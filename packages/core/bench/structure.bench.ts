/**
 * Structure benchmarks: betweenness against graphology-metrics (the baseline the issue names, hop
 * counts via `getEdgeWeight: null`), flow betweenness, sampled betweenness, dominators + single points
 * of failure, and concentration, on generated layered chains of 200 to 20,000 nodes.
 *
 * The graphology baseline at 20,000 nodes takes seconds, so it runs once there. Each betweenness row
 * also checks that both give the same numbers (1e-9 relative); a mismatch fails the target.
 */
import { DirectedGraph } from 'graphology';
import graphologyBetweenness from 'graphology-metrics/centrality/betweenness.js';
import type { BenchKit } from '../../../scripts/bench-kit.ts';
import { indexModel } from '../src/analysis/indexed-graph.ts';
import {
  betweenness,
  flowBetweenness,
  groupConcentration,
  immediateDominators,
  singlePointsOfFailure,
  stageConcentration,
} from '../src/analysis/structure/index.ts';
import { generateLayeredChain } from '../src/generate/layered-chain.ts';

const SIZES = [200, 1000, 5000, 20000];

export default async (kit: BenchKit) => {
  for (const nodes of SIZES) {
    const model = generateLayeredChain({ nodes, seed: 1 });
    model.groups = [{ id: 'quad', countries: ['US', 'IN', 'JP', 'AU'] }];
    const g = indexModel(model);
    const size = `${nodes} nodes / ${g.m} edges`;
    const graph = new DirectedGraph();
    for (const node of model.nodes) graph.addNode(node.id);
    for (const edge of model.edges) graph.mergeEdge(edge.source, edge.target);

    const baselineRuns = nodes >= 20000 ? { minRuns: 1, maxRuns: 1 } : nodes >= 5000 ? { maxRuns: 5 } : {};
    let reference: Record<string, number> = {};
    const baseline = kit.measure(
      'graphology-metrics betweenness',
      () => {
        reference = graphologyBetweenness(graph, { getEdgeWeight: null, normalized: true });
      },
      baselineRuns,
    );
    let ours: Float64Array = new Float64Array(0);
    const subject = kit.measure('betweenness (CSR Brandes)', () => {
      ours = betweenness(g);
    });
    const same = g.ids.every((id, v) => {
      const a = ours[v]!;
      const e = reference[id]!;
      return Math.abs(a - e) <= 1e-9 * Math.max(Math.abs(a), Math.abs(e)) + 1e-15;
    });
    const ratio = baseline.medianMs / subject.medianMs;
    const judged = nodes >= 5000;
    kit.record({
      suite: 'betweenness',
      size,
      baseline,
      subject,
      target: judged ? '≥ 4× faster, same numbers' : 'same numbers',
      met: (judged ? ratio >= 4 : true) && same,
    });

    // The other structure measures, against exact betweenness measured just now.
    const exact = subject;
    kit.record({
      suite: 'betweenness',
      size,
      baseline: exact,
      subject: kit.measure('betweenness, 256 sampled sources', () => betweenness(g, { sampleSources: 256 })),
    });
    kit.record({
      suite: 'flow betweenness',
      size,
      baseline: exact,
      subject: kit.measure('flowBetweenness (sources only)', () => flowBetweenness(g)),
    });
    kit.record({
      suite: 'dominators + SPOF',
      size,
      baseline: null,
      subject: kit.measure('immediateDominators + singlePointsOfFailure', () =>
        singlePointsOfFailure(g, {}, immediateDominators(g)),
      ),
    });
    kit.record({
      suite: 'concentration',
      size,
      baseline: null,
      subject: kit.measure('stage + group concentration', () => {
        const stages = stageConcentration(model);
        groupConcentration(model, stages);
      }),
    });
  }
};
