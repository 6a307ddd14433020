import { describe, expect, it } from 'vitest';
import { lossPct, pct, qty, score, signed } from './format.ts';

describe('format', () => {
  it('writes quantities, shares, deltas and scores', () => {
    expect(qty(270000, 't')).toBe('270,000 t');
    expect(qty(12.345)).toBe('12.3');
    expect(pct(0.6543)).toBe('65%');
    expect(pct(0.6543, 1)).toBe('65.4%');
    expect(signed(17)).toBe('+17.0');
    expect(signed(-3.21)).toBe('−3.2');
    expect(signed(0.01)).toBe('±0.0');
    expect(score(62.4)).toBe('62.4');
    expect([lossPct(0), lossPct(0.0004), lossPct(0.0123), lossPct(0.3456)]).toEqual([
      '0%',
      '<0.1%',
      '1.2%',
      '35%',
    ]);
  });
});
