/**
 * The time section of the text and Markdown reports (docs/time.md): the time-to-survive /
 * time-to-recover table, the nodes to act on (TTS < TTR) first, and the risk exposure ranking. Only for
 * reports of models with stock, recoveryDays or a stockpile (`report.time` present).
 */
import type { NodeReport, Report } from '@chokepoint/core';

export const TIME_HEADERS = ['id', 'stage', 'stock', 'TTS days', 'TTR days', 'act on'] as const;
export const EXPOSURE_HEADERS = ['#', 'id', 'stage', 'impact', 'REI'] as const;

const days = (d: number | null | undefined) =>
  d === null || d === undefined
    ? '—'
    : d === Number.POSITIVE_INFINITY
      ? '∞'
      : d < 10
        ? d.toFixed(2)
        : d.toFixed(1);
const amount = (x: number) =>
  x >= 100 ? Math.round(x).toLocaleString('en-US') : Number(x.toPrecision(3)).toString();

/** Rows of the TTS/TTR table: the nodes to act on first (smallest margin), then by TTS (unbounded last). */
export function timeRows(report: Report, top: number): { rows: string[][]; total: number } {
  if (!report.time) return { rows: [], total: 0 };
  const byId = new Map(report.nodes.map((n) => [n.id, n]));
  const act = report.time.actOn.map((id) => byId.get(id)!);
  const rest = report.nodes
    .filter((n) => n.timeToSurviveDays !== undefined && !n.actOn)
    .filter((n) => n.timeToSurviveDays !== null || (n.stock ?? 0) > 0 || n.timeToRecoverDays !== null)
    .sort(
      (a, b) =>
        (a.timeToSurviveDays ?? Number.POSITIVE_INFINITY) -
          (b.timeToSurviveDays ?? Number.POSITIVE_INFINITY) || (a.id < b.id ? -1 : 1),
    );
  const all = [...act, ...rest];
  const row = (n: NodeReport) => [
    n.id,
    n.stage,
    (n.stock ?? 0) > 0 ? amount(n.stock!) : '',
    n.timeToSurviveDays === null ? 'unbounded' : days(n.timeToSurviveDays),
    days(n.timeToRecoverDays),
    n.actOn ? 'TTS < TTR' : '',
  ];
  return { rows: all.slice(0, Math.max(top, act.length)).map(row), total: all.length };
}

/** Rows of the risk exposure ranking (performance impact over each node's own recoveryDays). */
export function exposureRows(report: Report, top: number): string[][] {
  if (!report.time) return [];
  const byId = new Map(report.nodes.map((n) => [n.id, n]));
  return report.time.riskExposure
    .map((id) => byId.get(id)!)
    .filter((n) => (n.performanceImpact ?? 0) > 0)
    .slice(0, top)
    .map((n, i) => [
      String(i + 1),
      n.id,
      n.stage,
      amount(n.performanceImpact!),
      n.riskExposureIndex!.toFixed(2),
    ]);
}
