/**
 * The workshop bar over the editor: team and teammates, connection, the countdown, the shock in
 * force, the team's score as the server computed it, and the facilitator's message or freeze.
 */

import { formatMoney } from '@chokepoint/collab';
import { useEffect, useState } from 'react';
import { useEditorState } from '../app/services.tsx';
import { useStore } from '../state/store.ts';
import { formatClock, type LiveSession, timeLeft } from './session.ts';

export function WorkshopBar(props: { session: LiveSession }) {
  const { session } = props;
  const st = useStore(session.state, (s) => s);
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const t = setInterval(() => setNow(Date.now()), 500);
    return () => clearInterval(t);
  }, []);
  const left = timeLeft(st.room, now);
  const shockLabel = useEditorState(
    (s) =>
      (s.doc.model.scenarios ?? []).find((x) => x.id === st.room?.shock)?.label ?? st.room?.shock ?? null,
  );
  const score = st.score;
  return (
    <div className="workshop-bar" data-testid="workshop-bar">
      <div className="workshop-row">
        <strong data-testid="workshop-team">Team {session.grant.team}</strong>
        <span className="workshop-people" data-testid="workshop-people">
          <span className="person-chip" style={{ background: session.color }} title="you">
            {session.name} (you)
          </span>
          {st.people.map((p) => (
            <span key={p.clientId} className="person-chip" style={{ background: p.color }}>
              {p.name}
            </span>
          ))}
        </span>
        {session.grant.readOnly ? <span className="workshop-tag">read-only</span> : null}
        <span className={`workshop-status ${st.status}`} data-testid="workshop-status">
          {st.status === 'connected'
            ? st.unsynced > 0
              ? 'syncing…'
              : 'live'
            : st.status === 'connecting'
              ? 'reconnecting…'
              : 'offline'}
        </span>
        <span className="spacer" />
        {st.room?.shock ? (
          <span className="workshop-shock" data-testid="workshop-shock">
            Shock: {shockLabel}
          </span>
        ) : null}
        {left !== null ? (
          <span
            className={`workshop-clock${st.room?.timer?.running ? '' : ' paused'}`}
            data-testid="workshop-clock"
          >
            {formatClock(left)}
            {st.room?.timer?.running ? '' : ' (paused)'}
          </span>
        ) : null}
        {score?.budget ? (
          <span
            className={`workshop-budget${score.budget.over ? ' over' : ''}`}
            data-testid="workshop-budget"
          >
            Spent {score.budget.spent === null ? '∞' : formatMoney(score.budget.spent)} of{' '}
            {formatMoney(score.budget.amount)}
          </span>
        ) : null}
        {score ? (
          <span className="workshop-score" title="The team’s score as the facilitator sees it">
            Team score{' '}
            <strong data-testid="workshop-score">
              {score.score === null ? '—' : Math.round(score.score)}
            </strong>
            {score.change !== null ? (
              <span className={score.change >= 0 ? 'up' : 'down'}>
                {' '}
                ({score.change >= 0 ? '+' : ''}
                {score.change.toFixed(1)} since start)
              </span>
            ) : null}
          </span>
        ) : null}
      </div>
      {st.room?.frozen ? (
        <div className="workshop-banner frozen" data-testid="workshop-frozen">
          Editing is frozen by the facilitator.
        </div>
      ) : null}
      {st.room?.message ? (
        <div className="workshop-banner" data-testid="workshop-message">
          {st.room.message.text}
        </div>
      ) : null}
    </div>
  );
}
