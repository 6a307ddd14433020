import { describe, expect, it } from 'vitest';
import { smallMagnetChain } from '../../test/fixtures.ts';
import { forceLayout } from './force.ts';

describe('forceLayout', () => {
  it('places every node at a finite position, the same on every run', () => {
    const model = smallMagnetChain();
    const a = forceLayout(model);
    expect([...a.keys()].sort()).toEqual(model.nodes.map((n) => n.id).sort());
    for (const p of a.values()) expect(Number.isFinite(p.x) && Number.isFinite(p.y)).toBe(true);
    expect([...forceLayout(model)]).toEqual([...a]);
  });

  it('pulls linked nodes closer than unlinked ones', () => {
    const model = smallMagnetChain();
    const p = forceLayout(model);
    const d = (a: string, b: string) => Math.hypot(p.get(a)!.x - p.get(b)!.x, p.get(a)!.y - p.get(b)!.y);
    // my-sep → jp-mag are linked; my-sep and wind are not (and far apart in the chain).
    expect(d('my-sep', 'jp-mag')).toBeLessThan(d('my-sep', 'wind'));
  });
});
