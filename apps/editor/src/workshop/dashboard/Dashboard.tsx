/**
 * The facilitator's dashboard
 * ===========================
 *
 * A page of the editor build (not a separate app) so that it draws chains with the editor's own
 * layout and colours and ships in the build the workshop server already serves. Every team's score
 * as the server computed it, its change since the start, a small picture of its chain and its served
 * supply under the shock in force, refreshed every second. The controls (inject a shock into all
 * teams or one, countdown, freeze, broadcast, debrief, export) are left out of the projector view,
 * whose link carries a read-only key the server refuses for anything but reading.
 */
import { formatMoney } from '@chokepoint/collab';
import type { Scenario } from '@chokepoint/core';
import { useCallback, useEffect, useState } from 'react';
import { download } from '../../io/files.ts';
import { formatClock } from '../session.ts';
import type { DashboardApi, DashboardData, TeamRow } from './api.ts';
import { ChainThumbnail } from './ChainThumbnail.tsx';
import { Debrief } from './Debrief.tsx';
import { sessionZip } from './export-session.ts';

export function Dashboard(props: { api: DashboardApi; view: 'dashboard' | 'projector' | 'debrief' }) {
  const { api } = props;
  const [data, setData] = useState<DashboardData | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [receivedAt, setReceivedAt] = useState(0);
  const [now, setNow] = useState(Date.now());
  const [view, setView] = useState(props.view);
  const readOnly = props.view === 'projector';

  const refresh = useCallback(async () => {
    try {
      setData(await api.dashboard());
      setReceivedAt(Date.now());
      setError(null);
    } catch (err) {
      setError(err instanceof Error ? err.message : String(err));
    }
  }, [api]);

  useEffect(() => {
    void refresh();
    const poll = setInterval(() => void refresh(), 1000);
    const tick = setInterval(() => setNow(Date.now()), 250);
    return () => {
      clearInterval(poll);
      clearInterval(tick);
    };
  }, [refresh]);

  const act = async (what: () => Promise<unknown>) => {
    try {
      await what();
      setError(null);
    } catch (err) {
      setError(err instanceof Error ? err.message : String(err));
    }
    await refresh();
  };

  if (!data) return <div className="dash-loading">{error ?? 'Loading the room…'}</div>;
  const scenarios = new Map((data.startModel?.scenarios ?? []).map((s) => [s.id, s] as [string, Scenario]));
  const timer = data.control.timer;
  const left = timer
    ? Math.max(
        0,
        timer.running ? timer.remainingMs - (data.now - timer.since) - (now - receivedAt) : timer.remainingMs,
      )
    : null;

  return (
    <div className={`dashboard${readOnly ? ' projector' : ''}`} data-testid="dashboard">
      <header className="dash-head">
        <h1>{data.name}</h1>
        <span className="dash-code">
          Join code <strong data-testid="join-code">{data.joinCode}</strong>
        </span>
        <span className="spacer" />
        {data.shock.all ? (
          <span className="dash-shock" data-testid="dash-shock">
            Shock: {scenarios.get(data.shock.all)?.label ?? data.shock.all}
          </span>
        ) : (
          <span className="dash-shock none">No shock</span>
        )}
        {left !== null ? (
          <span className={`dash-clock${timer?.running ? '' : ' paused'}`} data-testid="dash-clock">
            {formatClock(left)}
          </span>
        ) : null}
        {data.control.frozen ? <span className="dash-frozen">frozen</span> : null}
        {!readOnly ? (
          <nav className="dash-views">
            <button type="button" aria-pressed={view !== 'debrief'} onClick={() => setView('dashboard')}>
              Teams
            </button>
            <button
              type="button"
              data-testid="view-debrief"
              aria-pressed={view === 'debrief'}
              onClick={() => setView('debrief')}
            >
              Debrief
            </button>
          </nav>
        ) : null}
      </header>
      {data.control.message ? <div className="dash-message">{data.control.message.text}</div> : null}
      {error ? (
        <div className="dash-error" role="alert">
          {error}
        </div>
      ) : null}
      {view === 'debrief' ? (
        <Debrief api={api} />
      ) : (
        <>
          {!readOnly ? <Controls api={api} data={data} act={act} /> : null}
          <section className="dash-teams">
            {data.teams.length === 0 ? (
              <p className="muted">
                No team has joined yet. Participants open /join/{data.joinCode}?team=…&name=…
              </p>
            ) : null}
            {data.teams.map((t) => (
              <TeamCard
                key={t.team}
                team={t}
                shock={t.shock === null ? null : (scenarios.get(t.shock) ?? null)}
              />
            ))}
          </section>
        </>
      )}
    </div>
  );
}

function TeamCard(props: { team: TeamRow; shock: Scenario | null }) {
  const t = props.team;
  return (
    <article className="team-card" data-testid={`team-card-${t.team}`}>
      <header>
        <h2>{t.team}</h2>
        <span className="team-score" data-testid={`team-score-${t.team}`}>
          {t.score === null ? '—' : Math.round(t.score)}
        </span>
      </header>
      <div className="team-figures">
        <span
          className={t.change === null ? '' : t.change >= 0 ? 'up' : 'down'}
          data-testid={`team-change-${t.team}`}
        >
          {t.change === null
            ? 'invalid model'
            : `${t.change >= 0 ? '+' : ''}${t.change.toFixed(1)} since start`}
        </span>
        <span data-testid={`team-served-${t.team}`}>
          {t.served
            ? `serves ${Math.round(t.served.ratio * 100)}% of demand${t.shock ? ' under the shock' : ''}`
            : ''}
        </span>
      </div>
      {t.budget ? (
        <p className={`team-budget${t.budget.over ? ' over' : ''}`} data-testid={`team-spent-${t.team}`}>
          spent {t.budget.spent === null ? '∞' : formatMoney(t.budget.spent)} of{' '}
          {formatMoney(t.budget.amount)}
          {t.budget.over ? ' — over budget' : ''}
        </p>
      ) : null}
      {t.model ? (
        <ChainThumbnail model={t.model} shock={props.shock} testId={`team-thumb-${t.team}`} />
      ) : null}
      {!t.valid ? <p className="team-issues">{t.issues.slice(0, 2).join('; ')}</p> : null}
      {t.shock ? <p className="team-shock">Shock: {props.shock?.label ?? t.shock}</p> : null}
    </article>
  );
}

function Controls(props: {
  api: DashboardApi;
  data: DashboardData;
  act: (what: () => Promise<unknown>) => Promise<void>;
}) {
  const { api, data, act } = props;
  const [target, setTarget] = useState<string>('');
  const [minutes, setMinutes] = useState(20);
  const [message, setMessage] = useState('');
  const [projector, setProjector] = useState<string | null>(null);
  const [amount, setAmount] = useState(String(data.control.budget?.amount ?? ''));
  const [unitCost, setUnitCost] = useState(String(data.control.budget?.capacityCost ?? ''));
  const team = target === '' ? null : target;
  const timer = data.control.timer;
  return (
    <section className="dash-controls" aria-label="Facilitator controls">
      <div className="control-group">
        <h3>Shock</h3>
        <label>
          into{' '}
          <select value={target} onChange={(e) => setTarget(e.target.value)} data-testid="inject-target">
            <option value="">every team</option>
            {data.teams.map((t) => (
              <option key={t.team} value={t.team}>
                team {t.team}
              </option>
            ))}
          </select>
        </label>
        <div className="buttons">
          {data.scenarios.map((s) => (
            <button
              key={s.id}
              type="button"
              data-testid={`inject-${s.id}`}
              onClick={() => void act(() => api.inject(s.id, team))}
            >
              {s.label}
            </button>
          ))}
          <button
            type="button"
            data-testid="inject-none"
            onClick={() => void act(() => api.inject(null, team))}
          >
            Lift the shock
          </button>
        </div>
      </div>
      <div className="control-group">
        <h3>Countdown</h3>
        <div className="buttons">
          <input
            type="number"
            min={1}
            max={240}
            value={minutes}
            aria-label="Minutes"
            onChange={(e) => setMinutes(Number(e.target.value))}
          />
          <button
            type="button"
            data-testid="timer-start"
            onClick={() => void act(() => api.control({ action: 'timer', op: 'start', minutes }))}
          >
            Start
          </button>
          <button
            type="button"
            data-testid="timer-pause"
            disabled={!timer}
            onClick={() =>
              void act(() => api.control({ action: 'timer', op: timer?.running ? 'pause' : 'resume' }))
            }
          >
            {timer && !timer.running ? 'Resume' : 'Pause'}
          </button>
          <button
            type="button"
            data-testid="timer-minus"
            disabled={!timer}
            onClick={() => void act(() => api.control({ action: 'timer', op: 'add', minutes: -1 }))}
          >
            −1 min
          </button>
          <button
            type="button"
            data-testid="timer-plus"
            disabled={!timer}
            onClick={() => void act(() => api.control({ action: 'timer', op: 'add', minutes: 1 }))}
          >
            +1 min
          </button>
        </div>
      </div>
      <div className="control-group">
        <h3>Room</h3>
        <div className="buttons">
          <button
            type="button"
            data-testid="freeze"
            aria-pressed={data.control.frozen}
            onClick={() => void act(() => api.control({ action: 'freeze', frozen: !data.control.frozen }))}
          >
            {data.control.frozen ? 'Unfreeze editing' : 'Freeze editing'}
          </button>
          <button
            type="button"
            data-testid="begin-debrief"
            aria-pressed={data.control.debrief}
            onClick={() => void act(() => api.control({ action: 'debrief', debrief: !data.control.debrief }))}
          >
            {data.control.debrief ? 'Close the debrief to teams' : 'Open the debrief to teams'}
          </button>
          <button
            type="button"
            data-testid="export-session"
            onClick={() =>
              void act(async () => {
                const zip = sessionZip(await api.exportSession());
                download(`workshop-${data.room}.zip`, new Blob([zip as BlobPart]), 'application/zip');
              })
            }
          >
            Export the session
          </button>
          <button
            type="button"
            data-testid="projector-link"
            onClick={() => void act(async () => setProjector((await api.projector()).projectorUrl))}
          >
            Projector link
          </button>
        </div>
        {projector ? (
          <p className="projector-url">
            Read-only: <a href={projector}>{projector}</a>
          </p>
        ) : null}
      </div>
      <form
        className="control-group"
        onSubmit={(e) => {
          e.preventDefault();
          void act(() =>
            api.control(
              amount.trim() === ''
                ? { action: 'budget', amount: null }
                : { action: 'budget', amount: Number(amount), capacityCost: Number(unitCost || 0) },
            ),
          );
        }}
      >
        <h3>Budget for new capacity</h3>
        <div className="buttons">
          <input
            type="number"
            min={0}
            value={amount}
            placeholder="none"
            aria-label="Budget per team"
            data-testid="budget-amount"
            onChange={(e) => setAmount(e.target.value)}
          />
          <span>per team, at</span>
          <input
            type="number"
            min={0}
            value={unitCost}
            aria-label="Cost per unit of new capacity"
            data-testid="budget-unit-cost"
            onChange={(e) => setUnitCost(e.target.value)}
          />
          <span>per unit</span>
          <button type="submit" data-testid="budget-set">
            Set
          </button>
        </div>
      </form>
      <form
        className="control-group"
        onSubmit={(e) => {
          e.preventDefault();
          void act(() => api.control({ action: 'message', text: message }));
        }}
      >
        <h3>Broadcast</h3>
        <div className="buttons">
          <input
            value={message}
            maxLength={500}
            placeholder="A message to every team"
            aria-label="Message"
            data-testid="broadcast-text"
            onChange={(e) => setMessage(e.target.value)}
          />
          <button type="submit" data-testid="broadcast">
            Send
          </button>
          <button
            type="button"
            disabled={!data.control.message}
            onClick={() => void act(() => api.control({ action: 'message', text: null }))}
          >
            Clear
          </button>
        </div>
      </form>
    </section>
  );
}
