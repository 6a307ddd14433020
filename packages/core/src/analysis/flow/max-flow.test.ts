import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { augment } from './max-flow.ts';
import {
  arcFlow,
  createNetwork,
  newJournal,
  type ResidualNetwork,
  resetFlow,
  restoreFlow,
  saveFlow,
  undoFlow,
} from './residual-network.ts';

function network(nodeCount: number, arcs: [number, number, number][]): ResidualNetwork {
  return createNetwork(
    nodeCount,
    Int32Array.from(arcs.map((a) => a[0])),
    Int32Array.from(arcs.map((a) => a[1])),
    Float64Array.from(arcs.map((a) => a[2])),
  );
}

// Cormen et al., Introduction to Algorithms, Figure 26.1: s=0, v1..v4 = 1..4, t=5. Max flow 23; the
// minimum cut {s, v1, v2, v4} | {v3, t} crosses v1→v3 (12) + v4→v3 (7) + v4→t (4) = 23.
const CLRS: [number, number, number][] = [
  [0, 1, 16],
  [0, 2, 13],
  [1, 3, 12],
  [2, 1, 4],
  [2, 4, 14],
  [3, 2, 9],
  [3, 5, 20],
  [4, 3, 7],
  [4, 5, 4],
];

/** Capacity of the cut between what s reaches in the residual graph and the rest. */
function residualCutCapacity(net: ResidualNetwork, s: number): number {
  const reached = new Uint8Array(net.nodeCount);
  const stack = [s];
  reached[s] = 1;
  while (stack.length > 0) {
    const u = stack.pop()!;
    for (let a = net.start[u]!; a < net.start[u + 1]!; a++) {
      const w = net.head[a]!;
      if (!reached[w] && net.cap[a]! - net.flow[a]! > net.tol[a]!) {
        reached[w] = 1;
        stack.push(w);
      }
    }
  }
  let cut = 0;
  for (let u = 0; u < net.nodeCount; u++) {
    if (!reached[u]) continue;
    for (let a = net.start[u]!; a < net.start[u + 1]!; a++) {
      if (!reached[net.head[a]!]) cut += net.cap[a]!;
    }
  }
  return cut;
}

describe('augment (Dinic)', () => {
  it('finds the textbook maximum flow and its minimum cut', () => {
    const net = network(6, CLRS);
    expect(augment(net, 0, 5)).toBe(23);
    expect(residualCutCapacity(net, 0)).toBe(23);
    // Saturated cut arcs: v1→v3 (arc 2), v4→v3 (arc 7), v4→t (arc 8).
    expect([arcFlow(net, 2), arcFlow(net, 7), arcFlow(net, 8)]).toEqual([12, 7, 4]);
  });

  it('gives the same value with levels built backwards from the target', () => {
    const net = network(6, CLRS);
    expect(augment(net, 0, 5, { backward: true })).toBe(23);
  });

  it('continues from the current flow and respects a limit', () => {
    const net = network(6, CLRS);
    expect(augment(net, 0, 5, { limit: 10 })).toBe(10);
    expect(augment(net, 0, 5)).toBe(13);
    expect(augment(net, 0, 5)).toBe(0);
  });

  it('accepts a second target or a second source', () => {
    // 0 → 1 (5), 0 → 2 (7): from 0 to {1, 2} is 12; from {0, 3} to 2 with 3 → 2 (4) is 11.
    const net = network(4, [
      [0, 1, 5],
      [0, 2, 7],
      [3, 2, 4],
    ]);
    expect(augment(net, 0, 1, { alsoTarget: 2 })).toBe(12);
    resetFlow(net);
    expect(augment(net, 0, 2, { alsoSource: 3, backward: true })).toBe(11);
    expect(() => augment(net, 0, 2, { alsoSource: 3 })).toThrow(/second source backward/);
  });

  it('skips a blocked slot and avoided nodes', () => {
    // Two routes 0→1→3 (cap 4) and 0→2→3 (cap 6).
    const net = network(4, [
      [0, 1, 4],
      [1, 3, 4],
      [0, 2, 6],
      [2, 3, 6],
    ]);
    expect(augment(net, 0, 3, { avoidNode: 2 })).toBe(4);
    resetFlow(net);
    expect(augment(net, 0, 3, { blockedSlot: net.arcSlot[0]! })).toBe(6);
    resetFlow(net);
    expect(augment(net, 0, 3, { avoidMask: Uint8Array.from([0, 1, 1, 0]) })).toBe(0);
  });

  it('handles unlimited arcs as long as a finite one bounds every path', () => {
    const inf = Number.POSITIVE_INFINITY;
    const net = network(3, [
      [0, 1, inf],
      [1, 2, 7.5],
    ]);
    expect(augment(net, 0, 2)).toBe(7.5);
    const open = network(2, [[0, 1, inf]]);
    expect(() => augment(open, 0, 1)).toThrow(/unbounded/);
    expect(augment(open, 0, 1, { limit: 3 })).toBe(3);
  });

  it('undoes a journalled what-if exactly, and saves and restores a state', () => {
    const net = network(6, CLRS);
    augment(net, 0, 5, { limit: 11 });
    const saved = saveFlow(net);
    const journal = newJournal();
    augment(net, 0, 5, { journal });
    expect(journal.slots.length).toBeGreaterThan(0);
    undoFlow(net, journal);
    expect(net.flow).toEqual(saved);
    augment(net, 0, 5);
    restoreFlow(net, saved);
    expect(net.flow).toEqual(saved);
  });

  it('pushes through a 20,000-node path without recursion', () => {
    const n = 20000;
    const arcs: [number, number, number][] = [];
    for (let i = 0; i + 1 < n; i++) arcs.push([i, i + 1, i === 12345 ? 2 : 5]);
    expect(augment(network(n, arcs), 0, n - 1)).toBe(2);
  });

  it('rejects negative capacities', () => {
    expect(() => network(2, [[0, 1, -1]])).toThrow(/arc 0 has capacity -1/);
  });

  it('on random networks: value = residual cut, capacities and conservation hold, both directions agree', () => {
    const arcArb = fc.tuple(
      fc.nat(7),
      fc.nat(7),
      fc.oneof(fc.integer({ min: 0, max: 20 }), fc.double({ min: 0, max: 20, noNaN: true })),
    );
    fc.assert(
      fc.property(fc.array(arcArb, { minLength: 1, maxLength: 30 }), (arcs) => {
        const usable = arcs.filter(([u, w]) => u !== w);
        if (usable.length === 0) return;
        const net = network(8, usable);
        const value = augment(net, 0, 7);
        expect(residualCutCapacity(net, 0)).toBeCloseTo(value, 9);
        const balance = new Float64Array(8);
        usable.forEach(([u, w, c], i) => {
          const f = arcFlow(net, i);
          expect(f).toBeGreaterThanOrEqual(-1e-12);
          expect(f).toBeLessThanOrEqual(c + 1e-12);
          balance[u]! -= f;
          balance[w]! += f;
        });
        for (let v = 1; v < 7; v++) expect(Math.abs(balance[v]!)).toBeLessThan(1e-9);
        expect(balance[7]).toBeCloseTo(value, 9);
        expect(augment(network(8, usable), 0, 7, { backward: true })).toBeCloseTo(value, 9);
      }),
      { numRuns: 300 },
    );
  });
});
