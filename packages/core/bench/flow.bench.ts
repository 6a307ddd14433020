/**
 * Flow benchmarks
 * ===============
 *
 * On generated layered chains of 200 to 20,000 nodes (seed 1, ~3.4 edges per node):
 * - max-flow: building the node-split network and solving it (Dinic over typed arrays);
 * - N-1 table: every node's shortfallIfRemoved, against the naive baseline (a fresh max-flow per node)
 *   where that is affordable; the target is 5,000 nodes in under 1 s;
 * - country dependence (the baseline flow repaired per country, against solving each ban from zero),
 *   redundancy and worst-case N-2/N-3, the other per-model flow analyses, for the analyze budget.
 */
import type { BenchKit } from '../../../scripts/bench-kit.ts';
import { contingencyTable } from '../src/analysis/flow/contingency.ts';
import { countryDependence } from '../src/analysis/flow/country-dependence.ts';
import { redundancy } from '../src/analysis/flow/redundancy.ts';
import { computeSupply, deliveredWithout, solveSupply } from '../src/analysis/flow/supply.ts';
import { worstCase } from '../src/analysis/flow/worst-case.ts';
import { indexModel } from '../src/analysis/indexed-graph.ts';
import { exportControlMask } from '../src/analysis/scenario/apply-scenario.ts';
import { generateLayeredChain } from '../src/generate/layered-chain.ts';

const SIZES = [200, 1000, 5000, 20000];
/** Naive N-1 solves one max-flow per node: fine at 1,000 nodes, minutes at 5,000. */
const NAIVE_UP_TO = 1000;

export default async (kit: BenchKit) => {
  for (const size of SIZES) {
    const model = generateLayeredChain({ nodes: size, seed: 1 });
    const graph = indexModel(model);
    const label = `${size.toLocaleString('en')} nodes`;
    const heavy = size >= 5000;

    const flow = kit.measure('Dinic max-flow (build + solve)', () => computeSupply(graph), {
      maxRuns: heavy ? 7 : 15,
    });
    kit.record({ suite: 'max-flow', size: label, baseline: null, subject: flow });

    const table = kit.measure('N-1 table (baseline residual reuse)', () => contingencyTable(graph), {
      minRuns: heavy ? 3 : 5,
      maxRuns: heavy ? 7 : 15,
    });
    const naive =
      size <= NAIVE_UP_TO
        ? kit.measure(
            'naive N-1 (max-flow per node)',
            () => {
              for (let v = 0; v < graph.n; v++) deliveredWithout(graph, [v]);
            },
            { minRuns: 1, maxRuns: 3, budgetMs: 5000 },
          )
        : null;
    kit.record({
      suite: 'N-1 table',
      size: label,
      baseline: naive,
      subject: table,
      ...(size === 5000 ? { target: '< 1000 ms', met: table.medianMs < 1000 } : {}),
    });

    if (size <= 5000) {
      const countries = kit.measure('country dependence (baseline flow repaired per country)', () =>
        countryDependence(model, graph),
      );
      // What it replaced: every country's ban solved from zero.
      const fromScratch = kit.measure('one max-flow from zero per country', () => {
        const present = [...new Set(model.nodes.flatMap((n) => (n.country ? [n.country] : [])))];
        solveSupply(graph);
        for (const country of present) {
          const mask = exportControlMask(model, { type: 'export-control', country });
          solveSupply(graph, { edgeCapacity: graph.edgeCapacity.map((c, e) => (mask[e] ? 0 : c)) });
        }
      });
      kit.record({ suite: 'country dependence', size: label, baseline: fromScratch, subject: countries });
      const cuts = kit.measure('redundancy (unit max-flow per sink)', () => redundancy(graph));
      kit.record({ suite: 'redundancy', size: label, baseline: null, subject: cuts });
    }
    if (size <= 1000) {
      for (const k of [2, 3]) {
        const worst = kit.measure(
          `worst case N-${k} (${worstCase(graph, k).method})`,
          () => worstCase(graph, k),
          {
            minRuns: 3,
            maxRuns: 9,
          },
        );
        kit.record({ suite: `worst case N-${k}`, size: label, baseline: null, subject: worst });
      }
    }
  }
};
