import { describe, expect, it } from 'vitest';
import { closest } from './closest.ts';

describe('closest', () => {
  const ids = ['mm-mine', 'my-mine', 'my-sep', 'cn-mine', 'us-magnet', 'ev-motors'];
  it('suggests ids within a small edit distance, nearest first', () => {
    expect(closest('mm-mien', ids)).toEqual(['mm-mine']);
    expect(closest('my-mine', ids)).toEqual(['my-mine', 'mm-mine', 'cn-mine']);
    expect(closest('ev', ids)).toEqual(['ev-motors']);
  });
  it('suggests nothing for a word far from every id', () => {
    expect(closest('graphite-anode', ids)).toEqual([]);
  });
});
