import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { graphOf } from '../../../test/small-chains.ts';
import { generateLayeredChain } from '../../generate/layered-chain.ts';
import { type IndexedGraph, indexModel } from '../indexed-graph.ts';
import { redundancy } from './redundancy.ts';

/** Is sink d reachable from a source (positive capacities) once `removed` nodes are gone? */
function reachable(g: IndexedGraph, d: number, removed: Set<number>): boolean {
  const ok = (v: number) => g.nodeCapacity[v]! > 0 && !removed.has(v);
  const seen = new Uint8Array(g.n);
  const stack: number[] = [];
  for (let v = 0; v < g.n; v++) {
    if (g.isSource[v] && ok(v)) {
      seen[v] = 1;
      stack.push(v);
    }
  }
  while (stack.length > 0) {
    const u = stack.pop()!;
    if (u === d) return true;
    for (let i = g.outStart[u]!; i < g.outStart[u + 1]!; i++) {
      const e = g.outEdges[i]!;
      const w = g.edgeTarget[e]!;
      if (!seen[w] && g.edgeCapacity[e]! > 0 && (ok(w) || (w === d && g.nodeCapacity[d]! > 0))) {
        seen[w] = 1;
        stack.push(w);
      }
    }
  }
  return false;
}

/** Smallest set of other nodes cutting d off, by trying every set of size 1, 2, …, maxSize. */
function bruteCut(g: IndexedGraph, d: number, maxSize: number): number | null {
  if (!reachable(g, d, new Set())) return null;
  const others = g.ids.map((_, v) => v).filter((v) => v !== d);
  const search = (size: number, from: number, chosen: number[]): boolean => {
    if (chosen.length === size) return !reachable(g, d, new Set(chosen));
    for (let i = from; i < others.length; i++) if (search(size, i + 1, [...chosen, others[i]!])) return true;
    return false;
  };
  for (let size = 1; size <= maxSize; size++) if (search(size, 0, [])) return size;
  return Number.POSITIVE_INFINITY;
}

describe('redundancy', () => {
  it('a single mine is a cut of one, however many routes follow it', () => {
    // s → a, b → d: removing s cuts d off (sources may be cut).
    const g = graphOf(
      [['s'], ['a'], ['b'], ['d', { demand: 10 }]],
      [
        ['s', 'a'],
        ['s', 'b'],
        ['a', 'd'],
        ['b', 'd'],
      ],
    );
    expect(redundancy(g)).toEqual({ sinks: [{ id: 'd', minVertexCut: 1 }], overall: 1 });
  });

  it('two mines with crossing routes need two removals; the chain takes the weakest sink', () => {
    // s1, s2 → a, b (all four links) → d1; d2 is fed by b only, so taking out b cuts it.
    // d3 hangs off a zero-capacity node; d4 has capacity 0; d5 has no supplier.
    const g = graphOf(
      [
        ['s1'],
        ['s2'],
        ['a'],
        ['b'],
        ['z', { capacity: 0 }],
        ['d1', { demand: 1 }],
        ['d2', { demand: 1 }],
        ['d3', { demand: 1 }],
        ['d4', { demand: 1, capacity: 0 }],
        ['d5', { demand: 1 }],
      ],
      [
        ['s1', 'a'],
        ['s1', 'b'],
        ['s2', 'a'],
        ['s2', 'b'],
        ['a', 'd1'],
        ['b', 'd1'],
        ['b', 'd2'],
        ['s1', 'z'],
        ['z', 'd3'],
        ['a', 'd4'],
      ],
    );
    expect(redundancy(g)).toEqual({
      sinks: [
        { id: 'd1', minVertexCut: 2 },
        { id: 'd2', minVertexCut: 1 },
        { id: 'd3', minVertexCut: null },
        { id: 'd4', minVertexCut: null },
        { id: 'd5', minVertexCut: null },
      ],
      overall: 1,
    });
  });

  it('edges of capacity 0 are already gone; no reachable sink means no overall figure', () => {
    const g = graphOf([['s'], ['d', { demand: 1 }]], [['s', 'd', 0]]);
    expect(redundancy(g)).toEqual({ sinks: [{ id: 'd', minVertexCut: null }], overall: null });
  });

  it('a direct source → sink link is cut by removing the source', () => {
    const g = graphOf(
      [['s1'], ['s2'], ['d', { demand: 1 }]],
      [
        ['s1', 'd'],
        ['s2', 'd'],
      ],
    );
    expect(redundancy(g).overall).toBe(2);
  });

  it('equals the smallest cut found by trying every node set (property, small chains)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 5, max: 11 }), fc.integer({ min: 1, max: 1_000_000 }), (nodes, seed) => {
        const g = indexModel(
          generateLayeredChain({ nodes, seed, avgOutDegree: 2.5, stages: ['m', 'r', 'p', 'u'] }),
        );
        const r = redundancy(g);
        for (const { id, minVertexCut } of r.sinks) {
          const d = g.index.get(id)!;
          expect(minVertexCut).toBe(bruteCut(g, d, minVertexCut ?? 3));
        }
      }),
      { numRuns: 150 },
    );
  });
});
