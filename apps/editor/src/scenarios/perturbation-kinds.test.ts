import { PerturbationSchema } from '@chokepoint/core';
import { describe, expect, it } from 'vitest';
import { smallMagnetChain } from '../../test/fixtures.ts';
import { kindOf, perturbationKinds } from './perturbation-kinds.ts';

describe('perturbation kinds', () => {
  const model = smallMagnetChain();

  it('cover every perturbation type of the chokepoint/v1 format', () => {
    const schemaTypes = PerturbationSchema.options.map((o) => o.shape.type.value).sort();
    expect(perturbationKinds.map((k) => k.type).sort()).toEqual(schemaTypes);
  });

  it('start from values the format accepts, aimed at the model', () => {
    for (const kind of perturbationKinds) {
      const value = kind.create(model);
      expect(PerturbationSchema.safeParse(value).success, kind.type).toBe(true);
    }
    // The biggest exporter and the biggest node of the small chain are both Chinese mining.
    expect(kindOf('export-control')!.create(model)).toEqual({ type: 'export-control', country: 'CN' });
    expect(kindOf('outage')!.create(model)).toEqual({ type: 'outage', node: 'cn-mine' });
    expect(kindOf('demand')!.create(model)).toMatchObject({ node: 'ev' });
  });

  it('describe what they do in words', () => {
    const describe = (p: Parameters<(typeof perturbationKinds)[number]['describe']>[0]) =>
      kindOf(p.type)!.describe(p, model);
    expect(describe({ type: 'export-control', country: 'CN', stages: ['separation'], allow: ['JP'] })).toBe(
      'China stops exports of separation except to JP',
    );
    expect(describe({ type: 'outage', node: 'my-sep' })).toBe('Malaysia — separation is out');
    expect(describe({ type: 'capacity', node: 'au-mine', factor: 2 })).toBe(
      'Australia — mining capacity × 2',
    );
    expect(describe({ type: 'demand', node: 'ev', factor: 1.5 })).toBe('EV motors demand × 1.5');
  });
});
