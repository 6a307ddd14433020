import { describe, expect, it } from 'vitest';
import { explainScoreChange, type ResilienceInputs, resilienceScore } from './resilience.ts';

const inputs = (over: Partial<ResilienceInputs> = {}): ResilienceInputs => ({
  unit: 't',
  demand: 200,
  delivered: 180,
  worstNodeLoss: { node: 'cn-sep', label: 'China — separation', delivered: 40 },
  worstExportControl: { country: 'CN', name: 'China', delivered: 20 },
  worstStageLoss: { stage: 'separation', country: 'CN', name: 'China', delivered: 30 },
  ...over,
});

describe('resilienceScore', () => {
  it('weights served fractions as documented', () => {
    // supply 0.9·30 = 27; n-1 0.2·25 = 5; export 0.1·25 = 2.5; diversification 0.15·20 = 3
    const r = resilienceScore(inputs());
    expect(r.components.map((c) => [c.id, c.value, c.points])).toEqual([
      ['supply', 0.9, 27],
      ['n-1', 0.2, 5],
      ['export-control', 0.1, 2.5],
      ['diversification', 0.15, 3],
    ]);
    expect(r.score).toBe(37.5);
    expect(r.components[1]!.detail).toBe(
      'Losing China — separation (cn-sep) alone leaves 20% of demand served.',
    );
    expect(r.components[3]!.detail).toBe(
      'Losing China’s (CN) separation capacity leaves 15% of demand served.',
    );
  });

  it('is 100 without demand; without any country to lose, diversification is the supply term', () => {
    expect(resilienceScore(inputs({ demand: 0, delivered: 0 })).score).toBe(100);
    const r = resilienceScore(inputs({ worstStageLoss: null }));
    expect(r.components[3]!.value).toBe(0.9);
    expect(r.components[3]!.detail).toMatch(/no country can be lost/);
  });

  it('explains a move, biggest contribution first', () => {
    const before = resilienceScore(inputs());
    const after = resilienceScore(
      inputs({ worstNodeLoss: { node: 'my-sep', label: 'Malaysia', delivered: 160 } }),
    );
    // n-1 goes 0.2 → 0.8: +0.6 × 25 = +15
    expect(after.score - before.score).toBeCloseTo(15, 9);
    const lines = explainScoreChange(before, after);
    expect(lines[0]).toBe('Score +15.0: 37.5 → 52.5.');
    expect(lines[1]).toBe(
      '+15.0: worst single-node loss — served fraction rose from 20% to 80%. Losing Malaysia (my-sep) alone leaves 80% of demand served.',
    );
    expect(lines).toHaveLength(2);
  });
});
