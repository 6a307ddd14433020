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
 *
 * The score comes first: the worker sends each request's supply and score the moment the core has them
 * (`ScoreAhead`), the score card paints them, and the report that follows a few milliseconds later is
 * put in the store only after that frame, so handling it (every panel, the canvas's colours) never holds
 * back the number people are watching.
 */
import type { Assessment, Model, ModelIssue, Report, Scenario, Timeline } from '@chokepoint/core';
import { composeScenario } from '../scenarios/compose.ts';
import type { Editor } from '../state/editor.ts';
import { createStore, type Store } from '../state/store.ts';
import { AnalysisClient, type WorkerPort } from './analysis-client.ts';
import type { AnalysisResponse, ScoreAhead, Slot } from './protocol.ts';

export interface SlotResult {
  /** The newest report that came back for this slot (kept when later answers carry issues). */
  report: Report | null;
  /**
   * The newest supply and score for this slot: sent ahead of the report, then the report's own. Newer
   * than `report` between the two; the score card reads this.
   */
  assessment: Assessment | null;
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

export interface AnalysisOptions {
  /** Runs `task` once the next frame is painted (tests pass their own). */
  afterPaint?: (task: () => void) => void;
}

/** Runs `task` after the next frame is painted (at once where there are no frames). */
export const afterNextPaint = (task: () => void) => {
  // A rAF callback runs just before the frame is drawn; a task queued from it runs after.
  if (typeof requestAnimationFrame === 'function') requestAnimationFrame(() => setTimeout(task, 0));
  else setTimeout(task, 0);
};

export function connectAnalysis(
  editor: Editor,
  port: WorkerPort,
  { afterPaint = afterNextPaint }: AnalysisOptions = {},
): AnalysisConnection {
  const store = createStore<AnalysisState>(emptyAnalysis);
  // The request each slot's `assessment` comes from: a report never replaces a newer score sent ahead.
  const assessedSeq = new Map<Slot, number>();
  // Answers that came while a score sent ahead waits for its frame, in the order they came.
  let held: (() => void)[] | null = null;

  const ahead = (message: ScoreAhead) => {
    assessedSeq.set(message.slot, message.seq);
    store.setState((s) => {
      const previous = s[message.slot];
      const result: SlotResult = previous
        ? { ...previous, assessment: message.assessment }
        : {
            report: null,
            assessment: message.assessment,
            issues: [],
            ms: message.ms,
            fresh: true,
            timeline: null,
          };
      return { ...s, [message.slot]: result };
    });
    if (held) return;
    held = [];
    afterPaint(() => {
      const answers = held ?? [];
      held = null;
      for (const apply of answers) apply();
    });
  };

  const apply = (response: AnalysisResponse, stale: boolean) => {
    const newer = response.seq >= (assessedSeq.get(response.slot) ?? 0);
    if (newer) assessedSeq.set(response.slot, response.seq);
    store.setState((s) => {
      const previous = s[response.slot];
      const fresh = !stale;
      const result: SlotResult = response.ok
        ? {
            report: response.report,
            assessment: newer ? assessmentOf(response.report) : (previous?.assessment ?? null),
            issues: [],
            ms: response.ms,
            fresh,
            timeline: response.timeline ?? null,
          }
        : {
            report: previous?.report ?? null,
            assessment: previous?.assessment ?? null,
            issues: response.issues,
            ms: response.ms,
            fresh,
            timeline: previous?.timeline ?? null,
          };
      return { ...s, [response.slot]: result, pending: client.busy };
    });
  };
  const receive = (response: AnalysisResponse, stale: boolean) => {
    if (held) held.push(() => apply(response, stale));
    else apply(response, stale);
  };
  const client = new AnalysisClient(port, receive, ahead);

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
      held = null;
      unsubscribe();
      client.dispose();
    },
  };
}

function assessmentOf(report: Report): Assessment {
  return { scenario: report.scenario, supply: report.supply, resilience: report.resilience };
}
