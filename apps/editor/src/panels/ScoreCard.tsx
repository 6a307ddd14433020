/**
 * The resilience score, its change since the baseline, and its breakdown
 * ======================================================================
 *
 * The number a workshop watches. `resilience-score` holds the number only, for tests and for people
 * copying it. Each component is a bar of the served fraction it measures with its points, and the
 * core's one-sentence reason beneath. It reads each slot's `assessment`, which the worker sends ahead
 * of the report, so the number moves before the other panels.
 */
import { type Assessment, explainScoreChange, type ResilienceComponent } from '@chokepoint/core';
import { useAnalysis } from '../app/services.tsx';
import { pct, score, signed } from './format.ts';

export function ScoreCard() {
  const current = useAnalysis((a) => a.current);
  // Only the baseline of the model on screen: just after opening another one, the slot still holds
  // the previous model's, and "+7 since baseline" across two models would be nonsense.
  const baseline = useAnalysis((a) => (a.baseline?.fresh ? a.baseline.assessment : null));
  const reference = useAnalysis((a) => a.reference?.assessment ?? null);
  const scenario = useAnalysis((a) => a.scenario);
  const report = current?.assessment ?? null;
  const stale = (current?.issues.length ?? 0) > 0;

  return (
    <section className="card score-card" aria-labelledby="score-title">
      <h2 id="score-title">Resilience</h2>
      {report === null ? (
        <p className="muted">{stale ? 'Fix the problems below to get a score.' : 'Analysing…'}</p>
      ) : (
        <>
          <div className={stale ? 'score-line stale' : 'score-line'}>
            <span className="score" data-testid="resilience-score">
              {score(report.resilience.score)}
            </span>
            <span className="score-of">/ 100</span>
            {baseline ? (
              <Delta value={report.resilience.score - baseline.resilience.score} what="since baseline" />
            ) : null}
          </div>
          {scenario && reference ? (
            <div className="scenario-effect">
              <span className="muted small">Scenario</span>
              <strong>{scenario.label ?? scenario.id}</strong>
              <Delta value={report.resilience.score - reference.resilience.score} what="vs no scenario" />
            </div>
          ) : null}
          <Why before={scenario && reference ? reference : baseline} after={report} />
          <ul className="breakdown">
            {report.resilience.components.map((c) => (
              <Component key={c.id} component={c} />
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

/** The core's own account of the move, biggest contribution first (its first line repeats the delta). */
function Why(props: { before: Assessment | null; after: Assessment }) {
  if (!props.before || Math.abs(props.after.resilience.score - props.before.resilience.score) < 0.05)
    return null;
  const lines = explainScoreChange(props.before.resilience, props.after.resilience).slice(1, 3);
  if (lines.length === 0) return null;
  return (
    <ul className="why" data-testid="score-why">
      {lines.map((line) => (
        <li key={line}>{line}</li>
      ))}
    </ul>
  );
}

function Delta(props: { value: number; what: string }) {
  const rounded = Math.round(props.value * 10) / 10;
  const tone = rounded > 0 ? 'up' : rounded < 0 ? 'down' : 'flat';
  return (
    <span className={`delta ${tone}`} data-testid="score-delta">
      {signed(rounded)} {props.what}
    </span>
  );
}

function Component({ component: c }: { component: ResilienceComponent }) {
  const max = c.weight * 100;
  return (
    <li className="component">
      <div className="component-head">
        <span>{c.label}</span>
        <span className="component-points">
          {c.points.toFixed(1)} <span className="muted">/ {max.toFixed(0)}</span>
        </span>
      </div>
      <div className="bar" aria-hidden="true">
        <div
          className="bar-fill"
          style={{ width: pct(c.value, 1) }}
          data-level={c.value < 0.5 ? 'low' : c.value < 0.8 ? 'mid' : 'high'}
        />
      </div>
      <p className="component-detail">{c.detail}</p>
    </li>
  );
}
