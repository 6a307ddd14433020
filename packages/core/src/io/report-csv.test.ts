import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { chain } from '../../test/small-chains.ts';
import { analyze } from '../analysis/analyze.ts';
import { modelSha256, SCORE_METHOD_VERSION, TOOL_VERSION } from '../version.ts';
import { type REPORT_CSV_TABLES, reportCsv } from './report-csv.ts';

// Two mines (CN 60, AU 40) → one separation plant "Sep, ""the"" plant" (capacity 80) → a factory
// wanting 100. Delivered 80; the plant is on every path, so losing it loses all 80 (shortfall 0.8).
const model = chain(
  [
    ['cn', { stage: 'mining', country: 'CN', capacity: 60 }],
    ['au', { stage: 'mining', country: 'AU', capacity: 40 }],
    ['sep', { stage: 'separation', country: 'CN', capacity: 80, label: 'Sep, "the" plant' }],
    ['factory', { stage: 'end-use', demand: 100 }],
  ],
  [
    ['cn', 'sep', 50],
    ['au', 'sep'],
    ['sep', 'factory'],
  ],
  { stages: ['mining', 'separation', 'end-use'] },
);
const report = analyze(model);
const rows = (table: (typeof REPORT_CSV_TABLES)[number]) =>
  Papa.parse<Record<string, string>>(reportCsv(report, table), { header: true }).data;

describe('reportCsv', () => {
  it.each(['nodes', 'stages', 'countries', 'edges', 'resilience'] as const)(
    '%s: every row carries the tool version, the score method and the model hash',
    (table) => {
      const all = rows(table);
      expect(all.length).toBeGreaterThan(0);
      for (const r of all) {
        expect(r.toolVersion).toBe(TOOL_VERSION);
        expect(r.scoreMethodVersion).toBe(String(SCORE_METHOD_VERSION));
        expect(r.modelSha256).toBe(modelSha256(model));
      }
    },
  );

  it('nodes: one row per node, labels quoted per RFC 4180', () => {
    const text = reportCsv(report, 'nodes');
    expect(text.split('\r\n')[0]).toBe(
      'id,label,stage,country,throughput,betweenness,flowBetweenness,shortfallIfRemoved,chokepointRank,singlePointOfFailure,cutsOff,toolVersion,scoreMethodVersion,modelSha256',
    );
    expect(text).toContain('sep,"Sep, ""the"" plant",separation,CN,80,');
    const sep = rows('nodes').find((r) => r.id === 'sep')!;
    expect(Number(sep.shortfallIfRemoved)).toBeCloseTo(0.8, 12);
    expect(sep.chokepointRank).toBe('1');
    expect(sep.singlePointOfFailure).toBe('true');
    expect(rows('nodes')).toHaveLength(4);
  });

  it('edges: flow, and an absent capacity as an empty cell', () => {
    const edges = rows('edges');
    expect(edges.map((e) => [e.id, e.capacity])).toEqual([
      ['cn->sep', '50'],
      ['au->sep', ''],
      ['sep->factory', ''],
    ]);
    // The split between the mines is not unique (CN 40–50); what reaches the plant and leaves it is.
    const flow = (id: string) => Number(edges.find((e) => e.id === id)!.flow);
    expect(flow('cn->sep') + flow('au->sep')).toBeCloseTo(80, 12);
    expect(flow('sep->factory')).toBeCloseTo(80, 12);
  });

  it('stages and countries: concentration and what each country’s ban costs', () => {
    // Mining capacity: CN 60, AU 40 → HHI 60² + 40² = 5,200.
    const mining = rows('stages').find((r) => r.stage === 'mining')!;
    expect([mining.total, mining.hhi, mining.topCountry, mining.topShare]).toEqual([
      '100',
      '5200',
      'CN',
      '0.6',
    ]);
    // A Chinese ban stops the plant's exports to the (countryless) factory: everything is lost.
    expect(rows('countries').find((r) => r.country === 'CN')?.lostShare).toBe('1');
  });

  it('resilience: a row per component, then the score', () => {
    const r = rows('resilience');
    expect(r.at(-1)).toMatchObject({ component: 'score', points: String(report.resilience.score) });
    expect(r.slice(0, -1).map((c) => c.component)).toEqual(report.resilience.components.map((c) => c.id));
  });

  it('stages: a row per commodity of a stage that sends several, after the stage rows', () => {
    // CN separation (80) sends NdPr unlimited and Dy on an edge of 5; AU separation (20) sends NdPr.
    const two = chain(
      [
        ['cn', { stage: 'separation', country: 'CN', capacity: 80 }],
        ['au', { stage: 'separation', country: 'AU', capacity: 20 }],
        [
          'mag',
          {
            stage: 'magnet',
            country: 'JP',
            recipe: [
              { commodity: 'NdPr', ratio: 1 },
              { commodity: 'Dy', ratio: 0.1 },
            ],
          },
        ],
        ['ev', { stage: 'end-use', demand: 10 }],
      ],
      [
        ['cn', 'mag', undefined, { commodity: 'NdPr' }],
        ['cn', 'mag', 5, { commodity: 'Dy' }],
        ['au', 'mag', undefined, { commodity: 'NdPr' }],
        ['mag', 'ev'],
      ],
      { stages: ['separation', 'magnet', 'end-use'] },
    );
    const table = Papa.parse<Record<string, string>>(reportCsv(analyze(two), 'stages'), {
      header: true,
    }).data;
    expect(table.map((r) => [r.stage, r.commodity, r.total, r.topCountry, r.topShare])).toEqual([
      ['separation', '', '100', 'CN', '0.8'],
      ['magnet', '', '0', '', '0'],
      ['end-use', '', '0', '', '0'],
      ['separation', 'Dy', '5', 'CN', '1'],
      ['separation', 'NdPr', '100', 'CN', '0.8'],
    ]);
    // Plain models keep their columns.
    expect(Object.keys(rows('stages')[0]!)).not.toContain('commodity');
  });
});
