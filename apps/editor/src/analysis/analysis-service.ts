/**
 * The analysis worker's work, without the worker
 * ==============================================
 *
 * Checks the model (an edit can leave it briefly invalid: a sink given an outgoing edge, an outage
 * naming a deleted node) and analyses it. Problems come back as issues naming their place, never as
 * an exception, so the panels can say what to fix while the last good figures stay on screen.
 */
import { validateModel } from '@chokepoint/core';
import type { AnalysisRequest, AnalysisResponse, Analyze, ScoreAhead, TimelineOf } from './protocol.ts';

/**
 * Analyses one request. When it asks for `scoreAhead` and `sendAhead` is given, the supply and score
 * go to `sendAhead` the moment the core has them, before the report is finished.
 */
export function runAnalysis(
  request: AnalysisRequest,
  analyze: Analyze,
  now = () => performance.now(),
  timelineOf?: TimelineOf,
  sendAhead?: (message: ScoreAhead) => void,
): AnalysisResponse {
  const t0 = now();
  const { seq, slot } = request;
  const checked = validateModel(request.model);
  if (!checked.ok) return { seq, slot, ok: false, issues: checked.issues, ms: now() - t0 };
  try {
    const report = analyze(checked.model, {
      ...(request.scenario ? { scenario: request.scenario } : {}),
      ...(request.scoreAhead && sendAhead
        ? { onAssessment: (assessment) => sendAhead({ seq, slot, ahead: true, assessment, ms: now() - t0 }) }
        : {}),
    });
    // The time panel's series: computed here, in the worker, for the view being looked at only.
    const timeline =
      slot === 'current' && timelineOf ? timelineOf(checked.model, request.scenario) : undefined;
    return { seq, slot, ok: true, report, ms: now() - t0, ...(timeline === undefined ? {} : { timeline }) };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const where = request.scenario ? ['scenarios'] : [];
    return { seq, slot, ok: false, issues: [{ path: where, message }], ms: now() - t0 };
  }
}
