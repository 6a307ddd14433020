import { generateLayeredChain, type Model } from '@chokepoint/core';
import { describe, expect, it } from 'vitest';
import { smallMagnetChain } from '../../test/fixtures.ts';
import { orderColumns, stageColumnLayout, totalCrossings } from './stage-columns.ts';

const model = (nodes: [string, string][], edges: [string, string][], stages = ['a', 'b', 'c']): Model => ({
  format: 'chokepoint/v1',
  name: 't',
  unit: 't',
  stages,
  nodes: nodes.map(([id, stage]) => ({ id, stage })),
  edges: edges.map(([source, target]) => ({ source, target })),
});

/** Crossings of the model's own order (the starting point the sweeps improve on). */
function crossingsAsListed(m: Model): number {
  const stageIndex = new Map(m.stages.map((s, i) => [s, i]));
  const index = new Map(m.nodes.map((n, i) => [n.id, i]));
  const columnOf = m.nodes.map((n) => stageIndex.get(n.stage)!);
  const columns: number[][] = m.stages.map(() => []);
  columnOf.forEach((c, i) => {
    columns[c]!.push(i);
  });
  const neighbours: number[][] = m.nodes.map(() => []);
  for (const e of m.edges) {
    neighbours[index.get(e.source)!]!.push(index.get(e.target)!);
    neighbours[index.get(e.target)!]!.push(index.get(e.source)!);
  }
  return totalCrossings(columns, columnOf, neighbours);
}

describe('stage-column layout', () => {
  it('untangles a crossed pair and places columns left to right, top to bottom', () => {
    const m = model(
      [
        ['a1', 'a'],
        ['a2', 'a'],
        ['b1', 'b'],
        ['b2', 'b'],
      ],
      [
        ['a1', 'b2'],
        ['a2', 'b1'],
      ],
      ['a', 'b'],
    );
    expect(crossingsAsListed(m)).toBe(1);
    expect(orderColumns(m).crossings).toBe(0);
    const pos = stageColumnLayout(m);
    // Two columns 2.5 apart; each column of two centred on y = 0, first node on top.
    expect(pos.get('a1')).toEqual({ x: 0, y: 0.5 });
    expect(pos.get('a2')).toEqual({ x: 0, y: -0.5 });
    expect(pos.get('b2')).toEqual({ x: 2.5, y: 0.5 });
    expect(pos.get('b1')).toEqual({ x: 2.5, y: -0.5 });
  });

  it('lays the small magnet chain out without crossings, one column per stage', () => {
    const m = smallMagnetChain();
    const { columns, crossings } = orderColumns(m);
    expect(crossings).toBe(0);
    expect(columns.map((c) => c.map((i) => m.nodes[i]!.stage))).toEqual([
      ['mining', 'mining'],
      ['separation', 'separation'],
      ['magnet', 'magnet'],
      ['end-use', 'end-use'],
    ]);
  });

  it('puts nodes of unknown stages in an extra column on the right', () => {
    const m = model(
      [
        ['a1', 'a'],
        ['x', 'elsewhere'],
      ],
      [['a1', 'x']],
    );
    const pos = stageColumnLayout(m);
    expect(pos.get('x')!.x).toBeGreaterThan(pos.get('a1')!.x);
    expect(pos.get('x')!.x).toBe(3 * 2.5);
  });

  it('removes most crossings of a generated 300-node chain, and never adds any', () => {
    const m = generateLayeredChain({ nodes: 300, seed: 3 });
    const before = crossingsAsListed(m);
    const after = orderColumns(m).crossings;
    expect(after).toBeLessThanOrEqual(before);
    expect(after).toBeLessThan(before * 0.6);
  });

  it('is deterministic', () => {
    const m = generateLayeredChain({ nodes: 200, seed: 9 });
    expect([...stageColumnLayout(m)]).toEqual([...stageColumnLayout(m)]);
  });
});
