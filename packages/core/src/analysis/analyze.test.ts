/**
 * analyze() on the hand-worked fixture tests/fixtures/small-magnet-chain.json. The expected numbers are
 * worked out by hand in the comments; the kernels themselves are cross-checked against NetworkX in
 * their own tests.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Model } from '../model/schema.ts';
import { parseModelText } from '../model/validate.ts';
import { analyze } from './analyze.ts';

const text = readFileSync(
  new URL('../../../../tests/fixtures/small-magnet-chain.json', import.meta.url),
  'utf8',
);
const load = (): Model => {
  const r = parseModelText(text);
  if (!r.ok) throw new Error('fixture invalid');
  return r.model;
};

describe('analyze on the small magnet chain', () => {
  const report = analyze(load());
  const node = (id: string) => report.nodes.find((n) => n.id === id)!;

  it('delivers all demand: cn-mag (200) alone covers ev 120 + wind 60', () => {
    expect(report.supply).toEqual({ demand: 180, delivered: 180, ratio: 1 });
  });

  it('ranks chokepoints by N-1 shortfall, consumers aside', () => {
    // Without cn-mag or cn-sep only jp-mag's 15 reaches ev: lost 165/180.
    // Without cn-mine, cn-sep gets au's 10 and jp-mag 15: delivered 25, lost 155/180.
    // Without ev: 60 delivered (lost 120); without wind: 120 (lost 60).
    // Consumers keep their figure in nodes[] but are not chokepoints.
    expect(report.chokepoints).toEqual(['cn-mag', 'cn-sep', 'cn-mine']);
    expect(node('ev').shortfallIfRemoved).toBeCloseTo(120 / 180, 12);
    expect(node('cn-mag').shortfallIfRemoved).toBeCloseTo(165 / 180, 12);
    expect(node('cn-mine').shortfallIfRemoved).toBeCloseTo(155 / 180, 12);
    expect(node('au-mine').shortfallIfRemoved).toBe(0);
    expect(node('wind').shortfallIfRemoved).toBeCloseTo(60 / 180, 12);
  });

  it('finds the single points of failure and what they cut off', () => {
    // wind is fed only through cn-sep → cn-mag; ev also has the Malaysia → Japan route.
    expect(report.nodes.filter((n) => n.singlePointOfFailure).map((n) => [n.id, n.cutsOff])).toEqual([
      ['cn-sep', ['wind']],
      ['cn-mag', ['wind']],
    ]);
  });

  it('measures stage concentration', () => {
    const [mining, separation, magnet, endUse] = report.concentration;
    expect(mining).toMatchObject({
      stage: 'mining',
      topCountry: 'CN',
      topShare: 0.9,
      exceedsCrmaThreshold: true,
    });
    expect(mining!.hhi).toBeCloseTo(8200, 9); // 90² + 10²
    expect(separation!.hhi).toBeCloseTo(((250 / 270) * 100) ** 2 + ((20 / 270) * 100) ** 2, 9);
    expect(magnet!.topShare).toBeCloseTo(200 / 215, 12);
    expect(endUse!.hhi).toBeNull();
  });

  it('measures country dependence: a Chinese ban leaves only Japan’s 15 t', () => {
    // CN nodes export to jp-mag and to the country-less end uses: all blocked.
    expect(report.countryDependence[0]).toEqual({
      country: 'CN',
      lostShare: 165 / 180,
      deliveredUnderControl: 15,
    });
    expect(report.countryDependence.slice(1).every((d) => d.lostShare === 0)).toBe(true);
  });

  it('measures redundancy: wind hangs on one node, ev on two', () => {
    expect(report.redundancy.sinks).toEqual([
      { id: 'ev', minVertexCut: 2 },
      { id: 'wind', minVertexCut: 1 },
    ]);
    expect(report.redundancy.overall).toBe(1);
  });

  it('scores resilience from served fractions', () => {
    // supply 1·30; n-1 (15/180)·25; export (15/180)·25; diversification (15/180)·20: losing China's
    // mining leaves 25 (Australia's 30 through my-sep 20 → jp-mag 15, and 10 → cn-sep → cn-mag), its
    // separation or its magnets 15 (all through jp-mag), any other country's stage 180. The tie goes to
    // the earlier stage.
    // (method 3: n-1 weighs 15 and buffers 10; without stock buffers is the n-1 fraction)
    const expected = 30 + (15 / 180) * 15 + (15 / 180) * 25 + (15 / 180) * 20 + (15 / 180) * 10;
    expect(report.resilience.score).toBeCloseTo(Math.round(expected * 10) / 10, 9);
    expect(report.resilience.components.map((c) => c.id)).toEqual([
      'supply',
      'n-1',
      'export-control',
      'diversification',
      'buffers',
    ]);
    expect(report.resilience.components[3]!.detail).toBe(
      'Losing China’s (CN) separation capacity leaves 8% of demand served.',
    );
  });

  it('finds the worst pair and triple', () => {
    // Any pair containing cn-mag (or cn-sep) plus jp-mag (or my-sep/ev) loses everything.
    const [pair, triple] = report.worstCase;
    expect(pair!.k).toBe(2);
    expect(pair!.shortfall).toBeCloseTo(1, 12);
    expect(triple!.shortfall).toBeCloseTo(1, 12);
  });

  it('applies a scenario by id and marks the edges that went dark', () => {
    const r = analyze(load(), { scenario: 'cn-ban', worstCase: [] });
    expect(r.scenario).toEqual({ id: 'cn-ban', label: 'China bans exports' });
    expect(r.supply.delivered).toBeCloseTo(15, 12);
    expect(r.edges.filter((e) => e.blocked).map((e) => e.id)).toEqual([
      'cn-sep->jp-mag',
      'cn-mag->ev',
      'cn-mag->wind',
    ]);
    expect(r.worstCase).toEqual([]);
    expect(r.resilience.score).toBeLessThan(report.resilience.score);
  });

  it('names the unknown scenario and the known ones', () => {
    expect(() => analyze(load(), { scenario: 'nope' })).toThrow(
      'unknown scenario "nope"; the model\'s scenarios are "cn-ban", "lynas-out"',
    );
  });

  it('produces plain JSON (no Infinity, no typed arrays)', () => {
    const json = JSON.parse(JSON.stringify(report));
    expect(json).toEqual(report);
  });
});
