/**
 * Decisions under uncertainty (issue 17)
 * ======================================
 *
 * Political risk: 10,000 Monte Carlo years of the default model (target < 5 s) with a fixed bench set
 * of probabilities for the model's producing countries (bench inputs, not data). Years are grouped by
 * the set of countries down and each set solved once on one re-used LP; the baseline is what a script
 * does, one whole `assess` per drawn year under export-control scenarios, measured on 200 years
 * against the engine on the same 200 years. Worker threads are not used: with grouping, a run of
 * 10,000 years solves only the few hundred distinct sets, which one thread does in well under the
 * target. The adversary cut on the default model (an exhaustive search, as it has recipes) and on a
 * 1,000-node generated chain (the MILP), and `suggest` with 200 candidates on a 300-node chain under
 * an export stop by its largest country (proved optimal, the "a few hundred candidates"), are
 * measured without a baseline.
 */
import type { BenchKit } from '../../../scripts/bench-kit.ts';
import { assess } from '../src/analysis/assess.ts';
import { loadSolver } from '../src/analysis/recipes/solver.ts';
import { adversaryCut } from '../src/analysis/uncertainty/adversary-cut.ts';
import { politicalRisk } from '../src/analysis/uncertainty/political-risk.ts';
import { suggest } from '../src/analysis/uncertainty/suggest.ts';
import { generateLayeredChain } from '../src/generate/layered-chain.ts';
import type { Candidate, Perturbation } from '../src/model/schema.ts';
import { DEFAULT_MODEL_ID, loadModel } from '../src/models/index.ts';
import { defaultModelWithRisk } from '../test/helpers/default-model-risk.ts';

export default async (kit: BenchKit) => {
  await loadSolver();
  const model = defaultModelWithRisk('bench input');
  const tenThousand = kit.measure(
    'risk, 10,000 years',
    () => politicalRisk(model, { runs: 10_000, seed: 1 }),
    {
      minRuns: 3,
      maxRuns: 7,
      budgetMs: 20_000,
    },
  );
  kit.record({
    suite: 'risk',
    size: DEFAULT_MODEL_ID,
    baseline: null,
    subject: tenThousand,
    target: '< 5000 ms',
    met: tenThousand.medianMs < 5000,
  });

  // The same 200 years, one whole assess each (a script's way) against the engine.
  const years = 200;
  const naive = kit.measure(
    `assess per year (${years} years)`,
    () => {
      let total = 0;
      for (let y = 0; y < years; y++) {
        // The same draws as the engine's are not needed for timing: a fixed pattern of sets.
        const down = model.countryRisk!.filter((_, i) => (y * 7 + i * 3) % 11 === 0);
        const perturbations = down.map(
          (r) => ({ type: 'export-control', country: r.country }) as Perturbation,
        );
        total += assess(model, { scenario: { id: `y${y}`, perturbations } }).supply.ratio;
      }
      return total;
    },
    { minRuns: 1, maxRuns: 3, budgetMs: 30_000 },
  );
  const engine = kit.measure(`risk (${years} years)`, () => politicalRisk(model, { runs: years, seed: 1 }), {
    minRuns: 3,
    maxRuns: 15,
    budgetMs: 5000,
  });
  kit.record({
    suite: 'risk',
    size: `${DEFAULT_MODEL_ID}, ${years} years`,
    baseline: naive,
    subject: engine,
  });

  const nodes = kit.measure(
    'adversary cut, nodes below 50%',
    () => adversaryCut(loadModel(DEFAULT_MODEL_ID), { threshold: 0.5 }),
    {
      minRuns: 3,
      maxRuns: 9,
      budgetMs: 10_000,
    },
  );
  kit.record({ suite: 'adversary', size: DEFAULT_MODEL_ID, baseline: null, subject: nodes });
  const chain = generateLayeredChain({ nodes: 1000, seed: 1 });
  const milp = kit.measure(
    'adversary cut (MILP), nodes below 50%',
    () => adversaryCut(chain, { threshold: 0.5 }),
    {
      minRuns: 1,
      maxRuns: 3,
      budgetMs: 20_000,
    },
  );
  kit.record({ suite: 'adversary', size: '1,000 nodes', baseline: null, subject: milp });

  // 200 candidates (more capacity or stock at random producers, costs 1–100) on a 300-node chain.
  const small = generateLayeredChain({ nodes: 300, seed: 3 });
  const producers = small.nodes.filter((n) => n.demand === undefined);
  let state = 7;
  const rnd = () => {
    state = (state * 1103515245 + 12345) % 2 ** 31;
    return state / 2 ** 31;
  };
  const candidates: Candidate[] = Array.from({ length: 200 }, (_, i): Candidate => {
    const node = producers[Math.floor(rnd() * producers.length)]!.id;
    const cost = 1 + Math.round(rnd() * 100);
    return rnd() < 0.5
      ? { id: `cap${i}`, kind: 'capacity', node, add: Math.round(rnd() * 500), cost }
      : { id: `stock${i}`, kind: 'stockpile', node, units: Math.round(rnd() * 300), cost };
  });
  const ban = {
    id: 'ban',
    perturbations: [{ type: 'export-control', country: small.nodes[0]!.country! } as Perturbation],
  };
  const fix = kit.measure(
    'suggest, 200 candidates, target 45%',
    () => suggest(small, { candidates, scenario: ban, target: 0.45 }),
    {
      minRuns: 1,
      maxRuns: 3,
      budgetMs: 30_000,
    },
  );
  kit.record({ suite: 'suggest', size: '300 nodes', baseline: null, subject: fix });
};
