/**
 * The analysis as a CSV table, one row per node
 * =============================================
 *
 * For spreadsheets: what each node carries, what its loss costs, whether it is a single point of
 * failure and what it cuts off, its betweenness, under the scenario on screen. Fields are quoted per
 * RFC 4180 when they hold a comma, quote or line break.
 */
import type { Report } from '@chokepoint/core';

export const REPORT_COLUMNS = [
  'id',
  'label',
  'stage',
  'country',
  'throughput',
  'shortfall_if_removed',
  'single_point_of_failure',
  'cuts_off',
  'betweenness',
  'flow_betweenness',
  'scenario',
] as const;

function field(value: string | number | boolean | null): string {
  if (value === null) return '';
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function reportCsv(report: Report): string {
  const scenario = report.scenario?.id ?? '';
  const rows = report.nodes.map((n) =>
    [
      n.id,
      n.label,
      n.stage,
      n.country,
      n.throughput,
      n.shortfallIfRemoved,
      n.singlePointOfFailure,
      n.cutsOff.join(' '),
      n.betweenness,
      n.flowBetweenness,
      scenario,
    ]
      .map(field)
      .join(','),
  );
  return `${[REPORT_COLUMNS.join(','), ...rows].join('\r\n')}\r\n`;
}
