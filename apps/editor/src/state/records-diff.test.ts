import { describe, expect, it } from 'vitest';
import { diffRecords, isEmptyDiff } from './records-diff.ts';

type R = { id: string; v: number };
const key = (r: R) => r.id;

describe('diffRecords', () => {
  it('finds added, updated (by identity) and removed records, whatever their order', () => {
    const a = { id: 'a', v: 1 };
    const b = { id: 'b', v: 2 };
    const c = { id: 'c', v: 3 };
    const b2 = { id: 'b', v: 2 }; // equal value, new object: an edit happened
    const d = { id: 'd', v: 4 };
    const diff = diffRecords([a, b, c], [d, b2, a], key);
    expect([...diff.added.keys()]).toEqual(['d']);
    expect([...diff.updated.entries()]).toEqual([['b', [b, b2]]]);
    expect([...diff.removed.keys()]).toEqual(['c']);
  });

  it('costs nothing for an untouched array', () => {
    const list = [{ id: 'a', v: 1 }];
    expect(isEmptyDiff(diffRecords(list, list, key))).toBe(true);
    expect(isEmptyDiff(diffRecords(list, [...list], key))).toBe(true);
  });
});
