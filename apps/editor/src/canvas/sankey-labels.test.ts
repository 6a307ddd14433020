import { describe, expect, it } from 'vitest';
import { fitLabel, spreadLabels } from './sankey-labels.ts';

describe('spreadLabels', () => {
  it('leaves labels that do not collide at their node’s centre', () => {
    const at = spreadLabels(
      [
        { id: 'a', y: 10, weight: 1 },
        { id: 'b', y: 40, weight: 1 },
      ],
      { line: 12, top: 0, bottom: 100 },
    );
    expect([...at]).toEqual([
      ['a', 10],
      ['b', 40],
    ]);
  });

  it('pushes thin neighbours one line apart, and back up from the bottom', () => {
    // Three 2-px nodes at 90, 92, 94 and a bottom at 100: 90, 102, 114 would run off, so the last
    // sits on the bottom and the others one line above each other.
    const at = spreadLabels(
      [
        { id: 'c', y: 94, weight: 1 },
        { id: 'a', y: 90, weight: 1 },
        { id: 'b', y: 92, weight: 1 },
      ],
      { line: 12, top: 0, bottom: 100 },
    );
    expect([...at]).toEqual([
      ['a', 76],
      ['b', 88],
      ['c', 100],
    ]);
  });

  it('keeps the biggest nodes’ labels when a column has more nodes than lines', () => {
    const wishes = Array.from({ length: 10 }, (_, i) => ({ id: `n${i}`, y: i * 3, weight: i }));
    const at = spreadLabels(wishes, { line: 12, top: 0, bottom: 36 });
    expect([...at.keys()].sort()).toEqual(['n6', 'n7', 'n8', 'n9']);
    expect([...at.values()]).toEqual([0, 12, 24, 36]);
  });
});

describe('fitLabel', () => {
  it('cuts a label to the room it has, with an ellipsis', () => {
    expect(fitLabel('China — mining', 200)).toBe('China — mining');
    expect(fitLabel('China — sintered NdFeB magnets', 62)).toBe('China — s…');
    expect(fitLabel('China', 6)).toBe('');
  });
});
