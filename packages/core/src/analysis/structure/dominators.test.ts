import { describe, expect, it } from 'vitest';
import { fixtureCases } from '../../../test/fixtures/structure/load.ts';
import { tinyGraph } from '../../../test/helpers/tiny-model.ts';
import { generateLayeredChain } from '../../generate/layered-chain.ts';
import { type IndexedGraph, indexModel } from '../indexed-graph.ts';
import { dominates, immediateDominators } from './dominators.ts';

/** Immediate dominators by id: "" = the super-source, null = unreachable. */
function idoms(g: IndexedGraph, options = {}): Record<string, string | null> {
  const tree = immediateDominators(g, options);
  const out: Record<string, string | null> = {};
  g.ids.forEach((id, v) => {
    const d = tree.idom[v]!;
    out[id] = d === -1 ? null : d === tree.root ? '' : g.ids[d]!;
  });
  return out;
}

const sink = (id: string) => ({ id, demand: 1 });

describe('immediateDominators, hand-worked', () => {
  it('serial chain: each node is dominated by the one before it', () => {
    const g = tinyGraph(
      ['m', 'f', 'g', sink('e')],
      [
        ['m', 'f'],
        ['f', 'g'],
        ['g', 'e'],
      ],
    );
    expect(idoms(g)).toEqual({ m: '', f: 'm', g: 'f', e: 'g' });
  });

  it('diamond: the join is dominated by the fork, not by either branch', () => {
    const g = tinyGraph(
      ['s', 'a', 'b', sink('t')],
      [
        ['s', 'a'],
        ['s', 'b'],
        ['a', 't'],
        ['b', 't'],
      ],
    );
    expect(idoms(g)).toEqual({ s: '', a: 's', b: 's', t: 's' });
  });

  it('two mines: what they feed together is dominated only by the super-source', () => {
    const g = tinyGraph(
      ['m1', 'm2', 'p', sink('t')],
      [
        ['m1', 'p'],
        ['m2', 'p'],
        ['p', 't'],
      ],
    );
    expect(idoms(g)).toEqual({ m1: '', m2: '', p: '', t: 'p' });
  });

  it('a recycling loop is no second supply: m→f→g→e, g→rec→f', () => {
    const g = tinyGraph(
      ['m', 'f', 'g', sink('e'), 'rec'],
      [
        ['m', 'f'],
        ['f', 'g'],
        ['g', 'e'],
        ['g', 'rec'],
        ['rec', 'f'],
      ],
    );
    expect(idoms(g)).toEqual({ m: '', f: 'm', g: 'f', e: 'g', rec: 'g' });
  });

  it('disconnected parts and a loop no source feeds: the loop is unreachable', () => {
    // x→y→x has no source (both have an incoming edge), so neither is reached.
    const g = tinyGraph(
      ['a', sink('b'), 'c', sink('d'), 'x', 'y'],
      [
        ['a', 'b'],
        ['c', 'd'],
        ['x', 'y'],
        ['y', 'x'],
      ],
    );
    expect(idoms(g)).toEqual({ a: '', b: 'a', c: '', d: 'c', x: null, y: null });
  });

  it('capacity 0 removes edges and nodes; ignoreCapacity restores them', () => {
    // Diamond with a out: t can only be reached through b. A source at 0 is no source.
    const g = tinyGraph(
      ['s', { id: 'a', capacity: 0 }, 'b', sink('t'), { id: 'z', capacity: 0 }, sink('u')],
      [
        ['s', 'a'],
        ['s', 'b'],
        ['a', 't'],
        ['b', 't'],
        ['z', 'u'],
      ],
    );
    expect(idoms(g)).toEqual({ s: '', a: null, b: 's', t: 'b', z: null, u: null });
    expect(idoms(g, { ignoreCapacity: true })).toEqual({ s: '', a: 's', b: 's', t: 's', z: '', u: 'z' });
    const e = tinyGraph(
      ['s', 'a', 'b', sink('t')],
      [
        ['s', 'a'],
        ['s', 'b'],
        ['a', 't', 0],
        ['b', 't'],
      ],
    );
    expect(idoms(e)).toEqual({ s: '', a: 's', b: 's', t: 'b' });
  });

  it('orders dominators before what they dominate, and answers dominates()', () => {
    const g = indexModel(generateLayeredChain({ nodes: 200, seed: 9 }));
    const tree = immediateDominators(g);
    expect(tree.order[0]).toBe(tree.root);
    const position = new Int32Array(g.n + 1).fill(-1);
    tree.order.forEach((v, k) => {
      position[v] = k;
    });
    for (let v = 0; v < g.n; v++) {
      const d = tree.idom[v]!;
      if (d === -1) continue;
      expect(position[d]!).toBeLessThan(position[v]!);
      expect(dominates(tree, d, v)).toBe(true);
      expect(dominates(tree, v, v)).toBe(true);
      if (d !== tree.root) expect(dominates(tree, v, d)).toBe(false);
    }
  });
});

describe('immediateDominators, cross-checked with NetworkX', () => {
  for (const { model, expected } of fixtureCases) {
    it(model.name, () => {
      const g = indexModel(model);
      expect(Object.values(idoms(g))).toEqual(expected.idom);
    });
  }
});
