/**
 * Levers side by side: score points gained per million of money, one bar per lever (Chart.js, as the
 * risk histogram). A lever that gains points at no cost has no finite ratio: its bar shows its points
 * and says "free" in the tooltip.
 */
import type { LeverRow } from '@chokepoint/core';
import { BarController, BarElement, CategoryScale, Chart, LinearScale, Tooltip } from 'chart.js';
import { useEffect, useRef } from 'react';

Chart.register(BarController, BarElement, CategoryScale, LinearScale, Tooltip);

export function LeverChart(props: { rows: readonly LeverRow[] }) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const chart = useRef<Chart<'bar'> | null>(null);
  useEffect(() => {
    const el = canvas.current;
    if (!el) return;
    const style = getComputedStyle(el);
    const good = style.getPropertyValue('--accent').trim() || '#2f6fb0';
    const bad = style.getPropertyValue('--bad').trim() || '#c0392b';
    const text = style.getPropertyValue('--muted').trim() || '#666';
    const value = (r: LeverRow) => (r.pointsPerMoney === null ? r.scoreGained : r.pointsPerMoney * 1e6);
    const data = {
      labels: props.rows.map((r) => r.levers.join(' + ')),
      datasets: [
        {
          label: 'score points per million',
          data: props.rows.map(value),
          backgroundColor: props.rows.map((r) => (r.scoreGained > 0 ? good : bad)),
        },
      ],
    };
    if (chart.current) {
      chart.current.data = data;
      chart.current.update();
      return;
    }
    chart.current = new Chart(el, {
      type: 'bar',
      data,
      options: {
        indexAxis: 'y',
        animation: false,
        maintainAspectRatio: false,
        plugins: {
          legend: { display: false },
          tooltip: {
            callbacks: {
              label: (item) => {
                const r = props.rows[item.dataIndex]!;
                return r.pointsPerMoney === null
                  ? `free: +${r.scoreGained} points`
                  : `${Number(item.raw).toFixed(2)} points per million (+${r.scoreGained} for ${Math.round(r.cost)})`;
              },
            },
          },
        },
        scales: {
          x: {
            title: { display: true, text: 'score points gained per million', color: text },
            ticks: { color: text },
            beginAtZero: true,
          },
          y: { ticks: { color: text, font: { size: 9 } } },
        },
      },
    });
  }, [props.rows]);
  useEffect(
    () => () => {
      chart.current?.destroy();
      chart.current = null;
    },
    [],
  );
  return (
    <div
      className="histogram"
      style={{ height: `${Math.max(120, 28 * props.rows.length + 50)}px` }}
      data-testid="lever-chart"
    >
      <canvas ref={canvas} role="img" aria-label="score points gained per million, per lever" />
    </div>
  );
}
