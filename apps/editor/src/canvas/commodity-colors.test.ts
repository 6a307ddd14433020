import { describe, expect, it } from 'vitest';
import { magnetRecipeChain, smallMagnetChain } from '../../test/fixtures.ts';
import { edgeColoring } from './commodity-colors.ts';
import { COMMODITY_PALETTE } from './palette.ts';

describe('edgeColoring', () => {
  it('is off for a model whose edges carry fewer than two commodities', () => {
    expect(edgeColoring(smallMagnetChain())).toBeNull();
  });

  it('colours each edge by what it carries, in the model’s commodity order', () => {
    const coloring = edgeColoring(magnetRecipeChain())!;
    expect(coloring.legend).toEqual([
      { id: 'NdPr', label: 'NdPr oxide', color: COMMODITY_PALETTE[0] },
      { id: 'Dy', label: 'Dysprosium', color: COMMODITY_PALETTE[1] },
      { id: 'magnet', label: 'NdFeB magnets', color: COMMODITY_PALETTE[2] },
    ]);
    expect([...coloring.edges]).toEqual([
      ['ndpr->plant', COMMODITY_PALETTE[0]],
      ['dy->plant', COMMODITY_PALETTE[1]],
      ['plant->ev', COMMODITY_PALETTE[2]],
    ]);
  });

  it('keeps colours when an edge with a new commodity is added', () => {
    const model = magnetRecipeChain();
    const before = edgeColoring(model)!;
    const after = edgeColoring({
      ...model,
      commodities: [...model.commodities!, { id: 'Tb', unit: 't Tb' }],
      edges: [...model.edges, { source: 'ndpr', target: 'plant', commodity: 'Tb' }],
    })!;
    for (const [id, color] of before.edges) expect(after.edges.get(id)).toBe(color);
    expect(after.edges.get('ndpr->plant:Tb')).toBe(COMMODITY_PALETTE[3]);
  });
});
