import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fixtureCases } from '../../../test/fixtures/structure/load.ts';
import { tinyGraph } from '../../../test/helpers/tiny-model.ts';
import { parseModelText } from '../../model/validate.ts';
import { type IndexedGraph, indexModel } from '../indexed-graph.ts';
import { immediateDominators } from './dominators.ts';
import { singlePointsOfFailure } from './single-points.ts';

const spofs = (g: IndexedGraph, options = {}) =>
  Object.fromEntries(singlePointsOfFailure(g, options).list.map((s) => [s.id, s.cutsOff]));

const magnetText = readFileSync(
  new URL('../../../../../tests/fixtures/small-magnet-chain.json', import.meta.url),
  'utf8',
);

describe('singlePointsOfFailure, hand-worked', () => {
  it('small magnet chain: only the Chinese separator and magnet plant cut wind off', () => {
    // wind ← cn-mag ← cn-sep ← {cn-mine, au-mine}: cn-mag and cn-sep lie on every route to wind.
    // ev has two supplies (cn-mine→cn-sep→cn-mag→ev, au-mine→my-sep→jp-mag→ev) with no node in common.
    const r = parseModelText(magnetText);
    if (!r.ok) throw new Error('fixture invalid');
    const g = indexModel(r.model);
    expect(spofs(g)).toEqual({ 'cn-sep': ['wind'], 'cn-mag': ['wind'] });

    // With Malaysian separation out (capacity 0), ev hangs on cn-sep too.
    const out = indexModel({
      ...r.model,
      nodes: r.model.nodes.map((n) => (n.id === 'my-sep' ? { ...n, capacity: 0 } : n)),
    });
    expect(spofs(out)).toEqual({ 'cn-sep': ['ev', 'wind'], 'cn-mag': ['wind'] });
    // The per-node form gives the same, and nothing for the others.
    const { cutsOff } = singlePointsOfFailure(out);
    expect(cutsOff[out.index.get('cn-sep')!]).toEqual(['ev', 'wind']);
    expect(cutsOff[out.index.get('jp-mag')!]).toEqual([]);
  });

  it('a single mine is one; a sink does not cut itself off', () => {
    const g = tinyGraph(
      ['m', 'p', { id: 't', demand: 5 }],
      [
        ['m', 'p'],
        ['p', 't'],
      ],
    );
    expect(spofs(g)).toEqual({ m: ['t'], p: ['t'] });
  });

  it('parallel routes and two mines leave none', () => {
    const g = tinyGraph(
      ['m1', 'm2', 'a', 'b', { id: 't', demand: 5 }],
      [
        ['m1', 'a'],
        ['m2', 'b'],
        ['a', 't'],
        ['b', 't'],
      ],
    );
    expect(spofs(g)).toEqual({});
  });

  it('a recycling loop is no second supply; sinks out of reach are not counted', () => {
    // m→f→g→e, g→rec→f: rec only returns what passed f and g. x→y→x feeds z but nothing feeds x.
    const g = tinyGraph(
      ['m', 'f', 'g', { id: 'e', demand: 3 }, 'rec', 'x', 'y', { id: 'z', demand: 4 }],
      [
        ['m', 'f'],
        ['f', 'g'],
        ['g', 'e'],
        ['g', 'rec'],
        ['rec', 'f'],
        ['x', 'y'],
        ['y', 'x'],
        ['y', 'z'],
      ],
    );
    expect(spofs(g)).toEqual({ m: ['e'], f: ['e'], g: ['e'] });
  });

  it('lists every sink a node cuts off, sorted, from a tree passed in', () => {
    // Hub h feeds three consumers; c2 also has a second supply through m2.
    const g = tinyGraph(
      ['m', 'm2', 'h', { id: 'c3', demand: 1 }, { id: 'c1', demand: 1 }, { id: 'c2', demand: 1 }],
      [
        ['m', 'h'],
        ['h', 'c3'],
        ['h', 'c1'],
        ['h', 'c2'],
        ['m2', 'c2'],
      ],
    );
    expect(spofs(g)).toEqual({ m: ['c1', 'c3'], h: ['c1', 'c3'] });
    const tree = immediateDominators(g);
    expect(singlePointsOfFailure(g, {}, tree).list.map((s) => s.id)).toEqual(['m', 'h']);
  });
});

describe('singlePointsOfFailure, cross-checked by one search per node in NetworkX', () => {
  for (const { model, expected } of fixtureCases) {
    it(model.name, () => {
      expect(spofs(indexModel(model))).toEqual(expected.spof);
    });
  }
});
