/**
 * "Levers": for the shock on screen (or one of the model's), every lever preset of the model and the
 * levers switched on in the scenario panel, side by side — score and served fraction under the shock,
 * what each costs, and a bar chart of score points gained per million (core's `rankLevers`, in the
 * decisions worker; docs/levers.md).
 */
import {
  isLeverPerturbation,
  type LeverOption,
  type LeverRanking,
  leverPresets,
  type Model,
  type Perturbation,
  type Scenario,
} from '@chokepoint/core';
import { useRef, useState } from 'react';
import { type Decisions, decisions as defaultDecisions } from '../../analysis/decisions-client.ts';
import { useEditorState } from '../../app/services.tsx';
import { composeScenario } from '../../scenarios/compose.ts';
import { pct, signed } from '../format.ts';
import { LeverChart } from './LeverChart.tsx';
import { ShockField } from './ShockField.tsx';
import { ON_SCREEN, shockFor } from './shock.ts';

const isLever = (p: Perturbation) => isLeverPerturbation(p) && p.type !== 'attrition';

/** The shock without its levers, and the levers on screen as one more option. */
export function splitOnScreen(onScreen: Scenario | null): {
  shock: Scenario | null;
  levers: LeverOption | null;
} {
  if (!onScreen) return { shock: null, levers: null };
  const levers = onScreen.perturbations.filter(isLever);
  const shock = onScreen.perturbations.filter((p) => !isLever(p));
  return {
    shock: shock.length ? { ...onScreen, perturbations: shock } : null,
    levers: levers.length ? { id: 'on-screen', label: 'Levers on screen', perturbations: levers } : null,
  };
}

const money = (x: number) =>
  Math.abs(x) >= 1e6
    ? `${(x / 1e6).toFixed(1)}M`
    : Math.abs(x) >= 1e3
      ? `${(x / 1e3).toFixed(1)}k`
      : x.toFixed(0);

export function LeversView(props: { decisions?: Decisions }) {
  const run = props.decisions ?? defaultDecisions;
  const model = useEditorState((s) => s.doc.model);
  const active = useEditorState((s) => s.session.activeScenarios);
  const adhoc = useEditorState((s) => s.session.adhoc);
  const [shockChoice, setShockChoice] = useState(ON_SCREEN);
  const [years, setYears] = useState('10');
  const [busy, setBusy] = useState(false);
  const [answer, setAnswer] = useState<{ ranking: LeverRanking; model: Model } | { error: string } | null>(
    null,
  );
  const latest = useRef(0);

  const onScreen = composeScenario(model, active, adhoc);
  // The levers switched on in the scenario panel always join; the shock is the chosen one, less levers.
  const mine = splitOnScreen(onScreen);
  const split = shockChoice === ON_SCREEN ? mine : splitOnScreen(shockFor(model, shockChoice, onScreen));
  const levers = [...leverPresets(model), ...(mine.levers ? [mine.levers] : [])];

  const compareLevers = () => {
    const ask = ++latest.current;
    setBusy(true);
    void run
      .run({
        kind: 'levers',
        model,
        scenario: split.shock,
        levers,
        options: { years: Number(years), combine: 1 },
      })
      .then((outcome) => {
        if (latest.current !== ask) return;
        setBusy(false);
        setAnswer(
          outcome.ok && outcome.result.kind === 'levers'
            ? { ranking: outcome.result.ranking, model }
            : { error: outcome.ok ? 'unexpected answer' : outcome.message },
        );
      });
  };

  const ranking = answer && 'ranking' in answer ? answer.ranking : null;
  const badYears = !(Number(years) > 0);
  return (
    <div className="decisions-view" data-testid="levers-view">
      <div className="decisions-options">
        <ShockField model={model} value={shockChoice} onChange={setShockChoice} testId="levers-shock" />
        <label className="field">
          <span>Years of cost</span>
          <input value={years} onChange={(e) => setYears(e.target.value)} />
        </label>
      </div>
      <p className="small muted">
        {levers.length === 0
          ? 'No levers yet: add one in the scenario panel (offtake, price floor, recycling, …) or give the model a scenario made only of levers.'
          : `${levers.length} lever${levers.length > 1 ? 's' : ''}: ${levers.map((l) => l.label).join('; ')}.`}
      </p>
      <div className="decisions-actions">
        <button
          type="button"
          className="primary"
          data-testid="levers-run"
          disabled={busy || badYears || levers.length === 0}
          onClick={compareLevers}
        >
          {busy ? 'Comparing…' : 'Compare levers'}
        </button>
      </div>
      {answer && 'error' in answer ? <p className="small bad">{answer.error}</p> : null}
      {ranking ? (
        <div data-testid="levers-answer">
          <p>
            {ranking.shock ? `Under “${ranking.shock.label}”` : 'Without a shock'}: score{' '}
            {ranking.baseline.score.toFixed(1)}, {pct(ranking.baseline.ratio)} served without a lever
            {ranking.baseline.exited.length
              ? `; price pressure removes ${ranking.baseline.exited.join(', ')}`
              : ''}
            .
          </p>
          <LeverChart rows={ranking.rows} />
          <table className="small" data-testid="levers-table">
            <thead>
              <tr>
                <th>lever</th>
                <th>score</th>
                <th>served</th>
                <th>capex</th>
                <th>a year</th>
              </tr>
            </thead>
            <tbody>
              {ranking.rows.map((r) => (
                <tr key={r.levers.join('+')}>
                  <td>{r.label}</td>
                  <td>
                    {r.score.toFixed(1)} ({signed(r.scoreGained)})
                  </td>
                  <td>{pct(r.ratio)}</td>
                  <td>{money(r.capex)}</td>
                  <td>{money(r.yearlyCost)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
    </div>
  );
}
