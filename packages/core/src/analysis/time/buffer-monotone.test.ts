/**
 * The score's buffers term (docs/time.md), checked on random chains like the other terms
 * (score/resilience-monotone.test.ts): more stock never lowers it nor the score; without stock it is
 * the n-1 term, so a model without stock scores as it did before the term existed.
 */
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { generateLayeredChain } from '../../generate/layered-chain.ts';
import type { Model } from '../../model/schema.ts';
import { analyze } from '../analyze.ts';
import { loadSolver } from '../recipes/solver.ts';

beforeAll(async () => {
  await loadSolver();
});

const resilience = (m: Model) => analyze(m, { worstCase: [] }).resilience;
const term = (m: Model, id: string) => resilience(m).components.find((c) => c.id === id)!;

/** A chain with stock on a few nodes, drawn from the seed. */
function stocked(seed: number, count: number): Model {
  const m = generateLayeredChain({ nodes: 30, seed, countries: ['CN', 'AU', 'US', 'IN', 'ZZ'] });
  const nodes = m.nodes.map((n, i) =>
    (i * 7 + seed) % Math.max(1, Math.floor(m.nodes.length / count)) === 0
      ? { ...n, stock: ((seed * (i + 3)) % 97) + 1 }
      : n,
  );
  return { ...m, nodes };
}

describe('the buffers term', () => {
  it('more stock on any node never lowers it, nor the score', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 10_000 }),
        fc.integer({ min: 0, max: 1000 }),
        fc.double({ min: 1, max: 5000, noNaN: true }),
        (seed, pick, extra) => {
          const before = stocked(seed, 4);
          const v = pick % before.nodes.length;
          const after = {
            ...before,
            nodes: before.nodes.map((n, i) => (i === v ? { ...n, stock: (n.stock ?? 0) + extra } : n)),
          };
          const a = resilience(before);
          const b = resilience(after);
          const buffer = (r: typeof a) => r.components.find((c) => c.id === 'buffers')!.value;
          expect(buffer(b)).toBeGreaterThanOrEqual(buffer(a) - 1e-9);
          expect(b.score).toBeGreaterThanOrEqual(a.score);
        },
      ),
      { numRuns: 20 },
    );
  }, 60_000);

  it('without stock it equals the n-1 term; stock lifts it to at least that', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 10_000 }), (seed) => {
        const plain = generateLayeredChain({ nodes: 30, seed, countries: ['CN', 'AU', 'US', 'IN', 'ZZ'] });
        expect(term(plain, 'buffers').value).toBe(term(plain, 'n-1').value);
        const withStock = stocked(seed, 4);
        expect(term(withStock, 'buffers').value).toBeGreaterThanOrEqual(term(withStock, 'n-1').value - 1e-9);
      }),
      { numRuns: 15 },
    );
  }, 60_000);
});
