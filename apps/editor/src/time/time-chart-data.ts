/**
 * What the time panel draws, as plain data (docs/time.md)
 * =======================================================
 *
 * Pure functions from the worker's Timeline and the report to the chart's series, so that what is drawn
 * is tested without a canvas: delivered and demand per day over the scenario's duration, the stock
 * left at each stocked node, and the TTS-vs-TTR points with the nodes to act on (TTS < TTR) apart.
 */
import type { Report, Timeline } from '@chokepoint/core';

export interface LineSeries {
  id: string;
  label: string;
  /** `flow` series share the left axis (per day), `stock` series the right one (units on hand). */
  axis: 'flow' | 'stock';
  points: { x: number; y: number }[];
}

/** At most this many stock lines: the biggest stocks; the rest are summed into "other stocks". */
export const MAX_STOCK_LINES = 5;

export function timelineSeries(t: Timeline): LineSeries[] {
  const at = (ys: readonly number[]) => [
    // Day 0: where the series starts (the first step's rate, the initial stock).
    ...ys.slice(0, 1).map((y) => ({ x: 0, y })),
    ...ys.map((y, i) => ({ x: t.day[i]!, y })),
  ];
  const out: LineSeries[] = [
    { id: 'delivered', label: 'Delivered per day', axis: 'flow', points: at(t.delivered) },
    { id: 'demand', label: 'Demand per day', axis: 'flow', points: at(t.demand) },
  ];
  const stocks = [...t.stocks].sort((a, b) => b.initial - a.initial || (a.id < b.id ? -1 : 1));
  const shown = stocks.slice(0, MAX_STOCK_LINES);
  const rest = stocks.slice(MAX_STOCK_LINES);
  for (const s of shown) {
    out.push({
      id: `stock:${s.id}`,
      label: `Stock at ${s.label}`,
      axis: 'stock',
      points: [{ x: 0, y: s.initial }, ...s.left.map((y, i) => ({ x: t.day[i]!, y }))],
    });
  }
  if (rest.length > 0) {
    const sum = (i: number) => rest.reduce((acc, s) => acc + s.left[i]!, 0);
    out.push({
      id: 'stock:other',
      label: `${rest.length} other stocks`,
      axis: 'stock',
      points: [
        { x: 0, y: rest.reduce((acc, s) => acc + s.initial, 0) },
        ...t.day.map((d, i) => ({ x: d, y: sum(i) })),
      ],
    });
  }
  return out;
}

export interface ScatterPoint {
  id: string;
  label: string;
  tts: number;
  ttr: number;
  actOn: boolean;
}

/**
 * Nodes with both a finite time-to-survive and a time-to-recover, the ones to act on first; and how
 * many have a TTR but survive indefinitely (not drawn: no finite TTS to place).
 */
export function scatterPoints(report: Report): { points: ScatterPoint[]; unbounded: number } {
  const points: ScatterPoint[] = [];
  let unbounded = 0;
  for (const n of report.nodes) {
    if (n.timeToRecoverDays === null || n.timeToRecoverDays === undefined) continue;
    if (n.timeToSurviveDays === null) {
      unbounded++;
      continue;
    }
    if (n.timeToSurviveDays === undefined) continue;
    points.push({
      id: n.id,
      label: n.label,
      tts: n.timeToSurviveDays,
      ttr: n.timeToRecoverDays,
      actOn: n.actOn === true,
    });
  }
  points.sort((a, b) => Number(b.actOn) - Number(a.actOn) || a.tts - a.ttr - (b.tts - b.ttr));
  return { points, unbounded };
}
