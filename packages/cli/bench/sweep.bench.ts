/**
 * Sweep benchmarks
 * ================
 *
 * examples/sweep.json on the default model: 9 factors, 1,024 runs. Issue 6's target: 1,000 runs in
 * under 10 s. Rows:
 * - one thread (`runSweep`, which scores each run with `assess`) against the naive way, a full
 *   `analyze` per run (worst-case search off, as a sweep does not read it);
 * - worker threads (2, the machine's cores) against one thread, at 1,024 runs and at 4,096 runs
 *   (the same factors plus two more), to see whether threads pay for their start-up (each loads the
 *   TypeScript sources through tsx and warms up from cold). They did not on the 2-core machine this
 *   was written on, so `--workers` is opt-in (see parallel.ts).
 */
import { readFileSync } from 'node:fs';
import {
  analyze,
  countRuns,
  DEFAULT_MODEL_ID,
  enumerateRuns,
  loadModel,
  readSweepFile,
  runScenario,
  runSweep,
  type SweepPlan,
} from '@chokepoint/core';
import type { BenchKit } from '../../../scripts/bench-kit.ts';
import { runInWorkers } from '../src/sweep/parallel.ts';

export default async (kit: BenchKit) => {
  const model = loadModel(DEFAULT_MODEL_ID);
  const file = JSON.parse(readFileSync(new URL('../../../examples/sweep.json', import.meta.url), 'utf8'));
  const read = readSweepFile(file, model);
  if (!read.ok) throw new Error('examples/sweep.json does not fit the default model');
  const plan = read.plan;
  const runs = countRuns(plan);
  const size = `${runs.toLocaleString('en')} runs`;
  const once = { minRuns: 3, maxRuns: 5, budgetMs: 8000 };

  const naive = kit.measure(
    'analyze per run',
    () => {
      for (const choices of enumerateRuns(plan))
        analyze(model, { scenario: runScenario(plan, choices), worstCase: [] });
    },
    { minRuns: 1, maxRuns: 3, budgetMs: 8000 },
  );
  const single = kit.measure('sweep, one thread (assess per run)', () => runSweep(model, plan), once);
  kit.record({
    suite: 'sweep',
    size,
    baseline: naive,
    subject: single,
    target: '< 10000 ms',
    met: single.medianMs < 10000,
  });
  await threads(kit, model, plan, size, single);

  const bigger: SweepPlan = {
    ...plan,
    factors: [
      ...plan.factors,
      {
        id: 'us-mine-x2',
        label: 'us-mine ×2',
        levels: [lvl({ type: 'capacity', node: 'us-mine', factor: 2 })],
      },
      { id: 'in-sep-x4', label: 'in-sep ×4', levels: [lvl({ type: 'capacity', node: 'in-sep', factor: 4 })] },
    ],
  };
  const bigSize = `${countRuns(bigger).toLocaleString('en')} runs`;
  const bigSingle = kit.measure('sweep, one thread', () => runSweep(model, bigger), {
    minRuns: 1,
    maxRuns: 3,
  });
  await threads(kit, model, bigger, bigSize, bigSingle);
};

function lvl(p: { type: 'capacity'; node: string; factor: number }) {
  return { id: `${p.node}x${p.factor}`, label: `${p.node} ×${p.factor}`, perturbations: [p] };
}

async function threads(
  kit: BenchKit,
  model: ReturnType<typeof loadModel>,
  plan: SweepPlan,
  size: string,
  single: ReturnType<BenchKit['measure']>,
) {
  const total = countRuns(plan);
  // kit.measure is synchronous; time the worker runs by hand (median of three).
  const times: number[] = [];
  for (let i = 0; i < 3; i++) {
    const t0 = performance.now();
    await runInWorkers(model, plan, total, 2, () => {});
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  kit.record({
    suite: 'sweep',
    size,
    baseline: single,
    subject: { label: 'sweep, 2 worker threads', medianMs: times[1]!, runs: 3, heapMb: 0 },
  });
}
