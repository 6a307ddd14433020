import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { byId, diamondChain, graphOf, recyclerChain, roughen } from '../../../test/small-chains.ts';
import { generateLayeredChain } from '../../generate/layered-chain.ts';
import { type IndexedGraph, indexModel } from '../indexed-graph.ts';
import { contingencyTable } from './contingency.ts';
import { deliveredWithout } from './supply.ts';

/** The definition, solved from scratch for every node. */
function bruteForce(g: IndexedGraph): Float64Array {
  const base = deliveredWithout(g, []);
  return Float64Array.from(g.ids, (_, v) => base - deliveredWithout(g, [v]));
}

function expectMatchesBruteForce(g: IndexedGraph) {
  const table = contingencyTable(g);
  const expected = bruteForce(g);
  const tol = 1e-9 * Math.max(1, table.demand);
  for (let v = 0; v < g.n; v++) {
    if (Math.abs(table.lost[v]! - expected[v]!) > tol) {
      throw new Error(`node ${g.ids[v]}: fast N-1 lost ${table.lost[v]}, from scratch ${expected[v]}`);
    }
  }
}

describe('contingencyTable', () => {
  it('diamond: removing a branch loses what the other cannot carry', () => {
    // s 100 → a 40 | b 50 → d (80). Without a: b alone 50, lost 30. Without b: 40, lost 40.
    // Without s or d: all 80. Shortfalls divide by demand 80.
    const g = diamondChain();
    const t = contingencyTable(g);
    expect(byId(g.ids, t.lost)).toEqual({ s: 80, a: 30, b: 40, d: 80 });
    expect(byId(g.ids, t.shortfall)).toEqual({ s: 1, a: 30 / 80, b: 0.5, d: 1 });
  });

  it('serial chain: every node is a full chokepoint', () => {
    // mine 100 → refinery 60 → plant 80 → sink (70): 60 delivered, each removal loses all 60.
    const g = graphOf(
      [
        ['mine', { capacity: 100 }],
        ['refinery', { capacity: 60 }],
        ['plant', { capacity: 80 }],
        ['sink', { demand: 70 }],
      ],
      [
        ['mine', 'refinery'],
        ['refinery', 'plant'],
        ['plant', 'sink'],
      ],
    );
    expect(byId(g.ids, contingencyTable(g).shortfall)).toEqual({
      mine: 60 / 70,
      refinery: 60 / 70,
      plant: 60 / 70,
      sink: 60 / 70,
    });
  });

  it('parallel routes from two sources: the other source makes up what it can', () => {
    // s1 30 → p1 → d; s2 50 → p2 → d; demand 60. Delivered 60.
    // Without s1 (or p1): 50, lost 10. Without s2 (or p2): 30, lost 30. Without d: 60.
    const g = graphOf(
      [['s1', { capacity: 30 }], ['s2', { capacity: 50 }], ['p1'], ['p2'], ['d', { demand: 60 }]],
      [
        ['s1', 'p1'],
        ['s2', 'p2'],
        ['p1', 'd'],
        ['p2', 'd'],
      ],
    );
    expect(byId(g.ids, contingencyTable(g).lost)).toEqual({ s1: 10, s2: 30, p1: 10, p2: 30, d: 60 });
  });

  it('spare demand elsewhere absorbs a removed sink', () => {
    // s 50 → d1 (40), s → d2 (40): 50 delivered (d1 + d2 = 50 of 80). Without d1, d2 takes 40: lost 10.
    const g = graphOf(
      [
        ['s', { capacity: 50 }],
        ['d1', { demand: 40 }],
        ['d2', { demand: 40 }],
      ],
      [
        ['s', 'd1'],
        ['s', 'd2'],
      ],
    );
    expect(byId(g.ids, contingencyTable(g).lost)).toEqual({ s: 50, d1: 10, d2: 10 });
  });

  it('cycle through a recycler', () => {
    // mine 100 → refine 100 → make 60 → use (50); make → recycler 30 → use2 (40); recycler → refine.
    // Delivered 60. Without recycler: only use, 50 (lost 10). Without use: recycler → use2, 30 (lost
    // 30). Without use2: 50 (lost 10). Without mine, refine or make: 0 (lost 60).
    // The baseline serves use and use2 the same two thirds (60 of 90), so its sums carry round-off.
    const g = recyclerChain();
    const lost = Object.entries(byId(g.ids, contingencyTable(g).lost)).map(([id, x]) => [
      id,
      Number(x.toFixed(9)),
    ]);
    expect(Object.fromEntries(lost)).toEqual({
      mine: 60,
      refine: 60,
      make: 60,
      recycler: 10,
      use: 30,
      use2: 10,
    });
  });

  it('disconnected parts, idle nodes, unlimited capacities and no demand', () => {
    // s1 10 → d1 (10); s2 (unlimited) → d2 (20); idle source x; unfed sink d3 (5). Demand 35.
    const g = graphOf(
      [
        ['s1', { capacity: 10 }],
        ['d1', { demand: 10 }],
        ['s2'],
        ['d2', { demand: 20 }],
        ['x'],
        ['d3', { demand: 5 }],
      ],
      [
        ['s1', 'd1'],
        ['s2', 'd2'],
      ],
    );
    const t = contingencyTable(g);
    expect(t.delivered).toBe(30);
    expect(byId(g.ids, t.lost)).toEqual({ s1: 10, d1: 10, s2: 20, d2: 20, x: 0, d3: 0 });
    const none = contingencyTable(graphOf([['s'], ['t']], [['s', 't']]));
    expect([...none.shortfall]).toEqual([0, 0]);
  });

  it('equals recomputing from scratch on generated chains', () => {
    for (const [nodes, seed] of [
      [40, 1],
      [120, 2],
      [300, 3],
    ] as const) {
      expectMatchesBruteForce(indexModel(generateLayeredChain({ nodes, seed })));
    }
  });

  it('equals recomputing from scratch on many random chains (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 5, max: 60 }),
        fc.integer({ min: 1, max: 1_000_000 }),
        fc.double({ min: 0, max: 0.6, noNaN: true }),
        fc.double({ min: 0, max: 0.3, noNaN: true }),
        fc.boolean(),
        (nodes, seed, unlimitedProbability, recyclingFraction, rough) => {
          let model = generateLayeredChain({ nodes, seed, unlimitedProbability, recyclingFraction });
          if (rough) model = roughen(model, seed);
          expectMatchesBruteForce(indexModel(model));
        },
      ),
      { numRuns: 200 },
    );
  });
});
