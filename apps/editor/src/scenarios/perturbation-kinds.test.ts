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

  it('start a shared project on the first group, complete once stated shares add up to 1', () => {
    const withGroup = {
      ...model,
      groups: [{ id: 'quad', countries: ['US', 'JP', 'IN'] as ('US' | 'JP' | 'IN')[] }],
    };
    const value = kindOf('risk-sharing')!.create(withGroup);
    expect(value).toMatchObject({ type: 'risk-sharing', group: 'quad' });
    expect(PerturbationSchema.safeParse(value).success).toBe(true);
    expect(isComplete(value, withGroup)).toBe(true);
    const p = value as Extract<typeof value, { type: 'risk-sharing' }>;
    expect(isComplete({ ...p, shares: { US: 0.5, JP: 0.3 } }, withGroup)).toBe(false);
    expect(isComplete({ ...p, shares: { US: 0.5, JP: 0.3, IN: 0.2 } }, withGroup)).toBe(true);
    expect(isComplete({ ...p, group: '' }, withGroup)).toBe(false);
    expect(kindOf('risk-sharing')!.create({ ...model, groups: [] })).toMatchObject({ group: '' });
  });
});
