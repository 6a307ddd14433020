/**
 * Messages between the editor and its analysis worker
 * ===================================================
 *
 * Three slots are analysed: `current` (the model under the scenario being looked at), `reference`
 * (the same model with no scenario, to show what the scenario costs) and `baseline` (the model as
 * opened, for "+17 since baseline"). Each request carries a sequence number so the editor can tell a
 * stale answer from the latest. The score of a request may come ahead of its report (`ScoreAhead`).
 */
import type { Assessment, Model, ModelIssue, Report, Scenario, Timeline } from '@chokepoint/core';

export type Slot = 'current' | 'reference' | 'baseline';

export interface AnalysisRequest {
  seq: number;
  slot: Slot;
  model: Model;
  scenario: Scenario | null;
  /** Send the supply and score as soon as they are known, ahead of the report (a `ScoreAhead`). */
  scoreAhead?: boolean;
}

/**
 * The supply and score of a request, sent while the rest of its report is still being computed
 * (core's `onAssessment`): the score card paints them first. The request's `AnalysisResponse` follows.
 */
export interface ScoreAhead {
  seq: number;
  slot: Slot;
  ahead: true;
  assessment: Assessment;
  ms: number;
}

/** What the worker posts: at most one `ScoreAhead` per request, then its one `AnalysisResponse`. */
export type AnalysisMessage = AnalysisResponse | ScoreAhead;

export type AnalysisResponse =
  | {
      seq: number;
      slot: Slot;
      ok: true;
      report: Report;
      ms: number;
      /** The current slot of a model with stock or recoveryDays: the scenario's timeline (docs/time.md). */
      timeline?: Timeline | null;
    }
  /** The model cannot be analysed as it stands (mid-edit): what to fix, each naming its place. */
  | { seq: number; slot: Slot; ok: false; issues: ModelIssue[]; ms: number };

/** `analyze(model, { scenario, onAssessment })` from the core, injected so the service can be tested alone. */
export type Analyze = (
  model: Model,
  options: { scenario?: Scenario; onAssessment?: (assessment: Assessment) => void },
) => Report;

/** `timeline(model, scenario)` from the core, for the current slot; null when the model has no time data. */
export type TimelineOf = (model: Model, scenario: Scenario | null) => Timeline | null;
