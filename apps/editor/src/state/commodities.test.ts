import type { Model } from '@chokepoint/core';
import { describe, expect, it } from 'vitest';
import { magnetRecipeChain, smallMagnetChain } from '../../test/fixtures.ts';
import {
  commodityUses,
  edgeCommodities,
  listedCommodities,
  modelCommodities,
  withCommodity,
} from './commodities.ts';

/** Two separators and a magnet plant; commodities named, not listed; one edge names its own. */
function named(): Model {
  return {
    format: 'chokepoint/v1',
    name: 'named',
    unit: 't REO',
    stages: ['sep', 'mag', 'use'],
    nodes: [
      { id: 'a', stage: 'sep', commodity: 'NdPr' },
      { id: 'b', stage: 'sep', commodity: 'oxides' },
      { id: 'm', stage: 'mag', recipe: [{ commodity: 'Co', ratio: 1 }], commodity: 'magnet' },
      { id: 'u', stage: 'use', demand: 1 },
    ],
    edges: [
      { source: 'a', target: 'm' },
      { source: 'b', target: 'm', commodity: 'Dy' },
      { source: 'm', target: 'u' },
    ],
  };
}

describe('modelCommodities', () => {
  it('lists the listed ones first, then those carried by edges, in recipes, on nodes', () => {
    expect(modelCommodities(named()).map((c) => [c.id, c.unit, c.listed])).toEqual([
      ['NdPr', 't REO', false],
      ['Dy', 't REO', false],
      ['magnet', 't REO', false],
      ['Co', 't REO', false],
      ['oxides', 't REO', false],
    ]);
    expect(modelCommodities(magnetRecipeChain()).map((c) => [c.id, c.unit, c.listed])).toEqual([
      ['NdPr', 't NdPr oxide', true],
      ['Dy', 't Dy', true],
      ['magnet', 't magnet', true],
    ]);
    expect(modelCommodities(smallMagnetChain())).toEqual([]);
  });

  it('gives each edge its own commodity, else its source node’s', () => {
    expect([...edgeCommodities(named())]).toEqual([
      ['a->m', 'NdPr'],
      ['b->m:Dy', 'Dy'],
      ['m->u', 'magnet'],
    ]);
  });
});

describe('withCommodity', () => {
  it('appends to a listed model', () => {
    expect(withCommodity(magnetRecipeChain(), { id: 'Tb', unit: 't Tb' }).map((c) => c.id)).toEqual([
      'NdPr',
      'Dy',
      'magnet',
      'Tb',
    ]);
  });

  it('lists what an unlisted model already names, in its unit, before the new one', () => {
    expect(withCommodity(named(), { id: 'Tb', unit: 't Tb' })).toEqual([
      { id: 'NdPr', unit: 't REO' },
      { id: 'Dy', unit: 't REO' },
      { id: 'magnet', unit: 't REO' },
      { id: 'Co', unit: 't REO' },
      { id: 'oxides', unit: 't REO' },
      { id: 'Tb', unit: 't Tb' },
    ]);
    expect(listedCommodities(named())).toHaveLength(5);
  });
});

it('commodityUses says where a commodity is still named', () => {
  expect(commodityUses(magnetRecipeChain(), 'Dy')).toEqual([
    'node “China — Dy”',
    'the recipe of “Japan — magnets”',
    'alternative “grain-boundary diffusion” of “Japan — magnets”',
  ]);
  expect(commodityUses(named(), 'Dy')).toEqual(['1 edge']);
});
