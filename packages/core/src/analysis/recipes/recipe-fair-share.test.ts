/**
 * The fair split among consumers on the recipe LP (issue 10's rule, issue 11's LP), worked by hand.
 */
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Model } from '../../model/schema.ts';
import { loadModel } from '../../models/index.ts';
import { analyze } from '../analyze.ts';
import { loadSolver } from './solver.ts';

beforeAll(async () => {
  await loadSolver();
});

/**
 * NdPr 100 t and Dy 1 t feed a magnet plant needing 0.3 t NdPr and 0.01 t Dy per t: Dy limits it to
 * 100 t. EV motors want 150 t, wind 50 t, and defence 10 t through its own 2 t route. Fair: all three
 * rise together until defence's route holds it at 2 t (20%); the other two then share what is left,
 * 98 t of 200: 49% each (73.5 t and 24.5 t). A plain LP optimum may give EV all of it and wind nothing.
 */
const chain: Model = {
  format: 'chokepoint/v1',
  name: 'Dy-limited magnets',
  unit: 't',
  stages: ['separation', 'magnets', 'end-use'],
  nodes: [
    { id: 'ndpr', stage: 'separation', country: 'AU', commodity: 'NdPr', capacity: 100 },
    { id: 'dy', stage: 'separation', country: 'CN', commodity: 'Dy', capacity: 1 },
    {
      id: 'plant',
      stage: 'magnets',
      country: 'JP',
      commodity: 'magnet',
      recipe: [
        { commodity: 'NdPr', ratio: 0.3 },
        { commodity: 'Dy', ratio: 0.01 },
      ],
    },
    { id: 'ev', stage: 'end-use', demand: 150 },
    { id: 'wind', stage: 'end-use', demand: 50 },
    { id: 'defence', stage: 'end-use', demand: 10 },
  ],
  edges: [
    { source: 'ndpr', target: 'plant' },
    { source: 'dy', target: 'plant' },
    { source: 'plant', target: 'ev' },
    { source: 'plant', target: 'wind' },
    { source: 'plant', target: 'defence', capacity: 2 },
  ],
};

const served = (model: Model) =>
  Object.fromEntries(
    analyze(model, { worstCase: [] })
      .nodes.filter((n) => model.nodes.find((m) => m.id === n.id)?.demand)
      .map((n) => [n.id, Number(n.throughput.toFixed(9))]),
  );

describe('fair split on the recipe LP', () => {
  it('raises the lowest served fraction first, then the next', () => {
    expect(served(chain)).toEqual({ ev: 73.5, wind: 24.5, defence: 2 });
  });

  it('is the same in any file order', () => {
    const reversed = { ...chain, nodes: [...chain.nodes].reverse(), edges: [...chain.edges].reverse() };
    expect(served(reversed)).toEqual(served(chain));
  });

  it('serves every magnet use of the default model the same fraction when magnets run short', () => {
    const model = loadModel('rare-earth-magnets');
    const report = analyze(model, { worstCase: [] });
    const fractions = report.nodes
      .filter((n) => n.stage === 'end-use')
      .map((n) => ({ id: n.id, share: n.throughput / model.nodes.find((m) => m.id === n.id)!.demand! }));
    const magnetUses = fractions.filter((f) => f.id !== 'non-magnet-uses');
    // No magnet use is left with nothing while another is fully served (the plain optimum gave wind 0).
    const shares = magnetUses.map((f) => f.share);
    expect(Math.max(...shares) - Math.min(...shares)).toBeLessThan(1e-9);
    expect(shares[0]).toBeGreaterThan(0);
  });
});

/**
 * Against scipy (test/fixtures/recipes/recipe_fair_scipy.py): the random recipe chains whose consumers
 * are not all fully served, and a chain where filling fractions up without holding the total at its
 * maximum delivered a third of it (the engine threw "lost delivery" before the total was held).
 */
describe('fair split on the recipe LP against scipy', () => {
  const fixture = JSON.parse(
    readFileSync(new URL('../../../test/fixtures/recipes/recipe-fair.json', import.meta.url), 'utf8'),
  ) as { cases: { model: Model; delivered: number; served: Record<string, number> }[] };
  fixture.cases.forEach(({ model, delivered, served: expected }) => {
    it(model.name, () => {
      const report = analyze(model, { worstCase: [] });
      expect(report.supply.delivered).toBeCloseTo(delivered, 6);
      for (const [id, amount] of Object.entries(expected)) {
        const got = report.nodes.find((n) => n.id === id)!.throughput;
        expect(Math.abs(got - amount)).toBeLessThan(1e-6 * Math.max(1, delivered));
      }
    });
  });
});
