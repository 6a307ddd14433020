import { PerturbationSchema } from '@chokepoint/core';
import { describe, expect, it } from 'vitest';
import { smallMagnetChain } from '../../test/fixtures.ts';
import { isComplete } from './compose.ts';
import { kindOf, perturbationKinds } from './perturbation-kinds.ts';

describe('perturbation kinds', () => {
  const model = smallMagnetChain();

  it('cover every perturbation type of the chokepoint/v1 format', () => {
    const schemaTypes = PerturbationSchema.options.map((o) => o.shape.type.value).sort();
    expect(perturbationKinds.map((k) => k.type).sort()).toEqual(schemaTypes);
  });

  it('start from values the format accepts, aimed at the model', () => {
    // The biggest exporter of the small chain is China: an export control is complete from the start.
    const control = kindOf('export-control')!.create(model);
    expect(control).toEqual({ type: 'export-control', country: 'CN' });
    expect(PerturbationSchema.safeParse(control).success).toBe(true);
    expect(isComplete(control, model)).toBe(true);
    // Node kinds wait for their node: incomplete, so they act on nothing until one is chosen.
    for (const type of ['outage', 'capacity', 'demand'] as const) {
      const value = kindOf(type)!.create(model);
      expect(value).toMatchObject({ type, node: '' });
      expect(isComplete(value, model)).toBe(false);
      expect(isComplete({ ...value, node: 'ev' } as typeof value, model)).toBe(true);
    }
  });

  it('describe what they do in words', () => {
    const describe = (p: Parameters<(typeof perturbationKinds)[number]['describe']>[0]) =>
      kindOf(p.type)!.describe(p, model);
    expect(describe({ type: 'export-control', country: 'CN', stages: ['separation'], allow: ['JP'] })).toBe(
      'China stops exports from the separation stage, except to Japan',
    );
    expect(describe({ type: 'export-control', country: 'CN' })).toBe('China stops all exports');
    // Every limit is said: commodities, several stages, countries and groups still served.
    expect(
      describe({
        type: 'export-control',
        country: 'CN',
        commodities: ['DyTb', 'NdPr'],
        stages: ['separation', 'magnet'],
        allow: ['JP', 'AU'],
      }),
    ).toBe(
      'China stops exports of DyTb and NdPr from the separation and magnet stages, except to Japan and Australia',
    );
    expect(describe({ type: 'outage', node: 'my-sep' })).toBe('Malaysia — separation is out');
    expect(describe({ type: 'outage', node: '' })).toBe('Choose the node that is out');
    expect(describe({ type: 'capacity', node: 'au-mine', factor: 2 })).toBe(
      'Australia — mining: capacity × 2',
    );
    expect(describe({ type: 'demand', node: 'ev', factor: 1.5 })).toBe('EV motors: demand × 1.5');
  });
});
