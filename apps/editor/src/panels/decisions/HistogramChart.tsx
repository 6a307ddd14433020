/**
 * A bar chart of the share of years by served fraction: bins of 10%, the worst on the left, bars
 * below the threshold drawn in the "bad" colour.
 */
import type { HistogramBin } from '@chokepoint/core';
import type { ChartConfiguration } from 'chart.js';
import { useCallback } from 'react';
import { ChartCanvas, type ChartTheme } from '../../charts/ChartCanvas.tsx';

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
  const { bins: reportBins, threshold } = props;
  const config = useCallback(
    (theme: ChartTheme): ChartConfiguration => {
      const bins = tenPercentBins(reportBins);
      return {
        type: 'bar',
        data: {
          labels: bins.map((b) => `${Math.round(b.from * 100)}–${Math.round(b.to * 100)}%`),
          datasets: [
            {
              label: 'share of years',
              data: bins.map((b) => b.share * 100),
              backgroundColor: bins.map((b) => (b.to <= threshold + 1e-9 ? theme.bad : theme.accent)),
            },
          ],
        },
        options: {
          animation: false,
          maintainAspectRatio: false,
          plugins: {
            legend: { display: false },
            tooltip: { callbacks: { label: (item) => `${Number(item.raw).toFixed(1)}% of years` } },
          },
          scales: {
            x: {
              title: { display: true, text: 'demand served', color: theme.muted },
              ticks: { color: theme.muted, font: { size: 9 } },
            },
            y: {
              title: { display: true, text: '% of years', color: theme.muted },
              ticks: { color: theme.muted },
              beginAtZero: true,
            },
          },
        },
      };
    },
    [reportBins, threshold],
  );
  return (
    <ChartCanvas
      config={config}
      label="Share of years by the fraction of demand served"
      testId="risk-histogram"
      height={150}
    />
  );
}
