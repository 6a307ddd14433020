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
    // supply 0.9·30 = 27; n-1 0.2·15 = 3; export 0.1·25 = 2.5; diversification 0.15·20 = 3;
    // buffers (no stock: the n-1 fraction) 0.2·10 = 2
    const r = resilienceScore(inputs());
    expect(r.components.map((c) => [c.id, c.value, c.points])).toEqual([
      ['supply', 0.9, 27],
      ['n-1', 0.2, 3],
      ['export-control', 0.1, 2.5],
      ['diversification', 0.15, 3],
      ['buffers', 0.2, 2],
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
    // n-1 goes 0.2 → 0.8: +0.6 × 15 = +9; without stock the buffers term follows it: +0.6 × 10 = +6
    expect(after.score - before.score).toBeCloseTo(15, 9);
    const lines = explainScoreChange(before, after);
    expect(lines[0]).toBe('Score +15.0: 37.5 → 52.5.');
    expect(lines[1]).toBe(
      '+9.0: worst single-node loss — served fraction rose from 20% to 80%. Losing Malaysia (my-sep) alone leaves 80% of demand served.',
    );
    expect(lines[2]).toBe(
      '+6.0: worst single-node loss with stocks, over 60 days — served fraction rose from 20% to 80%. No node holds stock, so over 60 days this is the worst single-node loss.',
    );
    expect(lines).toHaveLength(3);
  });

  it('explains what stock buys: the buffers term alone moves', () => {
    const before = resilienceScore(inputs());
    const after = resilienceScore(
      inputs({ worstBufferedLoss: { node: 'cn-sep', label: 'China — separation', served: 0.5, days: 60 } }),
    );
    // buffers 0.2 → 0.5: +0.3 × 10 = +3
    expect(explainScoreChange(before, after)).toEqual([
      'Score +3.0: 37.5 → 40.5.',
      '+3.0: worst single-node loss with stocks, over 60 days — served fraction rose from 20% to 50%. Losing China — separation (cn-sep) for 60 days, stocks drawn, leaves 50% of demand served.',
    ]);
  });
});
