import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { diamondChain, recyclerChain, roughen } from '../../../test/small-chains.ts';
import { generateLayeredChain } from '../../generate/layered-chain.ts';
import { type IndexedGraph, indexModel } from '../indexed-graph.ts';
import { maxFlowWithArcsClosed } from './close-arcs.ts';
import { solveSupply } from './supply.ts';

/** The definition: the edges' capacities set to 0 and the max flow solved from zero. */
function fromScratch(g: IndexedGraph, closedEdges: readonly number[]): number {
  const edgeCapacity = Float64Array.from(g.edgeCapacity);
  for (const e of closedEdges) edgeCapacity[e] = 0;
  return solveSupply(g, { edgeCapacity }).delivered;
}

function warm(g: IndexedGraph, closedEdges: readonly number[]) {
  const { network, delivered } = solveSupply(g);
  const before = network.net.flow.slice();
  const cap = network.net.cap.slice();
  const result = maxFlowWithArcsClosed(
    network.net,
    network.superSource,
    network.superSink,
    delivered,
    closedEdges.map((e) => network.edgeArc(e)),
  );
  // The baseline is left exactly as it was, for the next what-if.
  expect(network.net.flow).toEqual(before);
  expect(network.net.cap).toEqual(cap);
  return result;
}

describe('maxFlowWithArcsClosed', () => {
  it('diamond: closing one branch drains it and re-routes what the other can take', () => {
    // s 100 → a (40) | b (50) → d (80). Baseline 80: a carries 40, b 40 (or 30/50).
    // Close s→a: only b, 50. Close both: 0.
    const g = diamondChain();
    expect(warm(g, [0]).delivered).toBeCloseTo(50, 12);
    expect(warm(g, [0, 1]).delivered).toBe(0);
    expect(warm(g, []).delivered).toBe(80);
  });

  it('recycler cycle: flow through the loop is drained along source-to-sink paths', () => {
    const g = recyclerChain();
    for (let e = 0; e < g.m; e++) {
      expect(warm(g, [e]).delivered).toBeCloseTo(fromScratch(g, [e]), 9);
    }
  });

  it('equals solving from scratch for random sets of closed edges (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 5, max: 80 }),
        fc.integer({ min: 1, max: 1_000_000 }),
        fc.double({ min: 0, max: 0.6, noNaN: true }),
        fc.double({ min: 0, max: 0.3, noNaN: true }),
        fc.boolean(),
        fc.array(fc.double({ min: 0, max: 1, noNaN: true, maxExcluded: true }), { maxLength: 12 }),
        (nodes, seed, unlimitedProbability, recyclingFraction, rough, picks) => {
          let model = generateLayeredChain({ nodes, seed, unlimitedProbability, recyclingFraction });
          if (rough) model = roughen(model, seed);
          const g = indexModel(model);
          const closed = [...new Set(picks.map((p) => Math.floor(p * g.m)))];
          const expected = fromScratch(g, closed);
          const got = warm(g, closed).delivered;
          expect(Math.abs(got - expected)).toBeLessThanOrEqual(1e-9 * Math.max(1, expected));
        },
      ),
      { numRuns: 300 },
    );
  });
});
