/**
 * Shared projects in the text report: per risk-sharing lever (docs/uncertainty.md), each member's share,
 * what it pays and what it gains in served supply, beside what it would pay going alone.
 */
import { countryName, type Report } from '@chokepoint/core';
import { pct, renderTable } from './table.ts';

const amount = (x: number) => x.toLocaleString('en-US', { maximumFractionDigits: 2 });

const BASIS = { stated: 'stated shares', demand: "shares by each member's demand", equal: 'equal shares' };
const PROBABILITY = {
  stated: 'stated',
  'wgi-mapping': 'from WGI, assumed mapping',
  none: 'no countryRisk entry',
};

export const RISK_SHARING_HEADERS = [
  'member',
  'share',
  'capex',
  'exp. loss/yr',
  'loss if host disrupts',
  'gain served',
  'alone: capex',
  'alone: exp. loss/yr',
];

export function riskSharingRows(rs: NonNullable<Report['riskSharing']>[number]): string[][] {
  return rs.members.map((m) => [
    `${countryName(m.country)} (${m.country})`,
    pct(m.share),
    amount(m.capex),
    amount(m.expectedLoss),
    amount(m.lossIfHostDisrupts),
    amount(m.gain),
    amount(m.alone.capex),
    amount(m.alone.expectedLoss),
  ]);
}

/** The head of one shared project, in words: a title, then its risk and how it is split. */
export function riskSharingHead(rs: NonNullable<Report['riskSharing']>[number]): [string, string] {
  return [
    `Shared project (node ${rs.node}): ${rs.label}`,
    `Host ${countryName(rs.host)} (${rs.host}) disrupts with yearly probability ${pct(rs.hostProbability)} ` +
      `(${PROBABILITY[rs.probabilityBasis]}): expected political loss ${amount(rs.expectedLoss)} a year; ` +
      `${BASIS[rs.sharesBasis]}; the members gain ${amount(rs.totalGain)} served in all.`,
  ];
}

export function riskSharingLines(report: Report): string[] {
  const out: string[] = [];
  for (const rs of report.riskSharing ?? []) {
    const [title, words] = riskSharingHead(rs);
    out.push('', title, `  ${words}`);
    out.push(
      renderTable(
        RISK_SHARING_HEADERS.map((header, i) => ({ header, ...(i > 0 ? { align: 'right' as const } : {}) })),
        riskSharingRows(rs),
      ),
    );
  }
  return out;
}
