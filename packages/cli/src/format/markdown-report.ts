/**
 * The report as Markdown, for papers and notes: the same sections as the text report, as pipe tables.
 */
import { countryName, type Report, unusedFieldsNotice } from '@chokepoint/core';
import { markdownTable as table } from './markdown-table.ts';
import { provenanceLine } from './provenance.ts';
import {
  COMMODITY_CONCENTRATION_HEADERS,
  commodityConcentrationRows,
  RECIPE_HEADERS,
  recipeRows,
} from './recipe-rows.ts';
import { RISK_SHARING_HEADERS, riskSharingHead, riskSharingRows } from './risk-sharing-lines.ts';
import { EXPOSURE_HEADERS, exposureRows, TIME_HEADERS, timeRows } from './time-rows.ts';

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
const qty = (x: number) => Math.round(x).toLocaleString('en-US');

export function markdownReport(report: Report, options: { top?: number } = {}): string {
  const top = options.top ?? 10;
  const m = report.model;
  const s = report.supply;
  const out: string[] = [`## ${m.name}${m.year ? ` (${m.year})` : ''}`, ''];
  if (report.scenario) out.push(`**Scenario:** ${report.scenario.label} (\`${report.scenario.id}\`)`, '');
  out.push(
    `**Supply:** ${qty(s.delivered)} of ${qty(s.demand)} ${m.unit} delivered (${pct(s.ratio)}).  `,
    `**Resilience score:** ${report.resilience.score.toFixed(1)} / 100.`,
    '',
    table(
      ['Component', 'Served', 'Weight', 'Points', 'Why'],
      report.resilience.components.map((c) => [
        c.label,
        pct(c.value),
        c.weight.toFixed(2),
        c.points.toFixed(1),
        c.detail,
      ]),
      ['l', 'r', 'r', 'r', 'l'],
    ),
    '',
    '### Chokepoints (N-1)',
    '',
  );
  const byId = new Map(report.nodes.map((n) => [n.id, n]));
  out.push(
    report.chokepoints.length
      ? table(
          ['#', 'Node', 'Stage', 'Country', 'Demand lost if removed', 'Single point of failure'],
          report.chokepoints.slice(0, top).map((id, i) => {
            const n = byId.get(id)!;
            return [
              String(i + 1),
              n.label,
              n.stage,
              n.country ?? '',
              pct(n.shortfallIfRemoved),
              n.singlePointOfFailure ? `cuts off ${n.cutsOff.join(', ')}` : '',
            ];
          }),
          ['r', 'l', 'l', 'l', 'r', 'l'],
        )
      : 'No single node loss reduces delivered supply.',
    '',
    ...recipeSection(report),
    ...timeSection(report, top),
    '### Concentration by stage',
    '',
    table(
      ['Stage', 'HHI', 'Top country', 'Share', 'Above 65% (EU CRMA)'],
      report.concentration.map((c) => [
        c.stage,
        c.hhi === null ? '—' : qty(c.hhi),
        c.topCountry ? countryName(c.topCountry) : '—',
        c.topCountry ? pct(c.topShare) : '—',
        c.exceedsCrmaThreshold ? 'yes' : 'no',
      ]),
      ['l', 'r', 'l', 'r', 'l'],
    ),
    '',
    ...commoditySection(report),
    '### Country dependence',
    '',
    table(
      ['Country', 'Delivered supply lost under its full export ban'],
      [...report.countryDependence]
        .sort((a, b) => b.lostShare - a.lostShare)
        .slice(0, top)
        .map((d) => [countryName(d.country), pct(d.lostShare)]),
      ['l', 'r'],
    ),
    '',
    ...countrySupplySection(report),
    ...(report.riskSharing ?? []).flatMap((rs) => [
      `### ${riskSharingHead(rs)[0]}`,
      '',
      riskSharingHead(rs)[1],
      '',
      table(RISK_SHARING_HEADERS, riskSharingRows(rs), ['l', 'r', 'r', 'r', 'r', 'r', 'r', 'r']),
      '',
    ]),
  );
  const unused = unusedFieldsNotice(report.unusedFields);
  if (unused) out.push(`**Note:** ${unused}.`, '');
  out.push(`_${provenanceLine(report.provenance)}._`, '');
  return out.join('\n');
}

/** Concentration per stage and commodity; nothing when no stage sends several commodities. */
function commoditySection(report: Report): string[] {
  const rows = commodityConcentrationRows(report);
  if (rows.length === 0) return [];
  return [
    '### Concentration by stage and commodity',
    '',
    table([...COMMODITY_CONCENTRATION_HEADERS], rows, ['l', 'l', 'r', 'r', 'l', 'r', 'l']),
    '',
  ];
}

/** Served supply per consuming country, when some consumer has a country (issue 12). */
function countrySupplySection(report: Report): string[] {
  if (!report.countrySupply.some((c) => c.country !== null)) return [];
  return [
    '### Served supply by consuming country',
    '',
    table(
      ['Consumer', 'Served', 'Demand', 'Share served'],
      report.countrySupply.map((c) => [
        c.country === null ? 'No country (world totals)' : countryName(c.country),
        qty(c.served),
        qty(c.demand),
        pct(c.ratio),
      ]),
      ['l', 'r', 'r', 'r'],
    ),
    '',
  ];
}

/** Output by recipe and binding input per recipe node; nothing for models without recipes. */
function recipeSection(report: Report): string[] {
  const rows = recipeRows(report);
  if (rows.length === 0) return [];
  return ['### Recipes', '', table([...RECIPE_HEADERS], rows, ['l', 'l', 'r', 'l', 'l']), ''];
}

/** The TTS/TTR table and the risk exposure ranking; nothing for models without stock or recoveryDays. */
function timeSection(report: Report, top: number): string[] {
  if (!report.time) return [];
  const { rows } = timeRows(report, top);
  const exposure = exposureRows(report, top);
  return [
    '### Time to survive and time to recover',
    '',
    rows.length
      ? table([...TIME_HEADERS], rows, ['l', 'l', 'r', 'r', 'r', 'l'])
      : 'No node’s loss lowers delivered supply.',
    '',
    '### Risk exposure',
    '',
    exposure.length
      ? table([...EXPOSURE_HEADERS], exposure, ['r', 'l', 'l', 'r', 'r'])
      : 'No node with a recoveryDays loses anything while it recovers.',
    '',
  ];
}
