import { describe, expect, it } from 'vitest';
import { twoCountryChain } from '../../../test/lever-chains.ts';
import type { Model } from '../../model/schema.ts';
import { assess } from '../assess.ts';
import { leverPresets, rankLevers, scenarioLeverRanking, shockScenarios, splitLevers } from './rank.ts';
import { LeverRankingSchema } from './ranking-schema.ts';

const model: Model = {
  ...twoCountryChain(100),
  scenarios: [
    {
      id: 'squeeze-then-ban',
      perturbations: [
        { type: 'attrition', years: 3, minUtilisation: 0.5 },
        { type: 'export-control', country: 'CN' },
      ],
    },
    { id: 'offtake-us', perturbations: [{ type: 'offtake', nodes: ['us'], share: 0.5, opex: 100 }] },
    {
      id: 'new-au',
      perturbations: [
        { type: 'new-capacity', id: 'au', country: 'AU', stage: 'mine', capacity: 30, cost: 50, capex: 5000 },
      ],
    },
  ],
};

describe('rankLevers', () => {
  it('splits the model’s scenarios into shocks and lever presets', () => {
    expect(shockScenarios(model).map((s) => s.id)).toEqual(['squeeze-then-ban']);
    expect(leverPresets(model).map((l) => l.id)).toEqual(['offtake-us', 'new-au']);
  });

  it('ranks each lever and the pair by score per money under the shock, with the served fraction', () => {
    const shock = shockScenarios(model)[0]!;
    const r = rankLevers(model, leverPresets(model), { shock, years: 10 });
    expect(r.baseline.ratio).toBe(0);
    expect(r.baseline.exited).toEqual(['us']);
    const row = (ids: string[]) => r.rows.find((x) => x.levers.join('+') === ids.join('+'))!;
    // Offtake: the US mine survives (50 of 100 served); yearly 100 opex + 500 dispatch cost added.
    expect(row(['offtake-us']).ratio).toBe(0.5);
    expect(row(['offtake-us']).yearlyCost).toBeCloseTo(600, 4);
    expect(row(['offtake-us']).cost).toBeCloseTo(6000, 4);
    // New capacity alone is priced out before the ban: nothing gained, 5000 spent.
    expect(row(['new-au']).ratio).toBe(0);
    expect(row(['new-au']).exited).toEqual(['us', 'au']);
    // Both: the US mine survives; the new mine still exits (the offtake does not cover it).
    expect(row(['offtake-us', 'new-au']).ratio).toBe(0.5);
    // Score gains agree with assess on the same scenarios.
    const scenario = {
      id: 'x',
      perturbations: [...leverPresets(model)[0]!.perturbations, ...shock.perturbations],
    };
    expect(row(['offtake-us']).score).toBe(assess(model, { scenario }).resilience.score);
    // Ranked by points per money: the offtake first.
    expect(r.rows[0]!.levers).toEqual(['offtake-us']);
    expect(r.rows[0]!.pointsPerMoney).toBeCloseTo(r.rows[0]!.scoreGained / 6000, 12);
  });
});

describe('the levers of one scenario (compare)', () => {
  it('splits levers from the shock, an offtake of a plant joining the new-capacity that adds it', () => {
    const split = splitLevers({
      id: 'plan',
      perturbations: [
        { type: 'new-capacity', id: 'au', country: 'AU', stage: 'mine', capacity: 30, cost: 50 },
        { type: 'offtake', nodes: ['au'], share: 1 },
        { type: 'offtake', nodes: ['us'], share: 0.5 },
        { type: 'attrition', years: 3, minUtilisation: 0.5 },
        { type: 'export-control', country: 'CN' },
      ],
    });
    expect(split?.levers.map((l) => l.perturbations.map((p) => p.type))).toEqual([
      ['new-capacity', 'offtake'],
      ['offtake'],
    ]);
    expect(split?.shock?.perturbations.map((p) => p.type)).toEqual(['attrition', 'export-control']);
    expect(splitLevers({ id: 'ban', perturbations: [{ type: 'export-control', country: 'CN' }] })).toBeNull();
  });

  it('ranks them as rankLevers does: the offtake keeps 50 t under the squeeze and ban', () => {
    const ranking = scenarioLeverRanking(model, {
      id: 'plan',
      perturbations: [
        { type: 'offtake', nodes: ['us'], share: 0.5, opex: 100 },
        { type: 'attrition', years: 3, minUtilisation: 0.5 },
        { type: 'export-control', country: 'CN' },
      ],
    });
    expect(LeverRankingSchema.parse(ranking)).toEqual(ranking);
    // Dispatch cost added 500 a year (75 × 10 + 25 × 30 − 100 × 10) + opex 100 = 600; 10 years: 6,000.
    expect(ranking?.rows).toHaveLength(1);
    expect(ranking?.rows[0]).toMatchObject({ ratio: 0.5, cost: expect.closeTo(6000, 3) });
    expect(ranking?.baseline.ratio).toBe(0);
  });
});
