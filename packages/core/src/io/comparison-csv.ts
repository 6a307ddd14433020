/**
 * A comparison as CSV tables
 * ==========================
 *
 * `compare(a, b)` side by side, for spreadsheets and pandas: one table per kind of row, each figure
 * as three columns `<name>_a`, `<name>_b`, `<name>_change` (b − a; empty where a side is missing).
 *
 * - summary: demand, delivered, supply ratio, the score and each score component's value and points;
 * - chokepoints: every node that is a chokepoint on either side, with its rank and N-1 shortfall;
 * - stages: HHI, top country and its share per stage (and per stage and commodity, when a stage sends
 *   several);
 * - countries: the share of delivery each country's full export ban would cost.
 */

import Papa from 'papaparse';
import type { Comparison, Delta } from '../analysis/comparison.ts';

export const COMPARISON_CSV_TABLES = ['summary', 'chokepoints', 'stages', 'countries'] as const;
export type ComparisonCsvTable = (typeof COMPARISON_CSV_TABLES)[number];

type Cell = string | number | boolean | null;

/** A missing side is an empty cell. */
const cell = (x: Cell): string | number | boolean => (x === null ? '' : x);

function delta(name: string, d: Delta): Record<string, string | number | boolean> {
  return { [`${name}_a`]: cell(d.a), [`${name}_b`]: cell(d.b), [`${name}_change`]: cell(d.change) };
}

function pair(name: string, p: { a: Cell; b: Cell }): Record<string, string | number | boolean> {
  return { [`${name}_a`]: cell(p.a), [`${name}_b`]: cell(p.b) };
}

/** Which tool compared, with which score method, and the hash of each side's model, on every row. */
function provenance(c: Comparison): Record<string, string | number> {
  return {
    toolVersion: c.b.provenance.toolVersion,
    scoreMethodVersion: c.b.provenance.scoreMethodVersion,
    modelSha256_a: c.a.provenance.modelSha256,
    modelSha256_b: c.b.provenance.modelSha256,
  };
}

export function comparisonCsv(comparison: Comparison, table: ComparisonCsvTable): string {
  const text = comparisonTable(comparison, table);
  // Appended to the header and to every row, so the columns stay where each table puts them.
  const p = provenance(comparison);
  const extra = Papa.unparse([Object.values(p)], { header: false });
  const [header, ...rows] = text.split('\r\n');
  if (header === undefined || header === '') return text;
  return [`${header},${Object.keys(p).join(',')}`, ...rows.map((r) => `${r},${extra}`)].join('\r\n');
}

function comparisonTable(comparison: Comparison, table: ComparisonCsvTable): string {
  switch (table) {
    case 'summary': {
      const { supply, resilience } = comparison;
      const row = (metric: string, d: Delta) => ({ metric, ...delta('value', d) });
      return Papa.unparse([
        row('demand', supply.demand),
        row('delivered', supply.delivered),
        row('supply_ratio', supply.ratio),
        row('score', resilience.score),
        ...resilience.components.flatMap((c) => [
          row(`${c.id}.value`, c.value),
          row(`${c.id}.points`, c.points),
        ]),
      ]);
    }
    case 'chokepoints':
      return Papa.unparse(
        comparison.chokepoints.nodes.map((n) => ({
          id: n.id,
          label: n.label,
          ...pair('rank', n.rank),
          ...delta('shortfallIfRemoved', n.shortfallIfRemoved),
          ...pair('singlePointOfFailure', n.singlePointOfFailure),
        })),
        { columns: chokepointColumns },
      );
    case 'stages': {
      // As in the report's stages table: a stage that sends several commodities gets a row per
      // commodity after the stage rows, with `commodity` and `unit` columns (blank on the stage rows);
      // only then, so plain tables keep their columns.
      const byCommodity = comparison.commodityConcentration ?? [];
      const extra = byCommodity.length > 0;
      const figures = (c: (typeof comparison.concentration)[number]) => ({
        ...delta('hhi', c.hhi),
        ...pair('topCountry', c.topCountry),
        ...delta('topShare', c.topShare),
        ...pair('exceedsCrmaThreshold', c.exceedsCrmaThreshold),
      });
      return Papa.unparse([
        ...comparison.concentration.map((c) => ({
          stage: c.stage,
          ...(extra ? { commodity: '', unit: '' } : {}),
          ...figures(c),
        })),
        ...byCommodity.map((c) => ({
          stage: c.stage,
          commodity: c.commodity ?? '',
          unit: c.unit,
          ...figures(c),
        })),
      ]);
    }
    case 'countries':
      return Papa.unparse(
        comparison.countryDependence.map((d) => ({ country: d.country, ...delta('lostShare', d.lostShare) })),
      );
  }
}

// Named so that a comparison with no chokepoints on either side still gets its header row.
const chokepointColumns = [
  'id',
  'label',
  'rank_a',
  'rank_b',
  'shortfallIfRemoved_a',
  'shortfallIfRemoved_b',
  'shortfallIfRemoved_change',
  'singlePointOfFailure_a',
  'singlePointOfFailure_b',
];
