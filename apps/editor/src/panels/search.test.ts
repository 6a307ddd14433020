import { describe, expect, it } from 'vitest';
import { smallMagnetChain } from '../../test/fixtures.ts';
import { searchNodes } from './search.ts';

describe('searchNodes', () => {
  const model = smallMagnetChain();
  const ids = (q: string) => searchNodes(model, q).map((n) => n.id);

  it('finds by label or id, ignoring case and accents', () => {
    expect(ids('MALAYSIA')).toEqual(['my-sep']);
    expect(ids('jp-mag')).toEqual(['jp-mag']);
    expect(ids('Malaysía')).toEqual(['my-sep']);
  });

  it('ranks names starting with the query, then word starts, then shorter names', () => {
    // "ev" starts "EV motors" (and its id); "separation"/"Wind" don't contain it.
    expect(ids('ev')[0]).toBe('ev');
    expect(ids('mag')).toEqual(['cn-mag', 'jp-mag']); // both word starts, same length: model order
    expect(ids('o')).toEqual(['ev', 'cn-sep', 'my-sep']); // inside words only: shortest label first
    expect(ids('')).toEqual([]);
    expect(ids('zzz')).toEqual([]);
  });
});
