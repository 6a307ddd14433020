import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fixtureCases } from '../../../test/fixtures/structure/load.ts';
import { tinyModel } from '../../../test/helpers/tiny-model.ts';
import type { ModelNode } from '../../model/schema.ts';
import { outsideTopCapacity } from './outside-top.ts';

const stage = (nodes: (Partial<ModelNode> & { id: string })[]) =>
  outsideTopCapacity(tinyModel(nodes, []))[0]!;

describe('outsideTopCapacity', () => {
  it('is the total less the top country when every capacity is stated', () => {
    // CN 270 + 30 more, AU 30: losing CN leaves 30 + 50 (no country) = 80.
    expect(
      stage([
        { id: 'a', country: 'CN', capacity: 270 },
        { id: 'b', country: 'AU', capacity: 30 },
        { id: 'c', capacity: 50 },
      ]),
    ).toEqual({ stage: 's', total: 350, country: 'CN', outside: 80 });
  });

  it('unlimited in the top country: what is left is the stated rest', () => {
    expect(
      stage([
        { id: 'a', country: 'CN' },
        { id: 'b', country: 'AU', capacity: 100 },
      ]),
    ).toEqual({ stage: 's', total: Number.POSITIVE_INFINITY, country: 'CN', outside: 100 });
  });

  it('unlimited in two countries, or outside any country: no one loss limits the stage', () => {
    expect(
      stage([
        { id: 'a', country: 'CN' },
        { id: 'b', country: 'AU' },
      ]).outside,
    ).toBe(Number.POSITIVE_INFINITY);
    expect(stage([{ id: 'a', country: 'CN', capacity: 5 }, { id: 'b' }]).outside).toBe(
      Number.POSITIVE_INFINITY,
    );
  });

  it('a stage without countries keeps its total; ties go to the first code', () => {
    expect(
      stage([
        { id: 'a', capacity: 5 },
        { id: 'b', capacity: 7 },
      ]),
    ).toEqual({
      stage: 's',
      total: 12,
      country: null,
      outside: 12,
    });
    expect(
      stage([
        { id: 'a', country: 'US', capacity: 5 },
        { id: 'b', country: 'AU', capacity: 5 },
      ]),
    ).toMatchObject({ country: 'AU', outside: 5 });
  });

  it('never falls when capacity is added or a node in a new country appears (property)', () => {
    const countries = ['CN', 'AU', 'US', 'JP'] as const;
    const node = fc.record({
      country: fc.option(fc.constantFrom(...countries), { nil: undefined }),
      capacity: fc.option(fc.integer({ min: 0, max: 1000 }), { nil: undefined }),
    });
    fc.assert(
      fc.property(
        fc.array(node, { minLength: 1, maxLength: 8 }),
        fc.nat(),
        fc.integer({ min: 1, max: 500 }),
        (raw, pick, extra) => {
          const nodes = raw.map((n, i) => ({ id: `n${i}`, ...n }));
          const before = stage(nodes).outside;
          // More capacity on one node (stated → larger or unlimited).
          const grown = nodes.map((n, i) =>
            i === pick % nodes.length && n.capacity !== undefined
              ? { ...n, capacity: n.capacity + extra }
              : n,
          );
          expect(stage(grown).outside).toBeGreaterThanOrEqual(before);
          const unlimited = nodes.map((n, i) =>
            i === pick % nodes.length ? { ...n, capacity: undefined } : n,
          );
          expect(stage(unlimited).outside).toBeGreaterThanOrEqual(before);
          // A new node in a country not yet present.
          const added = [...nodes, { id: 'new', country: 'DE' as const, capacity: extra }];
          expect(stage(added).outside).toBeGreaterThanOrEqual(before);
        },
      ),
    );
  });
});

describe('outsideTopCapacity, cross-checked against the Python reference', () => {
  for (const { model, expected } of fixtureCases) {
    it(model.name, () => {
      expect(outsideTopCapacity(model).map((s) => [s.stage, s.outside])).toEqual(
        expected.outsideTop.map((s) => [s.stage, s.outside ?? Number.POSITIVE_INFINITY]),
      );
    });
  }
});
