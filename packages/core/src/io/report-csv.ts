/**
 * The analysis report as CSV tables
 * =================================
 *
 * One table per kind of row (nodes, stages, countries, consumers, edges, resilience components), for
 * spreadsheets, R and pandas; the CLI's `--csv` and the editor's report export both write these.
 * papaparse's unparse does the quoting (RFC 4180), whatever the labels contain; an unlimited capacity
 * is written `Infinity`, an absent one as an empty cell.
 */

import Papa from 'papaparse';
import type { Provenance, Report } from '../analysis/report.ts';

export const REPORT_CSV_TABLES = [
  'nodes',
  'stages',
  'countries',
  'consumers',
  'edges',
  'resilience',
] as const;
export type ReportCsvTable = (typeof REPORT_CSV_TABLES)[number];

const num = (x: number | null) => (x === null ? '' : Number.isFinite(x) ? x : 'Infinity');

/**
 * The provenance of a report as three columns repeated on every row (toolVersion, scoreMethodVersion,
 * modelSha256), so that a table read into pandas or R on its own still says where it came from; a
 * comment line would trip readers that do not expect one.
 */
export function provenanceColumns(p: Provenance): Record<string, string | number> {
  return { toolVersion: p.toolVersion, scoreMethodVersion: p.scoreMethodVersion, modelSha256: p.modelSha256 };
}

export function reportCsv(report: Report, table: ReportCsvTable): string {
  const p = provenanceColumns(report.provenance);
  return Papa.unparse(reportRows(report, table).map((row) => ({ ...row, ...p })));
}

function reportRows(report: Report, table: ReportCsvTable): Record<string, unknown>[] {
  const chokeRank = new Map(report.chokepoints.map((id, i) => [id, i + 1]));
  // Recipe columns only when some node has recipes, so plain models' tables are unchanged.
  const recipes = report.nodes.some((n) => n.recipeOutput !== undefined);
  switch (table) {
    case 'nodes':
      return report.nodes.map((n) => ({
        id: n.id,
        label: n.label,
        stage: n.stage,
        country: n.country ?? '',
        throughput: n.throughput,
        betweenness: n.betweenness,
        flowBetweenness: n.flowBetweenness,
        shortfallIfRemoved: n.shortfallIfRemoved,
        chokepointRank: chokeRank.get(n.id) ?? '',
        singlePointOfFailure: n.singlePointOfFailure,
        cutsOff: n.cutsOff.join(';'),
        ...(recipes
          ? {
              recipeOutput: (n.recipeOutput ?? []).map((r) => `${r.recipe}=${r.output}`).join(';'),
              bindingInput: n.bindingInput ?? '',
            }
          : {}),
      }));
    case 'stages': {
      // A stage that sends several commodities gets a row per commodity after the stage rows, with
      // `commodity` and `unit` columns (blank on the stage rows); only then, so plain tables are unchanged.
      const byCommodity = report.commodityConcentration ?? [];
      const groups = [...new Set(report.groupConcentration.map((g) => g.group))];
      const stageRows = report.concentration.map((c) => ({
        stage: c.stage,
        ...(byCommodity.length > 0 ? { commodity: '', unit: report.model.unit } : {}),
        total: c.total,
        hhi: num(c.hhi),
        topCountry: c.topCountry ?? '',
        topShare: c.topShare,
        exceedsCrmaThreshold: c.exceedsCrmaThreshold,
        ...Object.fromEntries(
          report.groupConcentration
            .filter((g) => g.stage === c.stage)
            .map((g) => [`share_${g.group}`, g.share]),
        ),
      }));
      const commodityRows = byCommodity.map((c) => ({
        stage: c.stage,
        commodity: c.commodity ?? '',
        unit: c.unit,
        total: c.total,
        hhi: num(c.hhi),
        topCountry: c.topCountry ?? '',
        topShare: c.topShare,
        exceedsCrmaThreshold: c.exceedsCrmaThreshold,
        ...Object.fromEntries(groups.map((g) => [`share_${g}`, ''])),
      }));
      return [...stageRows, ...commodityRows];
    }
    case 'countries':
      return report.countryDependence.map((d) => ({
        country: d.country,
        lostShare: d.lostShare,
        deliveredUnderControl: d.deliveredUnderControl,
      }));
    case 'consumers':
      // Served supply per consuming country; an empty country is the sinks without one.
      return report.countrySupply.map((c) => ({
        country: c.country ?? '',
        sinks: c.sinks,
        demand: c.demand,
        served: c.served,
        ratio: c.ratio,
      }));
    case 'edges':
      return report.edges.map((e) => ({
        id: e.id,
        source: e.source,
        target: e.target,
        flow: e.flow,
        capacity: num(e.capacity),
        blocked: e.blocked,
      }));
    case 'resilience':
      return [
        ...report.resilience.components.map((c) => ({
          component: c.id,
          label: c.label,
          value: c.value,
          weight: c.weight,
          points: c.points,
          detail: c.detail,
        })),
        {
          component: 'score',
          label: 'Resilience score',
          value: '',
          weight: 1,
          points: report.resilience.score,
          detail: '',
        },
      ];
  }
}
