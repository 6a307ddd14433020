import { describe, expect, it } from 'vitest';
import { smallMagnetChain } from '../../test/fixtures.ts';
import { smallChainReport } from '../../test/small-chain-report.ts';
import { sankeyLayout } from './sankey-layout.ts';

describe('sankeyLayout', () => {
  const model = smallMagnetChain();
  const size = { width: 800, height: 400 };

  it('draws one band per edge with flow, as wide as its flow, in stage columns', () => {
    const report = smallChainReport();
    const layout = sankeyLayout(model, report, null, size);
    if (!layout.ok) throw new Error(layout.reason);
    const flowing = report.edges.filter((e) => e.flow > 0);
    expect(layout.bands.map((b) => b.id).sort()).toEqual(flowing.map((e) => e.id).sort());
    // Widths are proportional to flow: one scale for every band.
    const scale = layout.bands.map((b) => b.width / b.value);
    for (const k of scale) expect(k).toBeCloseTo(scale[0]!, 9);
    // Columns by stage: every mine left of every separation plant, end uses rightmost.
    const x = (id: string) => layout.nodes.find((n) => n.id === id)!.x0;
    expect(x('cn-mine')).toBeLessThan(x('cn-sep'));
    expect(x('cn-sep')).toBeLessThan(x('cn-mag'));
    expect(x('cn-mag')).toBeLessThan(x('ev'));
  });

  it('splits an edge under a scenario into what it still carries and what it lost', () => {
    const reference = smallChainReport();
    const current = smallChainReport();
    // The scenario halves cn-mag → ev (60 of 120 lost) and blocks cn-mag → wind.
    const ev = current.edges.find((e) => e.id === 'cn-mag->ev')!;
    const wind = current.edges.find((e) => e.id === 'cn-mag->wind')!;
    const evBefore = ev.flow;
    const windBefore = wind.flow;
    ev.flow = evBefore / 2;
    wind.flow = 0;
    const layout = sankeyLayout(model, current, reference, size);
    if (!layout.ok) throw new Error(layout.reason);
    const band = (id: string) => layout.bands.find((b) => b.id === id);
    expect(band('cn-mag->ev')).toMatchObject({ kind: 'kept', value: evBefore / 2 });
    expect(band('cn-mag->ev:lost')).toMatchObject({ kind: 'lost', value: evBefore / 2 });
    expect(band('cn-mag->wind')).toBeUndefined();
    expect(band('cn-mag->wind:lost')).toMatchObject({ kind: 'lost', value: windBefore });
  });

  it('says why when the chain has a loop', () => {
    const report = smallChainReport();
    // Magnet scrap back to separation: cn-sep → cn-mag → cn-sep.
    report.edges.push({
      id: 'cn-mag->cn-sep',
      source: 'cn-mag',
      target: 'cn-sep',
      flow: 5,
      capacity: null,
      blocked: false,
    } as never);
    const layout = sankeyLayout(model, report, null, size);
    expect(layout.ok).toBe(false);
    if (!layout.ok) expect(layout.reason).toMatch(/without loops/);
  });
});
