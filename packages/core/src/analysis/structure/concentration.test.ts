import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fixtureCases } from '../../../test/fixtures/structure/load.ts';
import { expectClose, tinyModel } from '../../../test/helpers/tiny-model.ts';
import type { Model } from '../../model/schema.ts';
import { parseModelText } from '../../model/validate.ts';
import { groupConcentration, stageCommodityConcentration, stageConcentration } from './concentration.ts';

const magnet = (() => {
  const r = parseModelText(
    readFileSync(new URL('../../../../../tests/fixtures/small-magnet-chain.json', import.meta.url), 'utf8'),
  );
  if (!r.ok) throw new Error('fixture invalid');
  return r.model;
})();

describe('stageConcentration, hand-worked', () => {
  it('small magnet chain, stage by stage', () => {
    const [mining, separation, magnetStage, endUse] = stageConcentration(magnet);
    // Mining: CN 270, AU 30 of 300 → 0.9, 0.1 → HHI 90² + 10² = 8,200; CN above 65%.
    expect(mining).toMatchObject({
      stage: 'mining',
      total: 300,
      topCountry: 'CN',
      exceedsCrmaThreshold: true,
    });
    expectClose([mining!.hhi!, mining!.topShare], [8200, 0.9], 'mining');
    expect(mining!.shares.map((s) => [s.country, s.capacity])).toEqual([
      ['CN', 270],
      ['AU', 30],
    ]);
    // Separation: CN 250, MY 20 of 270 → HHI = 10⁴·(250² + 20²)/270².
    expect(separation!.topCountry).toBe('CN');
    expectClose([separation!.hhi!], [(1e4 * (250 ** 2 + 20 ** 2)) / 270 ** 2], 'separation');
    // Magnets: CN 200, JP 15 of 215.
    expectClose(
      [magnetStage!.hhi!, magnetStage!.topShare],
      [(1e4 * (200 ** 2 + 15 ** 2)) / 215 ** 2, 200 / 215],
      'magnet',
    );
    // End uses state demand, not capacity: nothing to share out.
    expect(endUse).toEqual({
      stage: 'end-use',
      total: 0,
      hhi: null,
      topCountry: null,
      topShare: 0,
      shares: [],
      exceedsCrmaThreshold: false,
    });
  });

  it('leaves out nodes without a country or a capacity; 65% exactly is not above the benchmark', () => {
    const model = tinyModel(
      [
        { id: 'a', country: 'CN', capacity: 65 },
        { id: 'b', country: 'AU', capacity: 35 },
        { id: 'c', capacity: 1000 }, // no country
        { id: 'd', country: 'US' }, // unlimited
        { id: 'e', country: 'AU', capacity: 0 },
      ],
      [],
    );
    const [s] = stageConcentration(model);
    expect(s!.total).toBe(100);
    expect(s!.shares.map((x) => x.country)).toEqual(['CN', 'AU']);
    expectClose([s!.hhi!, s!.topShare], [65 ** 2 + 35 ** 2, 0.65], 'shares');
    expect(s!.exceedsCrmaThreshold).toBe(false);
  });

  it('a single country is 10,000; ties go to the first code; stages keep model order', () => {
    const model = tinyModel(
      [
        { id: 'a', stage: 'up', country: 'US', capacity: 50 },
        { id: 'b', stage: 'up', country: 'AU', capacity: 50 },
        { id: 'c', stage: 'down', country: 'JP', capacity: 7 },
      ],
      [['a', 'c']],
    );
    const [up, down] = stageConcentration(model);
    expect(up!.topCountry).toBe('AU');
    expectClose([up!.hhi!], [5000], 'tie');
    expect(down).toMatchObject({ stage: 'down', hhi: 10000, topShare: 1, exceedsCrmaThreshold: true });
  });
});

describe('groupConcentration', () => {
  it('counts a group as one bloc, per stage, on the same basis', () => {
    const rows = groupConcentration(magnet);
    expect(rows.map((r) => r.stage)).toEqual(['mining', 'separation', 'magnet', 'end-use']);
    // Quad = US, IN, JP, AU: AU mines 30 of 300; no Quad separation; JP magnets 15 of 215; no end-use basis.
    expectClose(
      rows.map((r) => r.share),
      [0.1, 0, 15 / 215, 0],
      'quad',
    );
    expect(rows.every((r) => r.group === 'quad')).toBe(true);
  });
});

describe('concentration, cross-checked against the Python reference', () => {
  for (const { model, expected } of fixtureCases) {
    it(model.name, () => {
      const stages = stageConcentration(model);
      expect(stages.map((s) => [s.stage, s.topCountry, s.exceedsCrmaThreshold])).toEqual(
        expected.concentration.map((s) => [s.stage, s.topCountry, s.crma]),
      );
      expect(stages.map((s) => s.hhi === null)).toEqual(expected.concentration.map((s) => s.hhi === null));
      expectClose(
        stages.flatMap((s) => [s.total, s.hhi ?? 0, s.topShare]),
        expected.concentration.flatMap((s) => [s.total, s.hhi ?? 0, s.topShare]),
        'stages',
      );
      const groups = groupConcentration(model, stages);
      expect(groups.map((g) => [g.stage, g.group])).toEqual(
        expected.groupConcentration.map((g) => [g.stage, g.group]),
      );
      expectClose(
        groups.map((g) => g.share),
        expected.groupConcentration.map((g) => g.share),
        'groups',
      );
    });
  }
});

/**
 * Two separators send NdPr and Dy/Tb: CN (capacity 100) sends NdPr on an unlimited edge and Dy on two
 * edges of 3 and 4; MY (capacity 20) sends NdPr only, on an edge of 50 (so its node capacity, 20,
 * counts). NdPr: CN 100, MY 20 of 120 → HHI 10⁴·(100² + 20²)/120² ≈ 7,222. Dy/Tb: CN 7 (3 + 4 < 100)
 * of 7 → HHI 10,000, in t Dy as `commodities` says. The magnet stage sends one commodity: no rows.
 */
const twoCommodities: Model = {
  format: 'chokepoint/v1',
  name: 'Two commodities',
  unit: 't REO',
  stages: ['separation', 'magnet'],
  commodities: [
    { id: 'NdPr', unit: 't NdPr oxide' },
    { id: 'DyTb', unit: 't Dy' },
  ],
  nodes: [
    { id: 'cn-sep', stage: 'separation', country: 'CN', capacity: 100 },
    { id: 'my-sep', stage: 'separation', country: 'MY', capacity: 20 },
    { id: 'jp-mag', stage: 'magnet', country: 'JP', capacity: 10, commodity: 'magnet' },
    { id: 'ev', stage: 'magnet', demand: 10 },
  ],
  edges: [
    { source: 'cn-sep', target: 'jp-mag', commodity: 'NdPr' },
    { id: 'dy1', source: 'cn-sep', target: 'jp-mag', commodity: 'DyTb', capacity: 3 },
    { id: 'dy2', source: 'cn-sep', target: 'ev', commodity: 'DyTb', capacity: 4 },
    { source: 'my-sep', target: 'jp-mag', commodity: 'NdPr', capacity: 50 },
    { source: 'jp-mag', target: 'ev' },
  ],
};

describe('stageCommodityConcentration, hand-worked', () => {
  it('one row per commodity of a stage that sends several, over each node’s capacity for it', () => {
    const rows = stageCommodityConcentration(twoCommodities);
    expect(rows.map((r) => [r.stage, r.commodity, r.unit, r.total, r.topCountry])).toEqual([
      ['separation', 'DyTb', 't Dy', 7, 'CN'],
      ['separation', 'NdPr', 't NdPr oxide', 120, 'CN'],
    ]);
    expect(rows[0]!.hhi).toBe(10000);
    expect(rows[0]!.exceedsCrmaThreshold).toBe(true);
    expectClose(
      [rows[1]!.hhi!, rows[1]!.topShare],
      [(1e4 * (100 ** 2 + 20 ** 2)) / 120 ** 2, 100 / 120],
      'NdPr',
    );
    expect(rows[1]!.shares.map((s) => [s.country, s.capacity])).toEqual([
      ['CN', 100],
      ['MY', 20],
    ]);
  });

  it('is empty when every stage sends one commodity (and the report leaves the field out)', () => {
    expect(stageCommodityConcentration(magnet)).toEqual([]);
  });
});
