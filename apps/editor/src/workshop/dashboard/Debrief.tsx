/**
 * The debrief: every team against the baseline (the room's starting model under the same shock).
 * Two charts drawn as plain SVG: each team's score now beside the baseline's, and each team's
 * score over the session.
 */
import { useEffect, useState } from 'react';
import type { DashboardApi, DebriefData } from './api.ts';

const COLORS = [
  '#4e79a7',
  '#f28e2b',
  '#59a14f',
  '#e15759',
  '#76b7b2',
  '#edc948',
  '#b07aa1',
  '#ff9da7',
  '#9c755f',
];

export function Debrief(props: { api: DashboardApi }) {
  const [data, setData] = useState<DebriefData | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    const load = () =>
      props.api
        .debrief()
        .then(setData, (err: unknown) => setError(err instanceof Error ? err.message : String(err)));
    void load();
    const t = setInterval(load, 3000);
    return () => clearInterval(t);
  }, [props.api]);
  if (!data) return <p>{error ?? 'Loading the debrief…'}</p>;
  return (
    <section className="debrief" data-testid="debrief">
      <h2>Teams against the baseline</h2>
      <p className="muted">
        Baseline: the starting model under the shock each team faces. The change is what a team’s own work
        earned.
      </p>
      <ScoreBars data={data} />
      <h2>Score over the session</h2>
      <ScoreLines data={data} />
      <table className="debrief-table">
        <thead>
          <tr>
            <th>Team</th>
            <th>Score</th>
            <th>Baseline</th>
            <th>Change</th>
            <th>Served</th>
            <th>Nodes</th>
          </tr>
        </thead>
        <tbody>
          {data.teams.map((t) => (
            <tr key={t.team} data-testid={`debrief-row-${t.team}`}>
              <td>{t.team}</td>
              <td>{t.score === null ? '—' : t.score.toFixed(1)}</td>
              <td>{t.startScore.toFixed(1)}</td>
              <td>{t.change === null ? '—' : `${t.change >= 0 ? '+' : ''}${t.change.toFixed(1)}`}</td>
              <td>{t.served ? `${Math.round(t.served.ratio * 100)}%` : '—'}</td>
              <td>{t.model.nodes.length}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

function ScoreBars(props: { data: DebriefData }) {
  const teams = props.data.teams;
  const W = Math.max(320, 90 * teams.length + 60);
  const H = 200;
  const y = (v: number) => H - 24 - (v / 100) * (H - 40);
  return (
    <svg
      width={W}
      height={H}
      role="img"
      aria-label="Each team's score beside the baseline"
      data-testid="debrief-bars"
    >
      {[0, 25, 50, 75, 100].map((v) => (
        <g key={v}>
          <line x1={40} x2={W} y1={y(v)} y2={y(v)} stroke="#e2e7ee" />
          <text x={34} y={y(v) + 4} textAnchor="end" fontSize={10} fill="#677385">
            {v}
          </text>
        </g>
      ))}
      {teams.map((t, i) => {
        const x = 50 + i * 90;
        const score = t.score ?? 0;
        return (
          <g key={t.team}>
            <rect x={x} y={y(t.startScore)} width={30} height={y(0) - y(t.startScore)} fill="#cfd6e0">
              <title>{`baseline ${t.startScore.toFixed(1)}`}</title>
            </rect>
            <rect
              x={x + 34}
              y={y(score)}
              width={30}
              height={y(0) - y(score)}
              fill={COLORS[i % COLORS.length]}
            >
              <title>{`${t.team} ${score.toFixed(1)}`}</title>
            </rect>
            <text x={x + 32} y={H - 8} textAnchor="middle" fontSize={11}>
              {t.team}
            </text>
          </g>
        );
      })}
    </svg>
  );
}

function ScoreLines(props: { data: DebriefData }) {
  const teams = props.data.teams;
  const all = teams.flatMap((t) => t.history.filter((h) => h.score !== null));
  if (all.length === 0) return <p className="muted">No scores yet.</p>;
  const t0 = Math.min(...all.map((h) => h.at));
  const t1 = Math.max(...all.map((h) => h.at), t0 + 1);
  const W = 640;
  const H = 200;
  const x = (t: number) => 40 + ((t - t0) / (t1 - t0)) * (W - 60);
  const y = (v: number) => H - 24 - (v / 100) * (H - 40);
  return (
    <svg
      width={W}
      height={H}
      role="img"
      aria-label="Each team's score over the session"
      data-testid="debrief-lines"
    >
      {[0, 50, 100].map((v) => (
        <g key={v}>
          <line x1={40} x2={W - 20} y1={y(v)} y2={y(v)} stroke="#e2e7ee" />
          <text x={34} y={y(v) + 4} textAnchor="end" fontSize={10} fill="#677385">
            {v}
          </text>
        </g>
      ))}
      {teams.map((t, i) => {
        const pts = t.history.filter((h) => h.score !== null).map((h) => `${x(h.at)},${y(h.score!)}`);
        return (
          <g key={t.team}>
            <polyline points={pts.join(' ')} fill="none" stroke={COLORS[i % COLORS.length]} strokeWidth={2} />
            <text x={W - 18} y={y(t.score ?? 0)} fontSize={11} fill={COLORS[i % COLORS.length]}>
              {t.team}
            </text>
          </g>
        );
      })}
      <text x={40} y={H - 6} fontSize={10} fill="#677385">
        start
      </text>
      <text x={W - 20} y={H - 6} fontSize={10} fill="#677385" textAnchor="end">
        now ({Math.round((t1 - t0) / 60000)} min)
      </text>
    </svg>
  );
}
