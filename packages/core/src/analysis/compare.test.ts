/**
 * compare() on the small magnet chain, without and with China's export ban. Hand-worked figures:
 * baseline delivers all 180 (cn-mag's 200 covers ev 120 + wind 60); under the ban every edge from a
 * Chinese node to a node outside China (including the country-less end uses) carries nothing, so only
 * au-mine → my-sep → jp-mag (15) → ev is left: 15 of 180.
 */
import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { magnetFixture } from '../../test/helpers/magnet-fixture.ts';
import { comparisonCsv } from '../io/comparison-csv.ts';
import { validateModel } from '../model/validate.ts';
import { analyze } from './analyze.ts';
import { compare } from './compare.ts';

describe('compare', () => {
  const model = magnetFixture();
  const before = analyze(model);
  const after = analyze(model, { scenario: 'cn-ban' });
  const c = compare(before, after);

  it('puts supply side by side with b − a', () => {
    expect(c.supply.delivered).toEqual({ a: 180, b: 15, change: -165 });
    expect(c.supply.demand).toEqual({ a: 180, b: 180, change: 0 });
    expect(c.supply.ratio.b).toBeCloseTo(1 / 12, 12);
    expect(c.a.scenario).toBeNull();
    expect(c.b.scenario).toEqual({ id: 'cn-ban', label: 'China bans exports' });
  });

  it('lists chokepoints that appear and disappear', () => {
    // Before: cn-mag, cn-sep, cn-mine (consumers are not chokepoints). After: only the Australian
    // route carries flow, so losing any node on it loses all 15; the Chinese nodes carry nothing.
    expect(before.chokepoints).toEqual(['cn-mag', 'cn-sep', 'cn-mine']);
    expect(new Set(after.chokepoints)).toEqual(new Set(['au-mine', 'my-sep', 'jp-mag']));
    expect(new Set(c.chokepoints.removed)).toEqual(new Set(['cn-mag', 'cn-sep', 'cn-mine']));
    expect(new Set(c.chokepoints.added)).toEqual(new Set(['au-mine', 'my-sep', 'jp-mag']));
    const jp = c.chokepoints.nodes.find((n) => n.id === 'jp-mag')!;
    expect(jp.shortfallIfRemoved.a).toBe(0);
    expect(jp.shortfallIfRemoved.b).toBeCloseTo(15 / 180, 12);
    const cnMag = c.chokepoints.nodes.find((n) => n.id === 'cn-mag')!;
    expect(cnMag.rank).toEqual({ a: 1, b: null });
    expect(cnMag.shortfallIfRemoved.b).toBe(0);
    // Sorted by the worse of the two ranks, then by b's rank: both rank-1 nodes first, b's leading.
    expect(c.chokepoints.nodes.slice(0, 2).map((n) => n.id)).toEqual([after.chokepoints[0], 'cn-mag']);
  });

  it('explains the score change with every component', () => {
    expect(c.resilience.score.change).toBeCloseTo(after.resilience.score - before.resilience.score, 12);
    expect(c.resilience.score.change!).toBeLessThan(0);
    expect(c.resilience.explanation[0]).toMatch(/^Score -\d+\.\d: /);
    const supply = c.resilience.components.find((x) => x.id === 'supply')!;
    expect(supply.value).toEqual({ a: 1, b: 15 / 180, change: 15 / 180 - 1 });
  });

  it('matches countries and stages by name, null where one side lacks them', () => {
    const cn = c.countryDependence.find((d) => d.country === 'CN')!;
    // Before: China's ban loses 165 of 180. After, it is already in force: nothing more to lose.
    expect(cn.lostShare.a).toBeCloseTo(165 / 180, 12);
    expect(cn.lostShare.b).toBe(0);
    // With China's ban in force, a ban by any country on the one route left (AU mine, MY separation,
    // JP magnets) loses all 15: the most on either side, so they lead (by code); China follows.
    expect(c.countryDependence.map((d) => d.country)).toEqual(['AU', 'JP', 'MY', 'CN']);
    expect(c.countryDependence[0]!.lostShare.b).toBeCloseTo(1, 12);

    const other = { ...model, stages: [...model.stages, 'recycling'] };
    const x = compare(before, analyze(other));
    const recycling = x.concentration.find((s) => s.stage === 'recycling')!;
    expect(recycling.hhi).toEqual({ a: null, b: null, change: null });
    expect(recycling.topCountry).toEqual({ a: null, b: null });
    expect(recycling.exceedsCrmaThreshold).toEqual({ a: null, b: false });
  });

  it('takes models as well as reports', () => {
    const fromModels = compare(model, model, { worstCase: [2] });
    expect(fromModels.supply.delivered).toEqual({ a: 180, b: 180, change: 0 });
    expect(fromModels.worstCase.map((w) => w.k)).toEqual([2]);
    expect(fromModels.chokepoints.added).toEqual([]);
    expect(fromModels.resilience.explanation).toEqual([
      `Score unchanged at ${before.resilience.score.toFixed(1)}.`,
    ]);
  });
});

describe('compare: concentration per stage and commodity', () => {
  // docs/recipes.md's magnet chain: separation sends NdPr (AU, 100 t) and Dy (CN, 0.5 t). B adds an
  // Australian Dy separator of 1.5 t: Dy shares 75% AU / 25% CN, HHI 75² + 25² = 6,250 (A: 10,000).
  const a = validateModel(
    JSON.parse(readFileSync(new URL('../../../../examples/magnet-chain.json', import.meta.url), 'utf8')),
  );
  if (!a.ok) throw new Error('examples/magnet-chain.json is not valid');
  const b = validateModel({
    ...a.model,
    nodes: [
      ...a.model.nodes,
      { id: 'au-dy', stage: 'separation', country: 'AU', commodity: 'Dy', capacity: 1.5 },
    ],
    edges: [...a.model.edges, { source: 'au-dy', target: 'plant' }],
  });
  if (!b.ok) throw new Error(JSON.stringify(b.issues));

  it('gives each (stage, commodity) on either side with its change', () => {
    const c = compare(a.model, b.model);
    const dy = c.commodityConcentration!.find((x) => x.commodity === 'Dy')!;
    expect(dy.stage).toBe('separation');
    expect(dy.unit).toBe('t Dy');
    expect(dy.hhi.a).toBeCloseTo(10_000, 9);
    expect(dy.hhi.b).toBeCloseTo(6_250, 9);
    expect(dy.hhi.change).toBeCloseTo(-3_750, 9);
    expect(dy.topCountry).toEqual({ a: 'CN', b: 'AU' });
    expect(dy.topShare.b).toBeCloseTo(0.75, 12);
    expect(dy.exceedsCrmaThreshold).toEqual({ a: true, b: true });
    const ndpr = c.commodityConcentration!.find((x) => x.commodity === 'NdPr')!;
    expect(ndpr.hhi.change).toBe(0);
  });

  it('is absent when neither side has several commodities at a stage', () => {
    const plain = magnetFixture();
    expect(compare(plain, plain).commodityConcentration).toBeUndefined();
  });

  it('adds commodity rows to the stages CSV after the stage rows', () => {
    const rows = Papa.parse<Record<string, string>>(comparisonCsv(compare(a.model, b.model), 'stages'), {
      header: true,
    }).data;
    expect(rows.map((r) => [r.stage, r.commodity])).toEqual([
      ['separation', ''],
      ['magnets', ''],
      ['end-use', ''],
      ['separation', 'Dy'],
      ['separation', 'NdPr'],
    ]);
    expect(rows[3]!.hhi_b).toBe('6250');
  });
});
