/**
 * The comparison tables on the small magnet chain with and without China's ban (figures worked in
 * compare.test.ts: 180 delivered before, only the Australian route's 15 after).
 */
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { magnetFixture } from '../../test/helpers/magnet-fixture.ts';
import { analyze } from '../analysis/analyze.ts';
import { compare } from '../analysis/compare.ts';
import { modelSha256, SCORE_METHOD_VERSION, TOOL_VERSION } from '../version.ts';
import { comparisonCsv } from './comparison-csv.ts';

const model = magnetFixture();
const c = compare(analyze(model), analyze(model, { scenario: 'cn-ban' }));
const rows = (table: Parameters<typeof comparisonCsv>[1]) =>
  Papa.parse<Record<string, string>>(comparisonCsv(c, table), { header: true }).data;

describe('comparisonCsv', () => {
  it('summary: each figure on both sides and its change', () => {
    const summary = rows('summary');
    expect(summary.find((r) => r.metric === 'delivered')).toEqual({
      metric: 'delivered',
      value_a: '180',
      value_b: '15',
      value_change: '-165',
      toolVersion: TOOL_VERSION,
      scoreMethodVersion: String(SCORE_METHOD_VERSION),
      modelSha256_a: modelSha256(model),
      modelSha256_b: modelSha256(model),
    });
    const score = summary.find((r) => r.metric === 'score')!;
    expect(Number(score.value_change)).toBeCloseTo(Number(score.value_b) - Number(score.value_a), 9);
    // Five components (method 3 added buffers), a value and a points row each.
    expect(summary.filter((r) => r.metric?.endsWith('.points'))).toHaveLength(5);
  });

  it('chokepoints: a missing rank is an empty cell', () => {
    const cnMag = rows('chokepoints').find((r) => r.id === 'cn-mag')!;
    expect([cnMag.rank_a, cnMag.rank_b]).toEqual(['1', '']);
    expect(cnMag.shortfallIfRemoved_b).toBe('0');
    const jp = rows('chokepoints').find((r) => r.id === 'jp-mag')!;
    expect(Number(jp.shortfallIfRemoved_b)).toBeCloseTo(15 / 180, 12);
  });

  it('stages and countries: one row each, with the header even when empty', () => {
    expect(rows('stages').map((r) => r.stage)).toEqual(model.stages);
    expect(rows('countries').find((r) => r.country === 'CN')?.lostShare_a).toBeDefined();
    const none = { ...c, chokepoints: { added: [], removed: [], nodes: [] } };
    expect(comparisonCsv(none, 'chokepoints').split('\r\n')[0]).toBe(
      'id,label,rank_a,rank_b,shortfallIfRemoved_a,shortfallIfRemoved_b,shortfallIfRemoved_change,singlePointOfFailure_a,singlePointOfFailure_b,toolVersion,scoreMethodVersion,modelSha256_a,modelSha256_b',
    );
    // Every row of every table says where it came from.
    for (const table of ['summary', 'chokepoints', 'stages', 'countries'] as const)
      for (const r of rows(table)) expect(r.modelSha256_b).toBe(modelSha256(model));
  });
});
