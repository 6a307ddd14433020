/**
 * The diversification term in served-flow terms (issue 10): the worst (stage, country) loss, stated as
 * what is still delivered. Capacity that cannot reach a consumer adds nothing, and the reason names the
 * country whose loss it is, whatever capacities are unlimited.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { generateLayeredChain } from '../../generate/layered-chain.ts';
import type { Model } from '../../model/schema.ts';
import { loadModel } from '../../models/index.ts';
import { analyze } from '../analyze.ts';

const score = (m: Model) => analyze(m, { worstCase: [] }).resilience;

describe('diversification', () => {
  it('an unconnected 30,000 t magnet plant in India changes no score component', () => {
    // Before the fix this lifted the default model's score by 1.4 through "capacity outside each
    // stage's top country" while it delivered nothing.
    const model = loadModel('rare-earth-magnets');
    const withPlant: Model = {
      ...model,
      nodes: [
        ...model.nodes,
        {
          id: 'in-unconnected-magnet',
          label: 'India — magnets (unconnected)',
          stage: 'magnet',
          country: 'IN',
          capacity: 30000,
        },
      ],
    };
    expect(score(withPlant)).toEqual(score(model));
  });

  it('a node connected to nothing never moves the score, at any stage or country (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 5, max: 60 }),
        fc.integer({ min: 1, max: 1_000_000 }),
        fc.integer({ min: 0, max: 4 }),
        fc.constantFrom('CN', 'IN', 'US', 'BR', undefined),
        fc.option(fc.double({ min: 0, max: 1e6, noNaN: true }), { nil: undefined }),
        (nodes, seed, stageIndex, country, capacity) => {
          const chain = generateLayeredChain({ nodes, seed });
          const stage = chain.stages[Math.min(stageIndex, chain.stages.length - 2)]!;
          const lonely = {
            id: 'zz-lonely',
            stage,
            ...(country ? { country } : {}),
            ...(capacity === undefined ? {} : { capacity }),
          };
          expect(score({ ...chain, nodes: [...chain.nodes, lonely] })).toEqual(score(chain));
        },
      ),
      { numRuns: 80 },
    );
  });

  it('names the country whose loss it is when a stage has unlimited capacity', () => {
    // Mining: China 80 t; Australia unlimited but behind a 10 t route. Losing China leaves 10 of 100
    // demanded, losing Australia 80. The old capacity rule saw Australia's unlimited figure and said
    // "capacity outside Australia"; China is the one whose loss hurts.
    const model: Model = {
      format: 'chokepoint/v1',
      name: 'unlimited mine',
      unit: 't',
      stages: ['mining', 'refining', 'end-use'],
      nodes: [
        { id: 'cn-mine', stage: 'mining', country: 'CN', capacity: 80 },
        { id: 'au-mine', stage: 'mining', country: 'AU' },
        { id: 'refinery', stage: 'refining', capacity: 200 }, // no country: no country can lose it
        { id: 'use', stage: 'end-use', demand: 100 },
      ],
      edges: [
        { source: 'cn-mine', target: 'refinery' },
        { source: 'au-mine', target: 'refinery', capacity: 10 },
        { source: 'refinery', target: 'use' },
      ],
    };
    const diversification = score(model).components.find((c) => c.id === 'diversification')!;
    expect(diversification.value).toBeCloseTo(0.1, 12);
    expect(diversification.detail).toBe('Losing China’s (CN) mining capacity leaves 10% of demand served.');
  });
});
