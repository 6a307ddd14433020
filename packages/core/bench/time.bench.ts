/**
 * Time benchmarks (issue 14, docs/time.md)
 * ========================================
 *
 * - TTS and performance impact for every node of the default model (with recoveryDays of 30 on every
 *   non-consumer and 30 days of capacity in stock at the magnet makers, when the model has none of its
 *   own): target < 100 ms. Baseline: the recipe N-1 table of the same model (one LP, a bound per node).
 * - A 365-day timeline of the default model under the April 2025 controls: target < 50 ms. Baseline:
 *   `analyze` of the same model and scenario without the worst-case search (the yearly figures).
 * - The TTS table of a 1,000-node chain with recipes, stocks and recovery times: target < 2 s.
 *   Baseline: its recipe N-1 table.
 * Absolute times depend on the machine and its load: compare ratios across machines.
 */
import type { BenchKit } from '../../../scripts/bench-kit.ts';
import { analyze } from '../src/analysis/analyze.ts';
import { indexModel } from '../src/analysis/indexed-graph.ts';
import { recipeContingency, recipeSupply } from '../src/analysis/recipes/recipe-flow.ts';
import { buildRecipeLp } from '../src/analysis/recipes/recipe-lp.ts';
import { loadSolver } from '../src/analysis/recipes/solver.ts';
import { timeFigures } from '../src/analysis/time/survive.ts';
import { timeline } from '../src/analysis/time/timeline.ts';
import type { Model } from '../src/model/schema.ts';
import { DEFAULT_MODEL_ID, loadModel } from '../src/models/index.ts';
import { recipeChain } from './recipes.bench.ts';

/** The model with recoveryDays on every non-consumer and, where it has no stock, some stock. */
function withTime(model: Model, stockStage: (stage: string, i: number) => boolean): Model {
  const hasStock = model.nodes.some((n) => n.stock !== undefined);
  return {
    ...model,
    nodes: model.nodes.map((n, i) => ({
      ...n,
      ...(n.demand === undefined ? { recoveryDays: n.recoveryDays ?? 30 } : {}),
      ...(!hasStock && stockStage(n.stage, i) && n.capacity !== undefined
        ? { stock: (n.capacity * 30) / 365 }
        : {}),
    })),
  };
}

function n1Table(highs: Awaited<ReturnType<typeof loadSolver>>, model: Model) {
  const g = indexModel(model);
  const lp = buildRecipeLp(highs, model, g, 'bench');
  try {
    const s = recipeSupply(lp);
    lp.keepBaseline();
    return recipeContingency(lp, s.delivered, s.nodeThroughput);
  } finally {
    lp.dispose();
  }
}

export default async (kit: BenchKit) => {
  const highs = await loadSolver();
  const model = withTime(loadModel(DEFAULT_MODEL_ID), (stage) => /magnet/i.test(stage));
  const g = indexModel(model);
  const runs = { minRuns: 9, maxRuns: 51, budgetMs: 3000 };
  for (let i = 0; i < 3; i++) timeFigures(model, g, null, 'bench');
  const n1 = kit.measure('recipe N-1 table', () => n1Table(highs, model), runs);
  const tts = kit.measure('TTS and PI for every node', () => timeFigures(model, g, null, 'bench'), runs);
  kit.record({
    suite: 'time: TTS/PI',
    size: `${DEFAULT_MODEL_ID} (${model.nodes.length} nodes)`,
    baseline: n1,
    subject: tts,
    target: '< 100 ms',
    met: tts.medianMs < 100,
  });

  const scenario = 'cn-2025-04-heavy-re-magnets';
  for (let i = 0; i < 3; i++) timeline(model, scenario, { days: 365 });
  const yearly = kit.measure(
    'analyze under the scenario (no N-k)',
    () => analyze(model, { scenario, worstCase: [] }),
    runs,
  );
  const series = kit.measure('365-day timeline', () => timeline(model, scenario, { days: 365 }), runs);
  kit.record({
    suite: 'time: timeline',
    size: `${DEFAULT_MODEL_ID}, ${scenario}`,
    baseline: yearly,
    subject: series,
    target: '< 50 ms',
    met: series.medianMs < 50,
  });

  const chain = withTime(recipeChain(1000, 1), (_, i) => i % 7 === 0);
  const cg = indexModel(chain);
  const slow = { minRuns: 1, maxRuns: 3, budgetMs: 8000 };
  const chainN1 = kit.measure('recipe N-1 table', () => n1Table(highs, chain), slow);
  // As analyze runs it: with the yearly N-1 figures it has already computed (they bound the buffer
  // term's search), so this measures what the time figures add.
  const table = n1Table(highs, chain);
  const chainYearly = { delivered: table.delivered, lost: table.lost };
  const chainTts = kit.measure(
    'TTS and PI table',
    () => timeFigures(chain, cg, null, 'bench', { yearly: chainYearly }),
    slow,
  );
  kit.record({
    suite: 'time: TTS table',
    size: '1,000-node chain',
    baseline: chainN1,
    subject: chainTts,
    target: '< 2000 ms',
    met: chainTts.medianMs < 2000,
  });
};
