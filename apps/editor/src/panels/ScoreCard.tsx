/**
 * The resilience score, its change since the baseline, and its breakdown
 * ======================================================================
 *
 * The number a workshop watches. `resilience-score` holds the number only, for tests and for people
 * copying it. Each component is a bar of the served fraction it measures with its points, and the
 * core's one-sentence reason beneath.
 */
import type { ResilienceComponent } from '@chokepoint/core';
import { useAnalysis } from '../app/services.tsx';
import { pct, score, signed } from './format.ts';

export function ScoreCard() {
  const current = useAnalysis((a) => a.current);
  const baseline = useAnalysis((a) => a.baseline?.report ?? null);
  const reference = useAnalysis((a) => a.reference?.report ?? null);
  const scenario = useAnalysis((a) => a.scenario);
  const report = current?.report ?? null;
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
            <p className="scenario-effect">
              Under <strong>{scenario.label ?? scenario.id}</strong>:{' '}
              <Delta value={report.resilience.score - reference.resilience.score} what="vs no scenario" />
            </p>
          ) : null}
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
