import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { generateLayeredChain } from '../../generate/layered-chain.ts';
import { indexModel } from '../indexed-graph.ts';
import { cancelFlowCycles } from './cancel-cycles.ts';
import { arcFlow, createNetwork, type ResidualNetwork } from './residual-network.ts';
import { computeSupply } from './supply.ts';

function setFlow(net: ResidualNetwork, arc: number, f: number) {
  const a = net.arcSlot[arc]!;
  net.flow[a] = f;
  net.flow[net.rev[a]!] = -f;
}

/** True when the arcs carrying flow contain no cycle (Kahn's algorithm). */
function acyclic(n: number, arcs: [number, number][], carries: (i: number) => boolean): boolean {
  const indeg = new Int32Array(n);
  arcs.forEach(([, w], i) => {
    if (carries(i)) indeg[w]!++;
  });
  const queue = [...indeg.keys()].filter((v) => indeg[v] === 0);
  let done = 0;
  while (queue.length > 0) {
    const u = queue.pop()!;
    done++;
    arcs.forEach(([x, w], i) => {
      if (x === u && carries(i) && --indeg[w]! === 0) queue.push(w);
    });
  }
  return done === n;
}

describe('cancelFlowCycles', () => {
  it('removes circulation and keeps the through flow', () => {
    // 0 → 1 → 2 → 3 carries 5 from 0 to 3; 1 → 2 → 4 → 1 circulates 3 more (1→2 carries 8).
    const arcs: [number, number][] = [
      [0, 1],
      [1, 2],
      [2, 3],
      [2, 4],
      [4, 1],
    ];
    const net = createNetwork(
      5,
      Int32Array.from(arcs.map((a) => a[0])),
      Int32Array.from(arcs.map((a) => a[1])),
      Float64Array.from([10, 10, 10, 10, 10]),
    );
    [5, 8, 5, 3, 3].forEach((f, i) => {
      setFlow(net, i, f);
    });
    expect(cancelFlowCycles(net)).toBe(1);
    expect(arcs.map((_, i) => arcFlow(net, i))).toEqual([5, 5, 5, 0, 0]);
  });

  it('leaves the flows of solved chains acyclic, recycling loops and all (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 10, max: 120 }),
        fc.integer({ min: 1, max: 1_000_000 }),
        (nodes, seed) => {
          const g = indexModel(generateLayeredChain({ nodes, seed, recyclingFraction: 0.4 }));
          const s = computeSupply(g);
          const edges: [number, number][] = Array.from(g.edgeSource, (u, e) => [u, g.edgeTarget[e]!]);
          expect(acyclic(g.n, edges, (e) => s.edgeFlow[e]! > 0)).toBe(true);
        },
      ),
      { numRuns: 100 },
    );
  });
});
