/**
 * Levers side by side: score points gained per million of money, one bar per lever. A lever that
 * gains points at no cost has no finite ratio: its bar shows its points and says "free" in the tooltip.
 */
import type { LeverRow } from '@chokepoint/core';
import type { ChartConfiguration } from 'chart.js';
import { useCallback } from 'react';
import { ChartCanvas, type ChartTheme } from '../../charts/ChartCanvas.tsx';

export function LeverChart(props: { rows: readonly LeverRow[] }) {
  const { rows } = props;
  const config = useCallback(
    (theme: ChartTheme): ChartConfiguration => {
      const value = (r: LeverRow) => (r.pointsPerMoney === null ? r.scoreGained : r.pointsPerMoney * 1e6);
      return {
        type: 'bar',
        data: {
          labels: rows.map((r) => r.levers.join(' + ')),
          datasets: [
            {
              label: 'score points per million',
              data: rows.map(value),
              backgroundColor: rows.map((r) => (r.scoreGained > 0 ? theme.accent : theme.bad)),
            },
          ],
        },
        options: {
          indexAxis: 'y',
          animation: false,
          maintainAspectRatio: false,
          plugins: {
            legend: { display: false },
            tooltip: {
              callbacks: {
                label: (item) => {
                  const r = rows[item.dataIndex]!;
                  return r.pointsPerMoney === null
                    ? `free: +${r.scoreGained} points`
                    : `${Number(item.raw).toFixed(2)} points per million (+${r.scoreGained} for ${Math.round(r.cost)})`;
                },
              },
            },
          },
          scales: {
            x: {
              title: { display: true, text: 'score points gained per million', color: theme.muted },
              ticks: { color: theme.muted },
              beginAtZero: true,
            },
            y: { ticks: { color: theme.muted, font: { size: 9 } } },
          },
        },
      };
    },
    [rows],
  );
  return (
    <ChartCanvas
      config={config}
      label="score points gained per million, per lever"
      testId="lever-chart"
      height={Math.max(120, 28 * rows.length + 50)}
    />
  );
}
