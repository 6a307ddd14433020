import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { graphOf } from '../../../test/small-chains.ts';
import { generateLayeredChain } from '../../generate/layered-chain.ts';
import { type IndexedGraph, indexModel } from '../indexed-graph.ts';
import { deliveredWithout } from './supply.ts';
import { worstCase } from './worst-case.ts';

/** Largest loss over every set of k nodes, each solved from scratch. */
function bruteWorst(g: IndexedGraph, k: number, allowed?: Uint8Array): number {
  const base = deliveredWithout(g, []);
  let best = 0;
  const visit = (from: number, chosen: number[]) => {
    if (chosen.length === k) {
      best = Math.max(best, base - deliveredWithout(g, chosen));
      return;
    }
    for (let v = from; v < g.n; v++) if (!allowed || allowed[v]) visit(v + 1, [...chosen, v]);
  };
  visit(0, []);
  return best;
}

describe('worstCase', () => {
  it('finds two routes that are only vulnerable together', () => {
    // Mines s1, s3 (unlimited) → a 100 | b 100 (all four links) → d1 (60), d2 (60); s2 (30) → d3 (30).
    // Delivered 150 of 150. Alone: a or b loses 20 (the other carries 100 of 120), s1 or s3 nothing.
    // Worst pair: 120 (a + b, d1 + d2 or s1 + s3 — a tie). Worst triple: one of those plus s2 or d3,
    // everything (150).
    const g = graphOf(
      [
        ['s1'],
        ['s3'],
        ['a', { capacity: 100 }],
        ['b', { capacity: 100 }],
        ['d1', { demand: 60 }],
        ['d2', { demand: 60 }],
        ['s2', { capacity: 30 }],
        ['d3', { demand: 30 }],
      ],
      [
        ['s1', 'a'],
        ['s1', 'b'],
        ['s3', 'a'],
        ['s3', 'b'],
        ['a', 'd1'],
        ['a', 'd2'],
        ['b', 'd1'],
        ['b', 'd2'],
        ['s2', 'd3'],
      ],
    );
    const loses = (ids: string[]) =>
      150 -
      deliveredWithout(
        g,
        ids.map((id) => g.index.get(id)!),
      );
    expect(loses(['a'])).toBe(20);
    expect(loses(['s1'])).toBe(0);
    const two = worstCase(g, 2);
    expect(two).toMatchObject({ k: 2, shortfall: 120 / 150, upperBound: 120 / 150, method: 'exact' });
    expect(loses(two.nodes)).toBe(120);
    expect(bruteWorst(g, 2)).toBe(120);
    const three = worstCase(g, 3);
    expect(three).toMatchObject({ k: 3, shortfall: 1, method: 'exact' });
    expect(loses(three.nodes)).toBe(150);
    expect(three.detail).toMatch(/^exhaustive over sets of 3 among 8 nodes/);
  });

  it('says when nothing can be lost', () => {
    const g = graphOf(
      [
        ['s', { capacity: 0 }],
        ['d', { demand: 5 }],
      ],
      [['s', 'd']],
    );
    expect(worstCase(g, 2)).toMatchObject({ nodes: [], shortfall: 0, method: 'exact' });
  });

  it('on small models with fewer useful nodes than k, removes what there is', () => {
    const g = graphOf(
      [
        ['s', { capacity: 4 }],
        ['d', { demand: 5 }],
      ],
      [['s', 'd']],
    );
    expect(worstCase(g, 3)).toMatchObject({ nodes: ['s', 'd'], shortfall: 4 / 5, method: 'exact' });
  });

  it('exact equals trying every pair and triple from scratch (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 5, max: 16 }), fc.integer({ min: 1, max: 1_000_000 }), (nodes, seed) => {
        const g = indexModel(generateLayeredChain({ nodes, seed, unlimitedProbability: 0.3 }));
        for (const k of [2, 3]) {
          const r = worstCase(g, k);
          expect(r.method).toBe('exact');
          const tol = 1e-9 * Math.max(1, g.totalDemand);
          expect(Math.abs(r.shortfall * g.totalDemand - bruteWorst(g, k))).toBeLessThan(tol);
          // The nodes named really lose that much.
          const base = deliveredWithout(g, []);
          const removed = r.nodes.map((id) => g.index.get(id)!);
          expect(Math.abs(base - deliveredWithout(g, removed) - r.shortfall * g.totalDemand)).toBeLessThan(
            tol,
          );
        }
      }),
      { numRuns: 60 },
    );
  });

  it('restricted to candidates (consumers left out), exact equals brute force over them (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 5, max: 16 }), fc.integer({ min: 1, max: 1_000_000 }), (nodes, seed) => {
        const g = indexModel(generateLayeredChain({ nodes, seed, unlimitedProbability: 0.3 }));
        const candidates = Uint8Array.from(g.isSink, (sink) => 1 - sink);
        for (const k of [2, 3]) {
          const r = worstCase(g, k, { candidates });
          expect(r.method).toBe('exact');
          expect(r.nodes.every((id) => candidates[g.index.get(id)!] === 1)).toBe(true);
          const tol = 1e-9 * Math.max(1, g.totalDemand);
          expect(Math.abs(r.shortfall * g.totalDemand - bruteWorst(g, k, candidates))).toBeLessThan(tol);
        }
      }),
      { numRuns: 40 },
    );
  });

  it('greedy stays between what it names and the stated bound', () => {
    const g = indexModel(generateLayeredChain({ nodes: 150, seed: 4 }));
    const exact = worstCase(g, 2);
    const greedy = worstCase(g, 2, { maxExactWork: 0 });
    expect(exact.method).toBe('exact');
    expect(greedy.method).toBe('greedy');
    expect(greedy.detail).toMatch(/^greedy from \d+ starting nodes/);
    expect(greedy.shortfall).toBeLessThanOrEqual(exact.shortfall + 1e-12);
    expect(exact.shortfall).toBeLessThanOrEqual(greedy.upperBound + 1e-12);
    const base = deliveredWithout(g, []);
    const removed = greedy.nodes.map((id) => g.index.get(id)!);
    expect((base - deliveredWithout(g, removed)) / g.totalDemand).toBeCloseTo(greedy.shortfall, 9);
  });
});
