import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { twoCountryChain } from '../../../test/lever-chains.ts';
import { generateLayeredChain, mulberry32 } from '../../generate/layered-chain.ts';
import type { Model } from '../../model/schema.ts';
import { indexModel } from '../indexed-graph.ts';
import { requireSolver } from '../recipes/solver.ts';
import { dispatch, lpDispatch, plainDispatch } from './dispatch.ts';

describe('dispatch, worked by hand', () => {
  it('serves demand from the cheap producer and leaves the dear one idle', () => {
    const m = twoCountryChain(100);
    const d = plainDispatch(m, indexModel(m));
    expect(d.delivered).toBe(100);
    expect(Array.from(d.output)).toEqual([100, 0, 100]);
    expect(Array.from(d.idle)).toEqual([0, 50, 0]);
    expect(d.totalCost).toBe(1000);
  });

  it('calls on the dear producer only for what the cheap one cannot give', () => {
    const m = twoCountryChain(120);
    const d = plainDispatch(m, indexModel(m));
    expect(Array.from(d.output)).toEqual([100, 20, 120]);
    expect(d.totalCost).toBe(100 * 10 + 20 * 30);
  });

  it('counts edge costs: a dear route moves flow to a producer with a dearer node', () => {
    const m = twoCountryChain(50);
    m.edges[0] = { ...m.edges[0]!, cost: 25 }; // CN 10 + 25 = 35 a unit, US 30
    const d = plainDispatch(m, indexModel(m));
    expect(Array.from(d.output)).toEqual([0, 50, 50]);
    expect(d.totalCost).toBe(1500);
  });

  it('an offtake floor on the dear producer takes its share, and the rest goes into a stock', () => {
    const m = twoCountryChain(100);
    const g = indexModel(m);
    // Floor 40 of 50: the chain uses it (displacing CN), nothing left for the stock.
    const a = lpDispatch(requireSolver('test'), m, g, [{ node: 1, floor: 40, stock: true }]);
    expect(a.output[1]).toBeCloseTo(40, 6);
    expect(a.output[0]).toBeCloseTo(60, 6);
    expect(a.stock[1]).toBeCloseTo(0, 6);
    expect(a.totalCost).toBeCloseTo(60 * 10 + 40 * 30, 6);
    // Demand 30 with a floor of 40: the chain takes 30 from US, 10 more go into the stock.
    const small = twoCountryChain(30);
    const b = lpDispatch(requireSolver('test'), small, indexModel(small), [
      { node: 1, floor: 40, stock: true },
    ]);
    expect(b.delivered).toBeCloseTo(30, 6);
    expect(b.output[1]).toBeCloseTo(40, 6);
    expect(b.stock[1]).toBeCloseTo(10, 6);
    expect(b.output[0]).toBeCloseTo(0, 6);
  });
});

interface Expected {
  name: string;
  delivered: number;
  cost: number;
}
const read = (file: string) =>
  JSON.parse(readFileSync(new URL(`../../../test/fixtures/dispatch/${file}`, import.meta.url), 'utf8'));
const models = read('models.json') as Model[];
const expected = read('expected.json') as Expected[];

describe.each(models.map((m, i) => [m.name, m, expected[i]!] as const))(
  '%s against NetworkX',
  (name, model, want) => {
    const g = indexModel(model);
    it('delivers the maximum at the least cost NetworkX finds', () => {
      expect(want.name).toBe(name);
      const d = plainDispatch(model, g);
      expect(d.delivered).toBeCloseTo(want.delivered, 6);
      expect(Math.abs(d.totalCost - want.cost)).toBeLessThanOrEqual(1e-9 * want.cost + 1e-6);
    });

    it('is a feasible flow: capacities hold and every node passes on what it receives', () => {
      const d = plainDispatch(model, g);
      for (let e = 0; e < g.m; e++) expect(d.edgeFlow[e]!).toBeLessThanOrEqual(g.edgeCapacity[e]! + 1e-9);
      for (let v = 0; v < g.n; v++) {
        expect(d.output[v]!).toBeLessThanOrEqual(g.nodeCapacity[v]! + 1e-9);
        let inflow = 0;
        let outflow = 0;
        for (let e = 0; e < g.m; e++) {
          if (g.edgeTarget[e] === v) inflow += d.edgeFlow[e]!;
          if (g.edgeSource[e] === v) outflow += d.edgeFlow[e]!;
        }
        if (!g.isSource[v]) expect(inflow).toBeCloseTo(d.output[v]!, 6);
        if (!g.isSink[v]) expect(outflow).toBeCloseTo(d.output[v]!, 6);
      }
    });

    it('the LP path (three stages) finds the same delivered and cost', () => {
      const d = lpDispatch(requireSolver('test'), model, g, []);
      expect(d.delivered).toBeCloseTo(want.delivered, 6);
      expect(Math.abs(d.totalCost - want.cost)).toBeLessThanOrEqual(1e-7 * want.cost);
    });
  },
);

describe('property: on random plain chains with float costs, the min-cost flow and the LP agree', () => {
  it.each([41, 42, 43, 44, 45, 46])('seed %i', (seed) => {
    const base = generateLayeredChain({ nodes: 25, seed, recyclingFraction: 0.15 });
    const rand = mulberry32(seed);
    const model: Model = {
      ...base,
      nodes: base.nodes.map((n) => ({ ...n, cost: rand() * 100 })),
      edges: base.edges.map((e) => ({ ...e, cost: rand() * 10 })),
    };
    const g = indexModel(model);
    const a = dispatch(model, g);
    const b = lpDispatch(requireSolver('test'), model, g, []);
    expect(a.delivered).toBeCloseTo(b.delivered, 6);
    expect(Math.abs(a.totalCost - b.totalCost)).toBeLessThanOrEqual(1e-7 * Math.max(1, b.totalCost));
  });
});
