import { describe, expect, it } from 'vitest';
import { COLUMN_CLEARANCE, columnEdges, LABEL_OFFSET, labelRoom } from './label-room.ts';
import { fitLabel } from './labels.ts';

describe('labelRoom', () => {
  const columns = [
    { x: 100, radius: 10 },
    { x: 300, radius: 8 },
  ];

  it('ends a label before the next column’s largest node, halo and clearance included', () => {
    // Node at 100 (radius 5): text starts at 100 + 5 + 3; the next column's nodes reach left to 292;
    // the halo (2 px) and the clearance come off too.
    expect(labelRoom(columns, 100, 5)).toBe(300 - 8 - COLUMN_CLEARANCE - 2 - (100 + 5 + LABEL_OFFSET));
  });

  it('leaves the last column’s labels alone', () => {
    expect(labelRoom(columns, 300, 8)).toBe(Number.POSITIVE_INFINITY);
    expect(labelRoom([], 10, 2)).toBe(Number.POSITIVE_INFINITY);
  });
});

describe('columnEdges', () => {
  it('takes each stage’s mean x and largest radius, left to right', () => {
    expect(
      columnEdges([
        { stage: 'metal', x: 300, radius: 4 },
        { stage: 'mining', x: 90, radius: 3 },
        { stage: 'mining', x: 110, radius: 12 },
        { stage: 'metal', x: 300, radius: 9 },
      ]),
    ).toEqual([
      { x: 100, radius: 12 },
      { x: 300, radius: 9 },
    ]);
  });
});

describe('fitLabel', () => {
  const measure = (t: string) => 6 * t.length; // 6 px a character

  it('draws the whole name where it fits, and at most the usual length where the room is unknown', () => {
    expect(fitLabel('China — mining', 1000, measure)).toBe('China — mining');
    expect(fitLabel('United States (MP Materials) — separation', 1000, measure)).toBe(
      'United States (MP Materials) — separation',
    );
    expect(fitLabel('United States (MP Materials) — separation', Number.POSITIVE_INFINITY, measure)).toBe(
      'United States (MP…',
    );
  });

  it('shortens to the room, with an ellipsis, and never past it', () => {
    const fitted = fitLabel('Japan — metal & alloy', 60, measure)!;
    // Cut at the word nearest the room ("Japan — m…" told the reader nothing more).
    expect(fitted).toBe('Japan…');
    expect(fitLabel('Industrial motors, defence and other magnet uses', 150, measure)).toBe(
      'Industrial motors…',
    );
    expect(measure(fitted)).toBeLessThanOrEqual(60);
    expect(measure(fitLabel('Japan — metal & alloy', 61, measure)!)).toBeLessThanOrEqual(61);
  });

  it('leaves the label out when there is no room for more than a letter or two', () => {
    expect(fitLabel('Japan — metal & alloy', 20, measure)).toBeNull();
  });
});
