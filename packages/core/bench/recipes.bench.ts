/**
 * Recipe LP benchmarks (issue 11)
 * ===============================
 *
 * - The whole `analyze` of the default model, which carries magnet recipes (so it is an LP): target
 *   < 50 ms median. Baseline: the same model with its recipes stripped (the combinatorial max-flow).
 * - N-1 with recipes on a 1,000-node chain (a generated layered chain whose component makers need
 *   every commodity that reaches them, and whose refiners have a yield): target < 1 s. Baseline, in
 *   the same run: one LP per node rebuilt from scratch, for the same nodes (those with output).
 * Absolute times depend on the machine and its load: compare ratios across machines.
 */
import type { BenchKit } from '../../../scripts/bench-kit.ts';
import { analyze } from '../src/analysis/analyze.ts';
import { indexModel } from '../src/analysis/indexed-graph.ts';
import { recipeContingency, recipeSupply } from '../src/analysis/recipes/recipe-flow.ts';
import { buildRecipeLp } from '../src/analysis/recipes/recipe-lp.ts';
import { loadSolver } from '../src/analysis/recipes/solver.ts';
import { generateRecipeChain } from '../src/generate/recipe-chain.ts';
import type { Model } from '../src/model/schema.ts';
import { DEFAULT_MODEL_ID, loadModel } from '../src/models/index.ts';

/** The bench chain: a layered chain with recipes on component makers and yields on refiners. */
export const recipeChain = generateRecipeChain;

function stripRecipes(model: Model): Model {
  return {
    ...model,
    nodes: model.nodes.map(({ recipe: _r, alternatives: _a, yield: _y, ...node }) => node),
  };
}

export default async (kit: BenchKit) => {
  const highs = await loadSolver();

  const model = loadModel(DEFAULT_MODEL_ID);
  const plain = stripRecipes(model);
  const runs = { minRuns: 9, maxRuns: 101, budgetMs: 3000 };
  for (let i = 0; i < 5; i++) analyze(model);
  const flow = kit.measure('analyze, recipes stripped (max-flow)', () => analyze(plain), runs);
  const lp = kit.measure('analyze with recipes (LP)', () => analyze(model), runs);
  kit.record({
    suite: 'recipes: analyze',
    size: DEFAULT_MODEL_ID,
    baseline: flow,
    subject: lp,
    target: '< 50 ms',
    met: lp.medianMs < 50,
  });

  const chain = recipeChain(1000, 1);
  const g = indexModel(chain);
  const base = buildRecipeLp(highs, chain, g, 'bench');
  const supply = recipeSupply(base);
  base.dispose();
  const carriers: number[] = [];
  for (let v = 0; v < g.n; v++) if (supply.nodeThroughput[v]! > 0) carriers.push(v);
  const reuse = kit.measure(
    'N-1 on one LP, bound changed per node',
    () => {
      const one = buildRecipeLp(highs, chain, g, 'bench');
      try {
        const s = recipeSupply(one);
        one.keepBaseline();
        return recipeContingency(one, s.delivered, s.nodeThroughput);
      } finally {
        one.dispose();
      }
    },
    { minRuns: 3, maxRuns: 9, budgetMs: 5000 },
  );
  const rebuilt = kit.measure(
    'N-1, one LP per node rebuilt from scratch',
    () => {
      for (const v of carriers) {
        const fresh = buildRecipeLp(highs, chain, g, 'bench');
        try {
          fresh.setNodeRemoved(v, true);
          fresh.solve();
        } finally {
          fresh.dispose();
        }
      }
    },
    { minRuns: 1, maxRuns: 3, budgetMs: 20000 },
  );
  kit.record({
    suite: 'recipes: N-1',
    size: `1,000 nodes (${carriers.length} with output)`,
    baseline: rebuilt,
    subject: reuse,
    target: '< 1000 ms',
    met: reuse.medianMs < 1000,
  });
};
