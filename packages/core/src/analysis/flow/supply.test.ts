import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { byId, diamondChain, graphOf, recyclerChain, roughen } from '../../../test/small-chains.ts';
import { generateLayeredChain } from '../../generate/layered-chain.ts';
import type { Model } from '../../model/schema.ts';
import { parseModelText } from '../../model/validate.ts';
import { indexModel } from '../indexed-graph.ts';
import { computeSupply, deliveredWithout } from './supply.ts';

const INF = Number.POSITIVE_INFINITY;

describe('computeSupply', () => {
  it('serial chain: the smallest capacity on the line limits delivery', () => {
    // mine 100 → refinery 60 → plant 80 → sink (demand 70): min(100, 60, 80, 70) = 60 of 70.
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
    const s = computeSupply(g);
    expect([s.demand, s.delivered, s.ratio]).toEqual([70, 60, 60 / 70]);
    expect([...s.edgeFlow]).toEqual([60, 60, 60]);
    expect(byId(g.ids, s.nodeThroughput)).toEqual({ mine: 60, refinery: 60, plant: 60, sink: 60 });
  });

  it('diamond: two branches add up, capped by the source and the demand', () => {
    // s 100 → a 40 → d, s → b 50 → d, demand 80: min(100, 40 + 50, 80) = 80.
    const g = diamondChain();
    const s = computeSupply(g);
    expect(s.delivered).toBe(80);
    const t = byId(g.ids, s.nodeThroughput);
    expect(t.a! + t.b!).toBe(80);
    expect(t.a).toBeLessThanOrEqual(40);
    expect(t.b).toBeLessThanOrEqual(50);
  });

  it('edge capacities limit as node capacities do', () => {
    // s (unlimited) → d over two edges of 15 and 10; demand 100: 25.
    const g = graphOf(
      [['s'], ['m'], ['d', { demand: 100 }]],
      [
        ['s', 'm', 15],
        ['s', 'd', 10],
        ['m', 'd'],
      ],
    );
    expect(computeSupply(g).delivered).toBe(25);
  });

  it("a sink's own capacity limits what it takes", () => {
    // s 100 → d (capacity 5, demand 10): 5.
    const g = graphOf(
      [
        ['s', { capacity: 100 }],
        ['d', { capacity: 5, demand: 10 }],
      ],
      [['s', 'd']],
    );
    expect(computeSupply(g).delivered).toBe(5);
  });

  it('zero capacities pass nothing', () => {
    const zeroSource = graphOf(
      [['s', { capacity: 0 }], ['a'], ['d', { demand: 10 }]],
      [
        ['s', 'a'],
        ['a', 'd'],
      ],
    );
    expect(computeSupply(zeroSource)).toMatchObject({ delivered: 0, ratio: 0 });
    const zeroMiddle = graphOf(
      [['s'], ['a', { capacity: 0 }], ['d', { demand: 10 }]],
      [
        ['s', 'a'],
        ['a', 'd'],
      ],
    );
    expect(computeSupply(zeroMiddle).delivered).toBe(0);
    const zeroEdge = graphOf(
      [['s'], ['a'], ['d', { demand: 10 }]],
      [
        ['s', 'a', 0],
        ['a', 'd'],
      ],
    );
    expect(computeSupply(zeroEdge).delivered).toBe(0);
  });

  it('unlimited everything is bounded by demand', () => {
    // Two unlimited sources feed two sinks (25 + 15) through one unlimited hub: 40.
    const g = graphOf(
      [['s1'], ['s2'], ['hub'], ['d1', { demand: 25 }], ['d2', { demand: 15 }]],
      [
        ['s1', 'hub'],
        ['s2', 'hub'],
        ['hub', 'd1'],
        ['hub', 'd2'],
      ],
    );
    const s = computeSupply(g);
    expect([s.delivered, s.ratio]).toEqual([40, 1]);
    expect(s.edgeFlow[2]).toBe(25);
    expect(s.edgeFlow[3]).toBe(15);
    expect(g.nodeCapacity[g.index.get('hub')!]).toBe(INF);
  });

  it('disconnected parts add up; a sink nobody feeds gets nothing', () => {
    // s1 10 → d1 (10); s2 5 → d2 (20); lone source x; lone sink d3 (5): 15 of 35.
    const g = graphOf(
      [
        ['s1', { capacity: 10 }],
        ['d1', { demand: 10 }],
        ['s2', { capacity: 5 }],
        ['d2', { demand: 20 }],
        ['x', { capacity: 50 }],
        ['d3', { demand: 5 }],
      ],
      [
        ['s1', 'd1'],
        ['s2', 'd2'],
      ],
    );
    const s = computeSupply(g);
    expect([s.demand, s.delivered, s.ratio]).toEqual([35, 15, 15 / 35]);
    expect(byId(g.ids, s.nodeThroughput)).toEqual({ s1: 10, d1: 10, s2: 5, d2: 5, x: 0, d3: 0 });
  });

  it('a cycle through a recycler adds no material', () => {
    // mine 100 → refine 100 → make 60 → use (50); make → recycler 30 → use2 (40) and recycler →
    // refine (back-edge). Everything crosses make: 60.
    const g = recyclerChain();
    expect(computeSupply(g).delivered).toBe(60);
  });

  it('no demand: ratio 1', () => {
    const g = graphOf([['s', { capacity: 5 }], ['t']], [['s', 't']]);
    expect(computeSupply(g)).toMatchObject({ demand: 0, delivered: 0, ratio: 1 });
  });

  it('the small magnet fixture', () => {
    // cn-mine 270 and au-mine 30 feed cn-sep 250 (au 10 of it), my-sep 20 (au ≤ 25); cn-sep → cn-mag
    // 200 and → jp-mag (≤ 5); my-sep → jp-mag 15 cap total; cn-mag → ev, wind; jp-mag → ev.
    // Magnets: cn-mag 200 + jp-mag 15 = 215 ≥ demand 180 (ev 120, wind 60), so all 180 is served.
    const text = readFileSync(
      new URL('../../../../../tests/fixtures/small-magnet-chain.json', import.meta.url),
      'utf8',
    );
    const r = parseModelText(text);
    if (!r.ok) throw new Error('fixture invalid');
    const s = computeSupply(indexModel(r.model));
    expect([s.demand, s.delivered, s.ratio]).toEqual([180, 180, 1]);
  });
});

describe('deliveredWithout', () => {
  it('removes nodes: they supply, pass and consume nothing', () => {
    const g = diamondChain();
    const at = (id: string) => g.index.get(id)!;
    expect(deliveredWithout(g, [at('a')])).toBe(50);
    expect(deliveredWithout(g, [at('b')])).toBe(40);
    expect(deliveredWithout(g, [at('a'), at('b')])).toBe(0);
    expect(deliveredWithout(g, [at('d')])).toBe(0);
    expect(deliveredWithout(g, [])).toBe(80);
  });
});

describe('monotonicity (property)', () => {
  type Change =
    | { kind: 'node-capacity'; pick: number; factor: number; unlimited: boolean }
    | { kind: 'edge-capacity'; pick: number; factor: number; unlimited: boolean }
    | { kind: 'edge'; from: number; to: number; capacity: number | null }
    | { kind: 'source'; capacity: number | null; targets: number[] };

  const change: fc.Arbitrary<Change> = fc.oneof(
    fc.record({
      kind: fc.constant('node-capacity' as const),
      pick: fc.nat(),
      factor: fc.double({ min: 1, max: 5, noNaN: true }),
      unlimited: fc.boolean(),
    }),
    fc.record({
      kind: fc.constant('edge-capacity' as const),
      pick: fc.nat(),
      factor: fc.double({ min: 1, max: 5, noNaN: true }),
      unlimited: fc.boolean(),
    }),
    fc.record({
      kind: fc.constant('edge' as const),
      from: fc.nat(),
      to: fc.nat(),
      capacity: fc.option(fc.integer({ min: 0, max: 200 })),
    }),
    fc.record({
      kind: fc.constant('source' as const),
      capacity: fc.option(fc.integer({ min: 0, max: 300 })),
      targets: fc.array(fc.nat(), { minLength: 1, maxLength: 4 }),
    }),
  );

  /** Adds capacity, an edge or a source; never touches demand. */
  function apply(model: Model, c: Change): Model {
    const nodes = model.nodes.slice();
    const edges = model.edges.slice();
    const hasIncoming = new Set(edges.map((e) => e.target));
    // An edge into a source would stop it being a source (the format's definition), and edges never
    // leave sinks; so new edges go from non-sinks to nodes that already have suppliers.
    const senders = nodes.filter((n) => n.demand === undefined);
    const receivers = nodes.filter((n) => hasIncoming.has(n.id));
    if (c.kind === 'node-capacity') {
      const i = c.pick % nodes.length;
      const cap = nodes[i]!.capacity;
      nodes[i] = { ...nodes[i]!, capacity: c.unlimited || cap === undefined ? undefined : cap * c.factor };
    } else if (c.kind === 'edge-capacity') {
      if (edges.length === 0) return model;
      const i = c.pick % edges.length;
      const cap = edges[i]!.capacity;
      edges[i] = { ...edges[i]!, capacity: c.unlimited || cap === undefined ? undefined : cap * c.factor };
    } else if (c.kind === 'edge') {
      if (senders.length === 0 || receivers.length === 0) return model;
      const from = senders[c.from % senders.length]!.id;
      const to = receivers[c.to % receivers.length]!.id;
      if (from === to) return model;
      edges.push({ source: from, target: to, ...(c.capacity === null ? {} : { capacity: c.capacity }) });
    } else {
      if (receivers.length === 0) return model;
      const id = `new-source-${nodes.length}`;
      nodes.push({ id, stage: nodes[0]!.stage, ...(c.capacity === null ? {} : { capacity: c.capacity }) });
      for (const t of new Set(c.targets.map((k) => receivers[k % receivers.length]!.id))) {
        edges.push({ source: id, target: t });
      }
    }
    return { ...model, nodes, edges };
  }

  it('delivered never decreases when capacity, edges or sources are added', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 5, max: 40 }),
        fc.integer({ min: 1, max: 1_000_000 }),
        fc.boolean(),
        fc.array(change, { minLength: 1, maxLength: 4 }),
        (size, seed, rough, changes) => {
          let model = generateLayeredChain({ nodes: size, seed, unlimitedProbability: 0.2 });
          if (rough) model = roughen(model, seed);
          let before = computeSupply(indexModel(model)).delivered;
          for (const c of changes) {
            model = apply(model, c);
            const after = computeSupply(indexModel(model)).delivered;
            expect(after).toBeGreaterThanOrEqual(before - 1e-9 * Math.max(1, before));
            before = after;
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});
