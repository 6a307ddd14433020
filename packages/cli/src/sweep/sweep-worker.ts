/**
 * The sweep worker: receives the model and the plan once, then ranges of run numbers, and answers
 * each range with its rows (core's `runSweep`, so rows are the same as in one thread) and progress.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { loadSolver, type Model, runSweep, type SweepPlan } from '@chokepoint/core';

const { model, plan } = workerData as { model: Model; plan: SweepPlan; entry: string };
const port = parentPort!;
// Each worker has its own WebAssembly instance: load the LP solver before saying 'ready'.
await loadSolver();

port.on('message', (msg: { from: number; to: number } | 'stop') => {
  if (msg === 'stop') {
    port.close();
    return;
  }
  let reported = 0;
  const rows = runSweep(model, plan, {
    from: msg.from,
    to: msg.to,
    onProgress: (done) => {
      if (done - reported >= 16) {
        port.postMessage({ progress: done - reported });
        reported = done;
      }
    },
  });
  port.postMessage({ progress: rows.length - reported, rows });
});
port.postMessage('ready');
