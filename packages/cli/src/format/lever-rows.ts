/**
 * A lever ranking as table rows
 * =============================
 *
 * The columns `chokepoint levers` prints, shared by `compare` and `sweep` when their scenarios hold
 * levers (docs/levers.md): score and served fraction under the shock with their gain over the shock
 * alone, capex, yearly cost, cost = capex + years × yearly, and score points per million of money.
 */
import type { LeverRow } from '@chokepoint/core';
import type { Column } from './table.ts';

type Row = Omit<LeverRow, 'exited'>;

export const LEVER_COLUMNS: Column[] = [
  { header: '#', align: 'right' },
  { header: 'levers' },
  { header: 'score', align: 'right' },
  { header: 'gain', align: 'right' },
  { header: 'served', align: 'right' },
  { header: 'gain', align: 'right' },
  { header: 'capex', align: 'right' },
  { header: 'yearly', align: 'right' },
  { header: 'cost', align: 'right' },
  { header: 'points/M', align: 'right' },
];

/** Money in k and M, as every lever table prints it. */
export const money = (x: number) =>
  Math.abs(x) >= 1e6
    ? `${(x / 1e6).toFixed(1)}M`
    : Math.abs(x) >= 1e3
      ? `${(x / 1e3).toFixed(1)}k`
      : x.toFixed(0);
export const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
export const signed = (x: number, f: (y: number) => string) =>
  x > 0 ? `+${f(x)}` : x < 0 ? `−${f(-x)}` : f(0);

/** "free" when it gains points at no cost, "—" when it costs nothing and gains nothing. */
export function pointsPerMillion(row: Row): string {
  if (row.pointsPerMoney === null) return row.scoreGained > 0 ? 'free' : '—';
  return (row.pointsPerMoney * 1e6).toFixed(2);
}

export function leverRows(rows: readonly Row[]): string[][] {
  return rows.map((row, i) => [
    String(i + 1),
    row.levers.join(' + '),
    row.score.toFixed(1),
    signed(row.scoreGained, (x) => x.toFixed(1)),
    pct(row.ratio),
    signed(row.servedGained, pct),
    money(row.capex),
    money(row.yearlyCost),
    money(row.cost),
    pointsPerMillion(row),
  ]);
}

/** One record per row for CSV: every figure unrounded. */
export function leverRecord(row: Row, rank: number): Record<string, string | number> {
  return {
    rank,
    levers: row.levers.join(' + '),
    label: row.label,
    score: row.score,
    scoreGained: row.scoreGained,
    ratio: row.ratio,
    servedGained: row.servedGained,
    capex: row.capex,
    yearlyCost: row.yearlyCost,
    cost: row.cost,
    pointsPerMoney: row.pointsPerMoney ?? '',
    stock: row.stock,
  };
}
