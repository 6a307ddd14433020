/**
 * Analysis results, derived from the document
 * ===========================================
 *
 * Watches the editor store; whenever the model, the baseline or the scenario changes, asks the worker
 * (latest wins) and keeps what comes back. Analysis lives beside the document, never in it: the
 * document stays user data, as graphology keeps metrics apart from the graph.
 *
 * When an answer carries problems instead of a report, the last good report stays (dimmed by the
 * panels) next to the problems, so the screen never goes blank mid-edit.
 */
import type { Model, ModelIssue, Report, Scenario, Timeline } from '@chokepoint/core';
import { composeScenario } from '../scenarios/compose.ts';
import type { Editor } from '../state/editor.ts';
import { createStore, type Store } from '../state/store.ts';
import { AnalysisClient, type WorkerPort } from './analysis-client.ts';
import type { AnalysisResponse, Slot } from './protocol.ts';

export interface SlotResult {
  /** The newest report that came back for this slot (kept when later answers carry issues). */
  report: Report | null;
  /** Problems with the newest request, empty when it was analysed. */
  issues: readonly ModelIssue[];
  /** The scenario's timeline (current slot of a model with stock or recoveryDays), else null. */
  timeline?: Timeline | null;
  /** Worker time for the newest answer. */
  ms: number;
  /**
   * The answer is to the newest request for this slot. False while a newer one is out: right after
   * opening another model, the baseline slot still holds the previous model's report, which must not
   * be compared with the new one.
   */
  fresh: boolean;
}

export interface AnalysisState {
  current: SlotResult | null;
  /** The current model without scenario; null when no scenario is on (then `current` is it). */
  reference: SlotResult | null;
  baseline: SlotResult | null;
  /** The scenario `current` was asked under. */
  scenario: Scenario | null;
  /** Some answer is still to come. */
  pending: boolean;
}

export const emptyAnalysis: AnalysisState = {
  current: null,
  reference: null,
  baseline: null,
  scenario: null,
  pending: false,
};

export interface AnalysisConnection {
  store: Store<AnalysisState>;
  dispose(): void;
}

export function connectAnalysis(editor: Editor, port: WorkerPort): AnalysisConnection {
  const store = createStore<AnalysisState>(emptyAnalysis);
  const receive = (response: AnalysisResponse, stale: boolean) => {
    store.setState((s) => {
      const previous = s[response.slot];
      const fresh = !stale;
      const result: SlotResult = response.ok
        ? { report: response.report, issues: [], ms: response.ms, fresh, timeline: response.timeline ?? null }
        : {
            report: previous?.report ?? null,
            issues: response.issues,
            ms: response.ms,
            fresh,
            timeline: previous?.timeline ?? null,
          };
      return { ...s, [response.slot]: result, pending: client.busy };
    });
  };
  const client = new AnalysisClient(port, receive);

  let model: Model | null = null;
  let baseline: Model | null = null;
  let scenarioKey = '';
  const sync = () => {
    const { doc, session } = editor.store.getState();
    const scenario = composeScenario(doc.model, session.activeScenarios, session.adhoc);
    const key = scenario ? JSON.stringify(scenario) : '';
    const asks: Slot[] = [];
    if (doc.model !== model || key !== scenarioKey) {
      client.request('current', doc.model, scenario);
      asks.push('current');
      if (scenario) {
        // The reference only changes with the model, not with the scenario.
        if (doc.model !== model || scenarioKey === '') client.request('reference', doc.model, null);
      }
    }
    const baselineChanged = doc.baseline !== baseline;
    if (baselineChanged) client.request('baseline', doc.baseline, null);
    const scenarioChanged = key !== scenarioKey;
    model = doc.model;
    baseline = doc.baseline;
    scenarioKey = key;
    if (asks.length > 0 || scenarioChanged || baselineChanged) {
      store.setState((s) => ({
        ...s,
        scenario,
        reference: scenario ? s.reference : null,
        baseline: baselineChanged && s.baseline ? { ...s.baseline, fresh: false } : s.baseline,
        pending: true,
      }));
    }
  };
  sync();
  const unsubscribe = editor.store.subscribe(sync);
  return {
    store,
    dispose() {
      unsubscribe();
      client.dispose();
    },
  };
}
