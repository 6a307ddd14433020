import { mulberry32 } from '@chokepoint/core';
import { describe, expect, it } from 'vitest';
import { countCrossings } from './cross-count.ts';

/** The definition, pair by pair: independent of the Fenwick-tree shortcut. */
function bruteForce(edges: [number, number][]): number {
  let n = 0;
  for (let i = 0; i < edges.length; i++) {
    for (let j = i + 1; j < edges.length; j++) {
      const [a, b] = edges[i]!;
      const [c, d] = edges[j]!;
      if ((a < c && b > d) || (a > c && b < d)) n++;
    }
  }
  return n;
}

describe('countCrossings', () => {
  it('counts a hand-drawn example', () => {
    // 0→1 and 1→0 cross; 2→2 crosses neither; 0→2 crosses 1→0 (0<1, 2>0) and nothing else.
    expect(
      countCrossings(
        [
          [0, 1],
          [1, 0],
          [2, 2],
          [0, 2],
        ],
        3,
      ),
    ).toBe(2);
    expect(
      countCrossings(
        [
          [0, 0],
          [1, 1],
          [2, 2],
        ],
        3,
      ),
    ).toBe(0);
    expect(
      countCrossings(
        [
          [0, 2],
          [1, 1],
          [2, 0],
        ],
        3,
      ),
    ).toBe(3);
  });

  it('shared ends never count as crossings', () => {
    expect(
      countCrossings(
        [
          [0, 0],
          [0, 1],
          [1, 1],
          [1, 0],
        ],
        2,
      ),
    ).toBe(1);
  });

  it('agrees with the pairwise definition on random bilayer graphs', () => {
    const rand = mulberry32(7);
    for (let t = 0; t < 50; t++) {
      const left = 1 + Math.floor(rand() * 12);
      const right = 1 + Math.floor(rand() * 12);
      const edges: [number, number][] = [];
      const m = Math.floor(rand() * 40);
      for (let i = 0; i < m; i++) edges.push([Math.floor(rand() * left), Math.floor(rand() * right)]);
      expect(countCrossings(edges, right)).toBe(bruteForce(edges));
    }
  });
});
