/**
 * A bar chart of the share of years by served fraction (Chart.js, which the time panel uses too):
 * bins of 10%, the worst on the left, bars below the threshold drawn in the "bad" colour.
 */
import type { HistogramBin } from '@chokepoint/core';
import { BarController, BarElement, CategoryScale, Chart, LinearScale, Tooltip } from 'chart.js';
import { useEffect, useRef } from 'react';

Chart.register(BarController, BarElement, CategoryScale, LinearScale, Tooltip);

/** The report's 5% bins, paired into 10% ones for a chart that fits the side panel. */
export function tenPercentBins(bins: readonly HistogramBin[]): HistogramBin[] {
  const out: HistogramBin[] = [];
  for (let i = 0; i < bins.length; i += 2) {
    const a = bins[i]!;
    const b = bins[i + 1];
    out.push({ from: a.from, to: b?.to ?? a.to, share: a.share + (b?.share ?? 0) });
  }
  return out;
}

export function HistogramChart(props: { bins: readonly HistogramBin[]; threshold: number }) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const chart = useRef<Chart<'bar'> | null>(null);
  useEffect(() => {
    const el = canvas.current;
    if (!el) return;
    const style = getComputedStyle(el);
    const bad = style.getPropertyValue('--bad').trim() || '#c0392b';
    const good = style.getPropertyValue('--accent').trim() || '#2f6fb0';
    const text = style.getPropertyValue('--muted').trim() || '#666';
    const bins = tenPercentBins(props.bins);
    const data = {
      labels: bins.map((b) => `${Math.round(b.from * 100)}–${Math.round(b.to * 100)}%`),
      datasets: [
        {
          label: 'share of years',
          data: bins.map((b) => b.share * 100),
          backgroundColor: bins.map((b) => (b.to <= props.threshold + 1e-9 ? bad : good)),
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
        animation: false,
        maintainAspectRatio: false,
        plugins: {
          legend: { display: false },
          tooltip: { callbacks: { label: (item) => `${Number(item.raw).toFixed(1)}% of years` } },
        },
        scales: {
          x: {
            title: { display: true, text: 'demand served', color: text },
            ticks: { color: text, font: { size: 9 } },
          },
          y: {
            title: { display: true, text: '% of years', color: text },
            ticks: { color: text },
            beginAtZero: true,
          },
        },
      },
    });
  }, [props.bins, props.threshold]);
  useEffect(
    () => () => {
      chart.current?.destroy();
      chart.current = null;
    },
    [],
  );
  return (
    <div className="histogram" data-testid="risk-histogram">
      <canvas ref={canvas} role="img" aria-label="Share of years by the fraction of demand served" />
    </div>
  );
}
