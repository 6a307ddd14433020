import { describe, expect, it } from 'vitest';
import { nearestEdge, segmentDistance } from './edge-near.ts';

describe('nearestEdge', () => {
  it('measures distance to a segment, clamped at its ends', () => {
    expect(segmentDistance({ x: 5, y: 3 }, { x: 0, y: 0 }, { x: 10, y: 0 })).toBe(3);
    expect(segmentDistance({ x: 13, y: 4 }, { x: 0, y: 0 }, { x: 10, y: 0 })).toBe(5);
    expect(segmentDistance({ x: 1, y: 1 }, { x: 0, y: 0 }, { x: 0, y: 0 })).toBeCloseTo(Math.SQRT2, 12);
  });

  it('picks the nearest edge within the tolerance, or none', () => {
    const segments: [string, { x: number; y: number }, { x: number; y: number }][] = [
      ['a', { x: 0, y: 0 }, { x: 100, y: 0 }],
      ['b', { x: 0, y: 10 }, { x: 100, y: 10 }],
    ];
    const geometry = {
      forEachEdgeSegment: (
        visit: (id: string, a: { x: number; y: number }, b: { x: number; y: number }) => void,
      ) => {
        for (const [id, a, b] of segments) visit(id, a, b);
      },
    };
    expect(nearestEdge(geometry, { x: 50, y: 3 }, 6)).toBe('a');
    expect(nearestEdge(geometry, { x: 50, y: 7 }, 6)).toBe('b');
    expect(nearestEdge(geometry, { x: 50, y: 30 }, 6)).toBeNull();
  });
});
