/**
 * Sweeps across worker threads
 * ============================
 *
 * The runs are cut into chunks handed out to whichever worker is free, so a slow chunk does not hold
 * the others back; each worker gets the model and plan once. Rows come back by run number, so the
 * result is the same as in one thread.
 *
 * On by default, one worker per core (`--workers n` to choose, 1 for none). Each worker loads the
 * TypeScript sources through tsx, warms its JIT from cold (~0.5 s) and loads its own LP solver, so
 * threads only pay when runs are dear: before the default model had magnet recipes one thread ran
 * 1,024 runs in under a second and 2 workers were slower. With recipes every run solves ~45 LPs, and
 * on this 2-core machine, quiet, 2 workers run the 1,024-run example in 8.8 s against 14.9 s in one
 * thread, and 4,096 runs in 31.6 s against 57.2 s (packages/cli/bench/sweep.bench.ts).
 */
import { Worker } from 'node:worker_threads';
import type { Model, SweepPlan, SweepRun } from '@chokepoint/core';

const CHUNK = 128;

export async function runInWorkers(
  model: Model,
  plan: SweepPlan,
  total: number,
  workers: number,
  onProgress: (done: number) => void,
): Promise<SweepRun[]> {
  const rows: SweepRun[] = new Array(total);
  let next = 0;
  let done = 0;
  const entry = new URL('./sweep-worker.ts', import.meta.url).href;
  const boot = new URL('./worker-boot.mjs', import.meta.url);
  const one = () =>
    new Promise<void>((resolve, reject) => {
      const worker = new Worker(boot, { workerData: { model, plan, entry } });
      const give = () => {
        if (next >= total) {
          worker.postMessage('stop');
          return;
        }
        const from = next;
        next = Math.min(total, next + CHUNK);
        worker.postMessage({ from, to: next });
      };
      worker.on('message', (msg: 'ready' | { progress: number; rows?: SweepRun[] }) => {
        if (msg === 'ready') return give();
        done += msg.progress;
        onProgress(done);
        if (msg.rows) {
          for (const r of msg.rows) rows[r.run] = r;
          give();
        }
      });
      worker.on('error', reject);
      worker.on('exit', (code) =>
        code === 0 ? resolve() : reject(new Error(`sweep worker exited with ${code}`)),
      );
    });
  await Promise.all(Array.from({ length: Math.min(workers, Math.ceil(total / CHUNK)) }, one));
  return rows;
}
