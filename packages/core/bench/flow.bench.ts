/**
 * Flow benchmarks
 * ===============
 *
 * On generated layered chains of 200 to 20,000 nodes (seed 1, ~3.4 edges per node):
 * - max-flow: building the node-split network and solving it (Dinic over typed arrays), and the fair
 *   split among consumers on top of it (ratio against the plain max flow);
 * - diversification: the worst (stage, country) loss with throughput bounds, against every pair;
 * - N-1 table: every node's shortfallIfRemoved, against the naive baseline (a fresh max-flow per node)
 *   where that is affordable; the target is 5,000 nodes in under 1 s;
 * - country dependence (the baseline flow repaired per country, against solving each ban from zero),
 *   redundancy and worst-case N-2/N-3, the other per-model flow analyses, for the analyze budget.
 */
import type { BenchKit } from '../../../scripts/bench-kit.ts';
import { maxFlowWithArcsClosed } from '../src/analysis/flow/close-arcs.ts';
import { contingencyTable } from '../src/analysis/flow/contingency.ts';
import { countryDependence } from '../src/analysis/flow/country-dependence.ts';
import { redundancy } from '../src/analysis/flow/redundancy.ts';
import { stageCountryLoss } from '../src/analysis/flow/stage-country-loss.ts';
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

    // The plain max flow (delivered only) is the baseline of the fair split among consumers, which
    // adds the parametric breakpoint search and one more max flow with the fair caps.
    const plain = kit.measure(
      'Dinic max-flow (build + solve)',
      () => solveSupply(graph, undefined, { fair: false }),
      { maxRuns: heavy ? 7 : 15 },
    );
    const fair = kit.measure('max flow, consumers served max-min fairly', () => computeSupply(graph), {
      maxRuns: heavy ? 7 : 15,
    });
    kit.record({ suite: 'max-flow', size: label, baseline: plain, subject: fair });

    if (size <= 5000) {
      // The score's diversification term: the worst (stage, country) loss, pruned by throughput bounds,
      // against repairing the baseline for every pair.
      const solved = solveSupply(graph);
      const pruned = kit.measure('worst stage-country loss (throughput bounds)', () =>
        stageCountryLoss(model, graph, solved),
      );
      const everyPair = kit.measure('every stage-country pair repaired', () => {
        for (const stage of model.stages) {
          const byCountry = new Map<string, number[]>();
          model.nodes.forEach((n, v) => {
            if (n.stage !== stage || !n.country || graph.isSink[v]) return;
            byCountry.set(n.country, [...(byCountry.get(n.country) ?? []), solved.network.nodeArc(v)]);
          });
          for (const arcs of byCountry.values()) {
            const { network, delivered } = solved;
            maxFlowWithArcsClosed(network.net, network.superSource, network.superSink, delivered, arcs);
          }
        }
      });
      kit.record({ suite: 'diversification', size: label, baseline: everyPair, subject: pruned });
    }

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
