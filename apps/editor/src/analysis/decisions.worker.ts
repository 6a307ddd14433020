/**
 * The decisions worker: political risk, the cheapest fix and the adversary cut off the main thread.
 * All three run on HiGHS (its MILPs even for plain models), loaded once here as in analysis.worker.ts.
 */
import { loadSolver } from '@chokepoint/core';
import wasmUrl from 'highs/runtime?url';
import type { DecisionsRequest, DecisionsResponse } from './decisions-protocol.ts';
import { runDecision } from './decisions-service.ts';

const scope = self as unknown as {
  onmessage: ((event: MessageEvent<DecisionsRequest>) => void) | null;
  postMessage(message: DecisionsResponse): void;
};

const solverReady = loadSolver({ locateFile: () => wasmUrl }).catch(() => undefined);

scope.onmessage = (event) => {
  void solverReady.then(() => runDecision(event.data, (r) => scope.postMessage(r)));
};
