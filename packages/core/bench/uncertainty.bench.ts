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
 * 1,000-node generated chain (the MILP) are measured without a baseline.
 */
import type { BenchKit } from '../../../scripts/bench-kit.ts';
import { assess } from '../src/analysis/assess.ts';
import { loadSolver } from '../src/analysis/recipes/solver.ts';
import { adversaryCut } from '../src/analysis/uncertainty/adversary-cut.ts';
import { politicalRisk } from '../src/analysis/uncertainty/political-risk.ts';
import { generateLayeredChain } from '../src/generate/layered-chain.ts';
import type { CountryRisk, Model, Perturbation } from '../src/model/schema.ts';
import { DEFAULT_MODEL_ID, loadModel } from '../src/models/index.ts';

const BENCH_RISK: Record<string, number> = {
  CN: 0.1,
  MM: 0.2,
  MY: 0.05,
  US: 0.02,
  AU: 0.02,
  TH: 0.08,
  IN: 0.05,
  VN: 0.06,
  BR: 0.05,
  MG: 0.12,
  RU: 0.15,
  NG: 0.15,
};

export default async (kit: BenchKit) => {
  await loadSolver();
  const base = loadModel(DEFAULT_MODEL_ID);
  const present = new Set(base.nodes.map((n) => n.country));
  const model: Model = {
    ...base,
    countryRisk: Object.entries(BENCH_RISK)
      .filter(([c]) => present.has(c as CountryRisk['country']))
      .map(([country, probability]) => ({
        country: country as CountryRisk['country'],
        probability,
        source: 'bench input',
      })),
  };
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

  const nodes = kit.measure('adversary cut, nodes below 50%', () => adversaryCut(base, { threshold: 0.5 }), {
    minRuns: 3,
    maxRuns: 9,
    budgetMs: 10_000,
  });
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
};
