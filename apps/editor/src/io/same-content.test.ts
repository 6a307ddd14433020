import { describe, expect, it } from 'vitest';
import { smallMagnetChain } from '../../test/fixtures.ts';
import { sameContent } from './same-content.ts';

describe('sameContent', () => {
  it('is JSON equality: key order and undefined-valued keys do not count', () => {
    expect(sameContent({ a: 1, b: { c: [1, 'x'] } }, { b: { c: [1, 'x'] }, a: 1, d: undefined })).toBe(true);
    expect(sameContent(smallMagnetChain(), JSON.parse(JSON.stringify(smallMagnetChain())))).toBe(true);
  });

  it('finds any difference', () => {
    const cases: [unknown, unknown][] = [
      [{ a: 1 }, { a: 2 }],
      [{ a: 1 }, { b: 1 }],
      [{ a: 1 }, { a: 1, b: null }],
      [
        [1, 2],
        [2, 1],
      ],
      [[1], [1, 1]],
      [[], {}],
      [1, '1'],
      [null, {}],
      [{ a: [{ b: 1 }] }, { a: [{ b: 1, c: 0 }] }],
    ];
    for (const [a, b] of cases) {
      expect(sameContent(a, b), JSON.stringify([a, b])).toBe(false);
      expect(sameContent(b, a), JSON.stringify([b, a])).toBe(false);
    }
  });
});
