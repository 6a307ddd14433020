/**
 * Served supply per consuming country (issue 12), worked by hand.
 *
 * One mine of 10 t feeds three consumers: China 6 t, the US 6 t and a world total without a country
 * 3 t. Demand 15, delivered 10; the fair split serves each the same fraction, 10/15: China 4, the US 4,
 * the world total 2. With China's export ban (a node without country is outside every country) only
 * China's own consumer is served: up to its 6 t.
 */
import { describe, expect, it } from 'vitest';
import type { Model } from '../../model/schema.ts';
import { analyze } from '../analyze.ts';

const model: Model = {
  format: 'chokepoint/v1',
  name: 'Three consumers',
  unit: 't',
  stages: ['mining', 'end-use'],
  nodes: [
    { id: 'mine', stage: 'mining', country: 'CN', capacity: 10 },
    { id: 'cn-use', stage: 'end-use', country: 'CN', demand: 6 },
    { id: 'us-use', stage: 'end-use', country: 'US', demand: 6 },
    { id: 'world', stage: 'end-use', demand: 3 },
  ],
  edges: [
    { source: 'mine', target: 'cn-use' },
    { source: 'mine', target: 'us-use' },
    { source: 'mine', target: 'world' },
  ],
};

describe('countrySupply', () => {
  it('sums what each consuming country is served, countries in code order, no-country sinks last', () => {
    const r = analyze(model, { worstCase: [] });
    expect(r.countrySupply.map((c) => c.country)).toEqual(['CN', 'US', null]);
    const by = Object.fromEntries(r.countrySupply.map((c) => [String(c.country), c]));
    expect(by.CN!.served).toBeCloseTo(4, 12);
    expect(by.US!.served).toBeCloseTo(4, 12);
    expect(by.null!.served).toBeCloseTo(2, 12);
    expect(by.CN!.ratio).toBeCloseTo(4 / 6, 12);
    expect(by.null).toMatchObject({ sinks: 1, demand: 3 });
    const total = r.countrySupply.reduce((s, c) => s + c.served, 0);
    expect(total).toBeCloseTo(r.supply.delivered, 12);
  });

  it('under a Chinese export ban serves China only', () => {
    const ban = { id: 'ban', perturbations: [{ type: 'export-control' as const, country: 'CN' }] };
    const r = analyze(model, { scenario: ban, worstCase: [] });
    expect(r.countrySupply.map((c) => [c.country, c.served])).toEqual([
      ['CN', 6],
      ['US', 0],
      [null, 0],
    ]);
  });

  it('on the default model under the April 2025 controls: China keeps its own magnets', async () => {
    const { loadSolver } = await import('../recipes/solver.ts');
    const { loadModel } = await import('../../models/index.ts');
    await loadSolver();
    const r = analyze(loadModel(), { scenario: 'cn-2025-04-heavy-re-magnets', worstCase: [] });
    const cn = r.countrySupply.find((c) => c.country === 'CN')!;
    // China's EV (5,409 t) and wind (7,161 t) demand, served in full from China's own plants.
    expect(cn.demand).toBe(5409 + 7161);
    expect(cn.served).toBeCloseTo(cn.demand, 6);
    const india = r.countrySupply.find((c) => c.country === 'IN')!;
    expect(india.ratio).toBeLessThan(0.2);
  });
});
