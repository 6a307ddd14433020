/**
 * The analysis worker: core's `analyze` off the main thread, so the page never blocks on it.
 * Started by the editor as a module worker (`new Worker(new URL(…), { type: 'module' })`).
 *
 * Models with recipes are solved as an LP by HiGHS (WebAssembly), loaded once per worker before the
 * first analysis. Vite serves the `.wasm` as an asset; `locateFile` tells the loader its URL, since a
 * bundled loader cannot find it beside itself.
 */
import { analyze, hasTimeData, loadSolver, timeline } from '@chokepoint/core';
import wasmUrl from 'highs/runtime?url';
import { runAnalysis } from './analysis-service.ts';
import type { AnalysisMessage, AnalysisRequest, Analyze, TimelineOf } from './protocol.ts';

// The editor's tsconfig has DOM types, not WebWorker ones: name the two members used.
const scope = self as unknown as {
  onmessage: ((event: MessageEvent<AnalysisRequest>) => void) | null;
  postMessage(message: AnalysisMessage): void;
};

// The editor shows no N-k worst case, so it skips that search: every edit gets its score sooner.
const analyzeForEditor: Analyze = (model, options) => analyze(model, { ...options, worstCase: [] });

// The time panel: the scenario day by day over its durationDays (default 365), when there is stock or
// a recovery time to follow.
const timelineForEditor: TimelineOf = (model, scenario) =>
  hasTimeData(model, scenario) ? timeline(model, scenario) : null;

// A failed load is not fatal: plain models still analyse, and a model with recipes then gets the
// "call loadSolver()" message as an issue in the panel.
const solverReady = loadSolver({ locateFile: () => wasmUrl }).catch(() => undefined);

scope.onmessage = (event) => {
  void solverReady.then(() =>
    scope.postMessage(
      runAnalysis(event.data, analyzeForEditor, undefined, timelineForEditor, (ahead) =>
        scope.postMessage(ahead),
      ),
    ),
  );
};
