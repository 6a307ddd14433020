import { DirectedGraph } from 'graphology';
import graphologyBetweenness from 'graphology-metrics/centrality/betweenness.js';
import { describe, expect, it } from 'vitest';
import { fixtureCases } from '../../../test/fixtures/structure/load.ts';
import { expectClose, expectCloseRecord, nonZero, tinyGraph } from '../../../test/helpers/tiny-model.ts';
import { generateLayeredChain } from '../../generate/layered-chain.ts';
import type { Model } from '../../model/schema.ts';
import { indexModel } from '../indexed-graph.ts';
import { betweenness } from './betweenness.ts';

const sink = (id: string) => ({ id, demand: 10 });

describe('betweenness, hand-worked', () => {
  it('serial chain a→b→c→d: b and c each lie inside two pairs, scaled by 1/((4−1)(4−2)) = 1/6', () => {
    // Pairs with an interior node: (a,c) via b; (a,d) via b and c; (b,d) via c. So b = c = 2.
    const g = tinyGraph(
      ['a', 'b', 'c', sink('d')],
      [
        ['a', 'b'],
        ['b', 'c'],
        ['c', 'd'],
      ],
    );
    expectCloseRecord(nonZero(g, betweenness(g)), { b: 2 / 6, c: 2 / 6 }, 'chain');
  });

  it('diamond s→{a,b}→t: the two routes share the one pair (s,t) half and half', () => {
    const g = tinyGraph(
      ['s', 'a', 'b', sink('t')],
      [
        ['s', 'a'],
        ['s', 'b'],
        ['a', 't'],
        ['b', 't'],
      ],
    );
    expectCloseRecord(nonZero(g, betweenness(g)), { a: 0.5 / 6, b: 0.5 / 6 }, 'diamond');
  });

  it('parallel routes of different length: only the shortest counts for (s,t)', () => {
    // s→a→t (2 hops) beats s→b→c→t (3). a carries (s,t); b carries (s,c); c carries (b,t). n = 5 → /12.
    const g = tinyGraph(
      ['s', 'a', 'b', 'c', sink('t')],
      [
        ['s', 'a'],
        ['a', 't'],
        ['s', 'b'],
        ['b', 'c'],
        ['c', 't'],
      ],
    );
    expectCloseRecord(nonZero(g, betweenness(g)), { a: 1 / 12, b: 1 / 12, c: 1 / 12 }, 'parallel');
  });

  it('a cycle through a recycler: m→f→g→e with g→rec→f', () => {
    // From m: f inside (m,g),(m,e),(m,rec); g inside (m,e),(m,rec). From f: g inside (f,e),(f,rec).
    // From g: rec inside (g,f). From rec: f inside (rec,g),(rec,e); g inside (rec,e).
    // f = 3 + 2 = 5, g = 2 + 2 + 1 = 5, rec = 1; n = 5 → /12.
    const g = tinyGraph(
      ['m', 'f', 'g', sink('e'), { id: 'rec', kind: 'recycler' }],
      [
        ['m', 'f'],
        ['f', 'g'],
        ['g', 'e'],
        ['g', 'rec'],
        ['rec', 'f'],
      ],
    );
    expectCloseRecord(nonZero(g, betweenness(g)), { f: 5 / 12, g: 5 / 12, rec: 1 / 12 }, 'cycle');
  });

  it('disconnected parts: each middle node carries its own pair; n counts both parts (/20)', () => {
    const g = tinyGraph(
      ['a', 'b', sink('c'), 'x', 'y', sink('z')],
      [
        ['a', 'b'],
        ['b', 'c'],
        ['x', 'y'],
        ['y', 'z'],
      ],
    );
    expectCloseRecord(nonZero(g, betweenness(g)), { b: 1 / 20, y: 1 / 20 }, 'parts');
  });

  it('capacity 0 blocks: an edge or a node at 0 leaves the diamond one route; n stays 4', () => {
    const blockedEdge = tinyGraph(
      ['s', 'a', 'b', sink('t')],
      [
        ['s', 'a', 0],
        ['s', 'b'],
        ['a', 't'],
        ['b', 't'],
      ],
    );
    expectCloseRecord(nonZero(blockedEdge, betweenness(blockedEdge)), { b: 1 / 6 }, 'edge 0');
    const blockedNode = tinyGraph(
      ['s', { id: 'a', capacity: 0 }, 'b', sink('t')],
      [
        ['s', 'a'],
        ['s', 'b'],
        ['a', 't'],
        ['b', 't'],
      ],
    );
    expectCloseRecord(nonZero(blockedNode, betweenness(blockedNode)), { b: 1 / 6 }, 'node 0');
    // The plain structure ignores capacities.
    const plain = betweenness(blockedNode, { ignoreCapacity: true });
    expectCloseRecord(nonZero(blockedNode, plain), { a: 0.5 / 6, b: 0.5 / 6 }, 'plain');
  });

  it('parallel edges between the same two nodes count as one link', () => {
    const model: Model = {
      format: 'chokepoint/v1',
      name: 'parallel edges',
      unit: 't',
      stages: ['s'],
      nodes: [
        { id: 's', stage: 's' },
        { id: 'a', stage: 's' },
        { id: 'b', stage: 's' },
        { id: 't', stage: 's', demand: 1 },
      ],
      edges: [
        { source: 's', target: 'a' },
        { id: 'second', source: 's', target: 'a' },
        { source: 's', target: 'b' },
        { source: 'a', target: 't' },
        { source: 'b', target: 't' },
      ],
    };
    const g = indexModel(model);
    expectCloseRecord(nonZero(g, betweenness(g)), { a: 0.5 / 6, b: 0.5 / 6 }, 'parallel edges');
  });

  it('n ≤ 2 gives zeros, as NetworkX does', () => {
    const g = tinyGraph(['a', sink('b')], [['a', 'b']]);
    expect([...betweenness(g)]).toEqual([0, 0]);
  });
});

describe('betweenness, sampled sources', () => {
  const g = indexModel(generateLayeredChain({ nodes: 40, seed: 11 }));
  const exact = betweenness(g);

  it('is exact when k reaches the number of nodes with an outgoing edge', () => {
    expectClose(betweenness(g, { sampleSources: g.n }), exact, 'k = n');
  });

  it('averages to the exact values over many draws (unbiased), and each draw is reproducible', () => {
    const draws = 3000;
    const mean = new Float64Array(g.n);
    for (let seed = 1; seed <= draws; seed++) {
      const est = betweenness(g, { sampleSources: 8, seed });
      for (let v = 0; v < g.n; v++) mean[v]! += est[v]! / draws;
    }
    const top = Math.max(...exact);
    for (let v = 0; v < g.n; v++) expect(Math.abs(mean[v]! - exact[v]!)).toBeLessThan(0.05 * top);
    expect([...betweenness(g, { sampleSources: 8, seed: 5 })]).toEqual([
      ...betweenness(g, { sampleSources: 8, seed: 5 }),
    ]);
  });

  it('rejects a sample size below 2', () => {
    expect(() => betweenness(g, { sampleSources: 1 })).toThrow(/sampleSources must be an integer ≥ 2, got 1/);
  });
});

describe('betweenness, cross-checks', () => {
  for (const { model, expected } of fixtureCases) {
    it(`matches NetworkX on ${model.name}`, () => {
      const g = indexModel(model);
      expectClose(betweenness(g), expected.betweenness, 'active');
      expectClose(betweenness(g, { ignoreCapacity: true }), expected.betweennessPlain, 'plain');
    });
  }

  for (const seed of [1, 2, 3]) {
    it(`matches graphology-metrics on a 300-node chain (seed ${seed})`, () => {
      const model = generateLayeredChain({ nodes: 300, seed });
      const graph = new DirectedGraph();
      for (const node of model.nodes) graph.addNode(node.id);
      for (const edge of model.edges) graph.mergeEdge(edge.source, edge.target);
      const reference = graphologyBetweenness(graph, { getEdgeWeight: null, normalized: true });
      const g = indexModel(model);
      expectClose(
        betweenness(g),
        g.ids.map((id) => reference[id]!),
        'graphology',
      );
    });
  }
});
