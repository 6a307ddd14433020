/**
 * Asking the decisions worker
 * ===========================
 *
 * One worker, started the first time a panel asks. `run` resolves with the result or a sentence,
 * calling `onProgress` meanwhile. Requests queue in the worker in the order asked; a panel that asks
 * again keeps only the answer to its latest request.
 */
import type { DecisionsRequest, DecisionsResponse, DecisionsResult } from './decisions-protocol.ts';

export type DecisionOutcome =
  | { ok: true; result: DecisionsResult; ms: number }
  | { ok: false; message: string };

type Ask = DecisionsRequest extends infer R ? (R extends { seq: number } ? Omit<R, 'seq'> : never) : never;

interface Port {
  postMessage(message: DecisionsRequest): void;
  onmessage: ((event: MessageEvent<DecisionsResponse>) => void) | null;
}

export interface Decisions {
  run(ask: Ask, onProgress?: (done: number, total: number) => void): Promise<DecisionOutcome>;
}

export function createDecisions(start: () => Port): Decisions {
  let port: Port | null = null;
  let seq = 0;
  const waiting = new Map<
    number,
    { resolve: (o: DecisionOutcome) => void; progress?: (done: number, total: number) => void }
  >();
  return {
    run(ask, onProgress) {
      if (!port) {
        port = start();
        port.onmessage = (event) => {
          const answer = event.data;
          const entry = waiting.get(answer.seq);
          if (!entry) return;
          if (answer.type === 'progress') {
            entry.progress?.(answer.done, answer.total);
            return;
          }
          waiting.delete(answer.seq);
          entry.resolve(
            answer.type === 'done'
              ? { ok: true, result: answer.result, ms: answer.ms }
              : { ok: false, message: answer.message },
          );
        };
      }
      const id = ++seq;
      const p = port;
      return new Promise((resolve) => {
        waiting.set(id, { resolve, ...(onProgress ? { progress: onProgress } : {}) });
        p.postMessage({ ...ask, seq: id } as DecisionsRequest);
      });
    },
  };
}

/** The browser's. */
export const decisions: Decisions = createDecisions(
  () =>
    new Worker(new URL('./decisions.worker.ts', import.meta.url), {
      type: 'module',
    }) as unknown as Port,
);
