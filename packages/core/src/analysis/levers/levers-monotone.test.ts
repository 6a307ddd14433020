/**
 * Levers that should only help, property-tested on generated chains with costs under a Chinese ban
 * after price pressure: more recycling, a bigger offtake share and more new capacity never lower
 * what is served.
 */
import { describe, expect, it } from 'vitest';
import { generateLayeredChain, mulberry32 } from '../../generate/layered-chain.ts';
import type { Model, Perturbation } from '../../model/schema.ts';
import { assess } from '../assess.ts';

function chainWithCosts(seed: number): Model {
  const base = generateLayeredChain({ nodes: 24, seed, recyclingFraction: 0.1 });
  const rand = mulberry32(seed * 13);
  return { ...base, nodes: base.nodes.map((n) => ({ ...n, cost: Math.round(rand() * 100) })) };
}

const shock: Perturbation[] = [
  { type: 'attrition', years: 3, minUtilisation: 0.6 },
  { type: 'export-control', country: 'CN' },
];
const served = (model: Model, levers: Perturbation[]) =>
  assess(model, { scenario: { id: 'p', perturbations: [...levers, ...shock] } }).supply.delivered;
const tol = (x: number) => 1e-9 * Math.max(1, x);

describe.each([101, 102, 103, 104, 105, 106])('seed %i', (seed) => {
  const model = chainWithCosts(seed);
  const stages = model.stages;

  it('more recycling never lowers served supply', () => {
    let last = -1;
    for (const share of [0, 0.1, 0.3, 0.6, 0.9]) {
      const s = served(model, [{ type: 'recycling', share, yield: 0.7, into: stages[1]! }]);
      expect(s).toBeGreaterThanOrEqual(last - tol(s));
      last = s;
    }
  });

  it('a bigger offtake share never lowers served supply', () => {
    const country = model.nodes.find((n) => n.country && n.country !== 'CN' && n.capacity !== undefined)!
      .country!;
    const stage = model.nodes.find((n) => n.country === country && n.capacity !== undefined)!.stage;
    let last = -1;
    for (const share of [0, 0.2, 0.5, 1]) {
      const s = served(model, [{ type: 'offtake', country, stage, share } as Perturbation]);
      expect(s).toBeGreaterThanOrEqual(last - tol(s));
      last = s;
    }
    // And any offtake at all serves at least as much as none.
    expect(last).toBeGreaterThanOrEqual(served(model, []) - tol(last));
  });

  it('more new capacity (with an offtake keeping it) never lowers served supply', () => {
    let last = -1;
    for (const capacity of [0, 10, 50, 200]) {
      const s = served(model, [
        { type: 'new-capacity', id: 'new', country: 'AU', stage: stages[0]!, capacity, cost: 1000 },
        { type: 'offtake', nodes: ['new'], share: 1 },
      ]);
      expect(s).toBeGreaterThanOrEqual(last - tol(s));
      last = s;
    }
  });
});

describe('the monotone properties can fail: a lever that removes capacity is caught', () => {
  it('a smaller recycler capacity serves less (so the test above is not vacuous)', () => {
    const model = chainWithCosts(101);
    const big = served(model, [{ type: 'recycling', share: 0.9, into: model.stages[1]! }]);
    const none = served(model, []);
    expect(big).toBeGreaterThan(none);
  });
});
