/**
 * The time panel (issue 14, docs/time.md)
 * =======================================
 *
 * How long the chain lasts: the scenario's timeline over its duration (delivered and demand per day,
 * stock left at the stocked nodes), each end use's time to survive under it, and the TTS-vs-TTR
 * scatter of the nodes with a recovery time, where the ones to act on (the chain runs dry before they
 * are back) stand out in red below the diagonal. Computed in the analysis worker with the report.
 */
import type { ChartConfiguration } from 'chart.js';
import { useMemo } from 'react';
import { useAnalysis, useServices } from '../app/services.tsx';
import { ChartCanvas } from '../charts/ChartCanvas.tsx';
import { scatterPoints, timelineSeries } from './time-chart-data.ts';

const STOCK_COLORS = ['#b7791f', '#2f855a', '#6b46c1', '#c05621', '#2c7a7b', '#718096'];
const ACT = '#c53030';
const CALM = '#4a5568';
const num = (x: number) =>
  Math.abs(x) >= 100 ? Math.round(x).toLocaleString('en-US') : Number(x.toPrecision(3)).toString();

export function TimePanel() {
  const { editor } = useServices();
  const report = useAnalysis((a) => a.current?.report ?? null);
  const timeline = useAnalysis((a) => a.current?.timeline ?? null);

  const series = useMemo<ChartConfiguration | null>(() => {
    if (!timeline) return null;
    let k = 0;
    const datasets = timelineSeries(timeline).map((s) => {
      const color =
        s.id === 'delivered'
          ? '#2b6cb0'
          : s.id === 'demand'
            ? '#a0aec0'
            : STOCK_COLORS[k++ % STOCK_COLORS.length]!;
      return {
        type: 'line' as const,
        label: s.label,
        data: s.points,
        yAxisID: s.axis === 'flow' ? 'y' : 'stock',
        borderColor: color,
        backgroundColor: color,
        borderWidth: s.id === 'delivered' ? 2 : 1.5,
        borderDash: s.id === 'demand' ? [4, 3] : s.axis === 'stock' ? [1, 0] : [],
        pointRadius: 0,
        stepped: 'before' as const,
      };
    });
    const hasStock = timeline.stocks.length > 0;
    return {
      type: 'line',
      data: { datasets },
      options: {
        animation: false,
        maintainAspectRatio: false,
        parsing: false,
        interaction: { mode: 'nearest', axis: 'x', intersect: false },
        plugins: { legend: { position: 'bottom', labels: { boxWidth: 10, font: { size: 10 } } } },
        scales: {
          x: { type: 'linear', min: 0, max: timeline.days, title: { display: true, text: 'day' } },
          y: { type: 'linear', min: 0, title: { display: true, text: `per day (${timeline.unit})` } },
          stock: {
            type: 'linear',
            min: 0,
            display: hasStock,
            position: 'right',
            grid: { drawOnChartArea: false },
            title: { display: true, text: 'stock left' },
          },
        },
      },
    } as ChartConfiguration;
  }, [timeline]);

  const scatter = useMemo(() => (report ? scatterPoints(report) : null), [report]);
  const scatterConfig = useMemo<ChartConfiguration | null>(() => {
    if (!scatter || scatter.points.length === 0) return null;
    const top = Math.max(1, ...scatter.points.map((p) => Math.max(p.tts, p.ttr))) * 1.1;
    const act = scatter.points.filter((p) => p.actOn);
    const calm = scatter.points.filter((p) => !p.actOn);
    const point = (p: (typeof scatter.points)[number]) => ({ x: p.ttr, y: p.tts, id: p.id, label: p.label });
    return {
      type: 'scatter',
      data: {
        datasets: [
          {
            label: 'act on (TTS < TTR)',
            data: act.map(point),
            backgroundColor: ACT,
            borderColor: ACT,
            pointRadius: 5,
          },
          {
            label: 'TTS ≥ TTR',
            data: calm.map(point),
            backgroundColor: CALM,
            borderColor: CALM,
            pointRadius: 3,
          },
          {
            type: 'line',
            label: 'TTS = TTR',
            data: [
              { x: 0, y: 0 },
              { x: top, y: top },
            ],
            borderColor: '#a0aec0',
            borderDash: [4, 3],
            borderWidth: 1,
            pointRadius: 0,
          },
        ],
      },
      options: {
        animation: false,
        maintainAspectRatio: false,
        plugins: {
          legend: { position: 'bottom', labels: { boxWidth: 10, font: { size: 10 } } },
          tooltip: {
            callbacks: {
              label: (ctx) => {
                const raw = ctx.raw as { label?: string; x: number; y: number };
                return raw.label ? `${raw.label}: survives ${num(raw.y)} d, recovers in ${num(raw.x)} d` : '';
              },
            },
          },
        },
        scales: {
          x: { type: 'linear', min: 0, max: top, title: { display: true, text: 'time to recover (days)' } },
          y: { type: 'linear', min: 0, max: top, title: { display: true, text: 'time to survive (days)' } },
        },
        onClick: (_event, elements) => {
          const hit = elements[0];
          if (!hit || hit.datasetIndex > 1) return;
          const p = (hit.datasetIndex === 0 ? act : calm)[hit.index];
          if (p) editor.select([p.id]);
        },
      },
    } as ChartConfiguration;
  }, [scatter, editor]);

  if (!report) return null;
  if (!timeline && report.time === undefined) {
    return (
      <section className="card" aria-labelledby="time-title" data-testid="time-panel">
        <h2 id="time-title">Time</h2>
        <p className="muted small">
          Give nodes a stock or a recovery time (inspector, “Stocks, cost and yield”), or add a “Stockpile N
          days” change, to see how long the chain lasts.
        </p>
      </section>
    );
  }
  const act = report.time?.actOn ?? [];
  const short = timeline ? [...timeline.sinks].filter((s) => s.timeToSurviveDays !== null) : [];
  return (
    <section className="card" aria-labelledby="time-title" data-testid="time-panel">
      <h2 id="time-title">
        Time <span className="muted">({timeline?.scenario ? timeline.scenario.label : 'no disruption'})</span>
      </h2>
      {timeline ? (
        <>
          <p className="muted small">
            {timeline.days} days{timeline.stepDays === 7 ? ', weekly' : ''}; production first, then stock
            {timeline.durationDays !== null ? `; the disruption lasts ${timeline.durationDays} days` : ''}.
          </p>
          {series ? (
            <ChartCanvas config={series} label="Delivered and stock left over time" testId="time-chart" />
          ) : null}
          <ul className="small time-sinks" data-testid="time-sinks">
            {short.length === 0 ? (
              <li className="muted">Every end use is served its baseline throughout.</li>
            ) : null}
            {short.map((s) => (
              <li key={s.id}>
                <strong>{s.label}</strong> runs short after {num(s.timeToSurviveDays!)} days;{' '}
                {num(s.unmetDemand)} {timeline.unit} unmet.
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {scatterConfig ? (
        <>
          <h3 className="small">Time to survive against time to recover</h3>
          <p className="muted small" data-testid="time-act-on">
            {act.length === 0
              ? 'No node runs the chain dry before it recovers.'
              : `${act.length} to act on (in red, below the diagonal): ${act.slice(0, 4).join(', ')}${act.length > 4 ? '…' : ''}.`}
            {scatter && scatter.unbounded > 0
              ? ` ${scatter.unbounded} with a recovery time lose nothing (not drawn).`
              : ''}
          </p>
          <ChartCanvas
            config={scatterConfig}
            label="Time to survive against time to recover"
            testId="time-scatter"
            height={200}
          />
        </>
      ) : null}
    </section>
  );
}
