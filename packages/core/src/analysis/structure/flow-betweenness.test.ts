import { describe, expect, it } from 'vitest';
import { fixtureCases } from '../../../test/fixtures/structure/load.ts';
import { expectClose, expectCloseRecord, nonZero, tinyGraph } from '../../../test/helpers/tiny-model.ts';
import { indexModel } from '../indexed-graph.ts';
import { flowBetweenness } from './flow-betweenness.ts';

describe('flowBetweenness, hand-worked', () => {
  it('diamond: one mine, one consumer, the demand splits evenly over two equal routes', () => {
    // w(s,t) = 50 (only source). a and b each carry half: 25 / 50 = 0.5.
    const g = tinyGraph(
      [{ id: 's', capacity: 100 }, 'a', 'b', { id: 't', demand: 50 }],
      [
        ['s', 'a'],
        ['s', 'b'],
        ['a', 't'],
        ['b', 't'],
      ],
    );
    expectCloseRecord(nonZero(g, flowBetweenness(g)), { a: 0.5, b: 0.5 }, 'diamond');
  });

  it('a longer route gets nothing while a shorter one exists', () => {
    // s→a→t, s→b→t (2 hops), s→c→d→t (3 hops): a and b take 0.5 each; c and d none.
    const g = tinyGraph(
      [{ id: 's', capacity: 5 }, 'a', 'b', 'c', 'd', { id: 't', demand: 10 }],
      [
        ['s', 'a'],
        ['s', 'b'],
        ['s', 'c'],
        ['c', 'd'],
        ['a', 't'],
        ['b', 't'],
        ['d', 't'],
      ],
    );
    expectCloseRecord(nonZero(g, flowBetweenness(g)), { a: 0.5, b: 0.5 }, 'shortest only');
  });

  it('demand is drawn from the mines that reach it in proportion to their capacity', () => {
    // m1 (30) and m2 (10) both feed p → t (80); m2 alone feeds q → t2 (20). Total demand 100.
    // t: 80 split 60 (m1) / 20 (m2), both through p → p = 80. t2: 20 from m2 through q → q = 20.
    const g = tinyGraph(
      [
        { id: 'm1', capacity: 30 },
        { id: 'm2', capacity: 10 },
        'p',
        'q',
        { id: 't', demand: 80 },
        { id: 't2', demand: 20 },
      ],
      [
        ['m1', 'p'],
        ['m2', 'p'],
        ['p', 't'],
        ['m2', 'q'],
        ['q', 't2'],
      ],
    );
    expectCloseRecord(nonZero(g, flowBetweenness(g)), { p: 0.8, q: 0.2 }, 'proportional');
  });

  it('capacity shares decide between routes from different mines', () => {
    // m1 (30) → p → t and m2 (10) → q → t, t demand 40: p carries 30, q carries 10.
    const g = tinyGraph(
      [{ id: 'm1', capacity: 30 }, { id: 'm2', capacity: 10 }, 'p', 'q', { id: 't', demand: 40 }],
      [
        ['m1', 'p'],
        ['p', 't'],
        ['m2', 'q'],
        ['q', 't'],
      ],
    );
    expectCloseRecord(nonZero(g, flowBetweenness(g)), { p: 0.75, q: 0.25 }, 'shares');
  });

  it('an unlimited mine takes the whole demand of the sinks it reaches', () => {
    // m1 unlimited → p → t (40); m2 (10) → q → t; m2 → r → t2 (60). t draws only on m1: p = 40.
    // t2 is reached by m2 alone: r = 60. Total 100 → p 0.4, r 0.6, q 0.
    const g = tinyGraph(
      ['m1', { id: 'm2', capacity: 10 }, 'p', 'q', 'r', { id: 't', demand: 40 }, { id: 't2', demand: 60 }],
      [
        ['m1', 'p'],
        ['p', 't'],
        ['m2', 'q'],
        ['q', 't'],
        ['m2', 'r'],
        ['r', 't2'],
      ],
    );
    expectCloseRecord(nonZero(g, flowBetweenness(g)), { p: 0.4, r: 0.6 }, 'unlimited');
  });

  it('demand nothing can reach stays in the denominator; a cycle adds no weight', () => {
    // m → f → g → e (30), g → rec → f; x (capacity 0) → y → z (70). z is cut off, so f and g carry
    // 30 of 100. rec lies on no mine→consumer shortest path.
    const g = tinyGraph(
      [
        { id: 'm', capacity: 50 },
        'f',
        'g',
        { id: 'e', demand: 30 },
        { id: 'rec', kind: 'recycler' },
        { id: 'x', capacity: 0 },
        'y',
        { id: 'z', demand: 70 },
      ],
      [
        ['m', 'f'],
        ['f', 'g'],
        ['g', 'e'],
        ['g', 'rec'],
        ['rec', 'f'],
        ['x', 'y'],
        ['y', 'z'],
      ],
    );
    expectCloseRecord(nonZero(g, flowBetweenness(g)), { f: 0.3, g: 0.3 }, 'unreachable');
  });

  it('is all zeros without demand', () => {
    const g = tinyGraph(
      [{ id: 'm', capacity: 5 }, 'p', 'q'],
      [
        ['m', 'p'],
        ['p', 'q'],
      ],
    );
    expect([...flowBetweenness(g)]).toEqual([0, 0, 0]);
  });
});

describe('flowBetweenness, cross-checked by path enumeration in NetworkX', () => {
  for (const { model, expected } of fixtureCases) {
    if (expected.flowBetweenness === null) continue;
    it(model.name, () => {
      expectClose(flowBetweenness(indexModel(model)), expected.flowBetweenness!, 'flow betweenness');
    });
  }
});
