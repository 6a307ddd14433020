import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseModelText } from '../model/validate.ts';
import { indexModel } from './indexed-graph.ts';

const text = readFileSync(
  new URL('../../../../tests/fixtures/small-magnet-chain.json', import.meta.url),
  'utf8',
);

describe('indexModel', () => {
  it('compiles adjacency, capacities, sources and sinks', () => {
    const r = parseModelText(text);
    if (!r.ok) throw new Error('fixture invalid');
    const g = indexModel(r.model);
    expect(g.n).toBe(8);
    expect(g.m).toBe(9);
    const out = (id: string) => {
      const v = g.index.get(id)!;
      return [...g.outEdges.subarray(g.outStart[v], g.outStart[v + 1])].map((e) => g.ids[g.edgeTarget[e]!]);
    };
    const into = (id: string) => {
      const v = g.index.get(id)!;
      return [...g.inEdges.subarray(g.inStart[v], g.inStart[v + 1])].map((e) => g.ids[g.edgeSource[e]!]);
    };
    expect(out('au-mine')).toEqual(['my-sep', 'cn-sep']);
    expect(out('cn-sep')).toEqual(['cn-mag', 'jp-mag']);
    expect(into('ev')).toEqual(['cn-mag', 'jp-mag']);
    expect(g.ids.filter((_, i) => g.isSource[i])).toEqual(['cn-mine', 'au-mine']);
    expect(g.ids.filter((_, i) => g.isSink[i])).toEqual(['ev', 'wind']);
    expect(g.totalDemand).toBe(180);
    expect(g.edgeCapacity[0]).toBe(Number.POSITIVE_INFINITY);
    expect(g.edgeCapacity[1]).toBe(25);
    expect(g.edgeIds[0]).toBe('cn-mine->cn-sep');
    expect(g.nodeCapacity[g.index.get('ev')!]).toBe(Number.POSITIVE_INFINITY);
  });
});
