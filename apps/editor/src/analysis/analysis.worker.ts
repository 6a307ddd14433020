/**
 * The analysis worker: core's `analyze` off the main thread, so the page never blocks on it.
 * Started by the editor as a module worker (`new Worker(new URL(…), { type: 'module' })`).
 */
import { analyze } from '@chokepoint/core';
import { runAnalysis } from './analysis-service.ts';
import type { AnalysisRequest, AnalysisResponse, Analyze } from './protocol.ts';

// The editor's tsconfig has DOM types, not WebWorker ones: name the two members used.
const scope = self as unknown as {
  onmessage: ((event: MessageEvent<AnalysisRequest>) => void) | null;
  postMessage(message: AnalysisResponse): void;
};

// The editor shows no N-k worst case, so it skips that search: every edit gets its score sooner.
const analyzeForEditor: Analyze = (model, options) => analyze(model, { ...options, worstCase: [] });

scope.onmessage = (event) => {
  scope.postMessage(runAnalysis(event.data, analyzeForEditor));
};
