/**
 * The recipe LP against independent numbers: scipy's linprog on random recipe chains (frozen in
 * test/fixtures/recipes/recipe-lp.json by recipe_lp_scipy.py), and the combinatorial max-flow on
 * random models without recipes, where the LP must give the same delivered and the same N-1 losses.
 */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { generateLayeredChain } from '../../generate/layered-chain.ts';
import type { Model } from '../../model/schema.ts';
import { validateModel } from '../../model/validate.ts';
import { contingencyTable } from '../flow/contingency.ts';
import { countryDependence } from '../flow/country-dependence.ts';
import { computeSupply, solveSupply } from '../flow/supply.ts';
import { worstCase } from '../flow/worst-case.ts';
import { indexModel } from '../indexed-graph.ts';
import { recipeFigures } from './recipe-figures.ts';
import { recipeContingency, recipeSupply } from './recipe-flow.ts';
import { buildRecipeLp } from './recipe-lp.ts';
import { loadSolver } from './solver.ts';

let highs: Awaited<ReturnType<typeof loadSolver>>;
beforeAll(async () => {
  highs = await loadSolver();
});

interface Case {
  model: unknown;
  delivered: number;
  deliveredWithout: Record<string, number>;
}
const fixture = JSON.parse(
  readFileSync(new URL('../../../test/fixtures/recipes/recipe-lp.json', import.meta.url), 'utf8'),
) as { cases: Case[] };

/** Delivered, and delivered without each node, from one LP (N-1 by changed bounds). */
function lpFigures(model: Model) {
  const g = indexModel(model);
  const lp = buildRecipeLp(highs, model, g, `model "${model.name}"`);
  try {
    const supply = recipeSupply(lp);
    // As the analysis does: every N-1 re-solve from the baseline's basis, with the dual simplex.
    lp.keepBaseline();
    const n1 = recipeContingency(lp, supply.delivered, supply.nodeThroughput);
    return { g, delivered: supply.delivered, lost: n1.lost, solves: n1.solves };
  } finally {
    lp.dispose();
  }
}

describe('recipe LP vs scipy linprog (frozen fixtures)', () => {
  it('has cases with recipes, alternatives with maxShare and yields', () => {
    const models = fixture.cases.map((c) => c.model as Model);
    expect(models.length).toBe(40);
    expect(
      models.some((m) => m.nodes.some((n) => n.alternatives?.some((a) => a.maxShare !== undefined))),
    ).toBe(true);
    expect(models.some((m) => m.nodes.some((n) => n.yield !== undefined))).toBe(true);
    expect(models.some((m) => m.nodes.some((n) => n.demand !== undefined && n.recipe !== undefined))).toBe(
      true,
    );
  });

  it.each(fixture.cases.map((c, i) => [i, c] as const))(
    'case %i: delivered and every N-1 figure agree',
    (_, c) => {
      const valid = validateModel(c.model);
      expect(valid.issues).toEqual([]);
      if (!valid.ok) return;
      const { g, delivered, lost } = lpFigures(valid.model);
      const tol = 1e-6 * Math.max(1, c.delivered);
      expect(Math.abs(delivered - c.delivered)).toBeLessThan(tol);
      for (const [id, without] of Object.entries(c.deliveredWithout)) {
        expect(Math.abs(c.delivered - without - lost[g.index.get(id)!]!), id).toBeLessThan(tol);
      }
    },
  );
});

describe('recipe LP vs max-flow on models without recipes', () => {
  it('gives the same delivered and the same loss for every node', () => {
    fc.assert(
      fc.property(fc.integer({ min: 5, max: 60 }), fc.nat(1_000_000), (nodes, seed) => {
        const model = generateLayeredChain({
          nodes,
          seed,
          recyclingFraction: 0.1,
          unlimitedProbability: 0.2,
        });
        const g = indexModel(model);
        const flow = contingencyTable(g, undefined, solveSupply(g));
        const lp = lpFigures(model);
        const tol = 1e-7 * Math.max(1, flow.delivered);
        expect(Math.abs(lp.delivered - flow.delivered)).toBeLessThan(tol);
        for (let v = 0; v < g.n; v++) expect(Math.abs(lp.lost[v]! - flow.lost[v]!)).toBeLessThan(tol);
      }),
      { numRuns: 60 },
    );
  });
});

describe('every flow figure: recipe LP vs max-flow on models without recipes', () => {
  it('served per consumer (the fair split), country dependence and worst pairs agree (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 5, max: 40 }), fc.nat(1_000_000), (nodes, seed) => {
        // Short supply, so that the fair split among consumers has something to decide.
        const model = generateLayeredChain({
          nodes,
          seed,
          recyclingFraction: 0.1,
          unlimitedProbability: 0.2,
        });
        const g = indexModel(model);
        const candidates = Uint8Array.from(g.isSink, (sink) => 1 - sink);
        const lp = recipeFigures(model, g, `model "${model.name}"`, {
          worstCase: [2],
          worstCaseOptions: { candidates, maxExactSolves: 10_000 },
        });
        const flow = computeSupply(g);
        const tol = 1e-7 * Math.max(1, flow.delivered);
        for (let v = 0; v < g.n; v++) {
          if (g.isSink[v])
            expect(Math.abs(lp.supply.nodeThroughput[v]! - flow.nodeThroughput[v]!)).toBeLessThan(tol);
        }
        const byCountry = new Map(
          countryDependence(model, g).map((d) => [d.country, d.deliveredUnderControl]),
        );
        expect(lp.dependence.map((d) => d.country).sort()).toEqual([...byCountry.keys()].sort());
        for (const d of lp.dependence) {
          expect(Math.abs(d.deliveredUnderControl - byCountry.get(d.country)!)).toBeLessThan(tol);
        }
        // The worst pair's loss (the pair itself may differ among equally bad ones).
        const exact = worstCase(g, 2, { candidates });
        expect(lp.worstCase[0]!.method).toBe('exact');
        expect(Math.abs(lp.worstCase[0]!.shortfall - exact.shortfall)).toBeLessThan(1e-7);
      }),
      { numRuns: 30 },
    );
  }, 120_000);
});
