/**
 * What the decisions worker does with a request, apart from the worker itself (tested in Node).
 * Core's refusals (no country risk, no candidates, a model that does not validate) come back as a
 * sentence; anything else is a bug and is rethrown.
 */
import {
  adversaryCut,
  ModelError,
  politicalRisk,
  RecipeLpError,
  RiskInputError,
  rankLevers,
  SolverNotLoadedError,
  suggest,
  validateModel,
} from '@chokepoint/core';
import type { DecisionsRequest, DecisionsResponse } from './decisions-protocol.ts';

export function runDecision(
  request: DecisionsRequest,
  post: (response: DecisionsResponse) => void,
  now: () => number = () => performance.now(),
): void {
  const start = now();
  const { seq } = request;
  const checked = validateModel(request.model);
  if (!checked.ok) {
    post({
      seq,
      type: 'failed',
      message: `the model cannot be analysed as it stands: ${checked.issues[0]!.message}`,
    });
    return;
  }
  const model = checked.model;
  try {
    if (request.kind === 'risk') {
      const report = politicalRisk(model, {
        ...request.options,
        scenario: request.scenario,
        onProgress: (done, total) => post({ seq, type: 'progress', done, total }),
      });
      post({ seq, type: 'done', result: { kind: 'risk', report }, ms: now() - start });
    } else if (request.kind === 'suggest') {
      const suggestion = suggest(model, { ...request.options, scenario: request.scenario });
      post({ seq, type: 'done', result: { kind: 'suggest', suggestion }, ms: now() - start });
    } else if (request.kind === 'levers') {
      const ranking = rankLevers(model, request.levers, { ...request.options, shock: request.scenario });
      post({ seq, type: 'done', result: { kind: 'levers', ranking }, ms: now() - start });
    } else {
      const cut = adversaryCut(model, { ...request.options, scenario: request.scenario });
      post({ seq, type: 'done', result: { kind: 'adversary', cut }, ms: now() - start });
    }
  } catch (err) {
    if (
      err instanceof RiskInputError ||
      err instanceof ModelError ||
      err instanceof RecipeLpError ||
      err instanceof SolverNotLoadedError
    ) {
      post({ seq, type: 'failed', message: err.message });
      return;
    }
    throw err;
  }
}
