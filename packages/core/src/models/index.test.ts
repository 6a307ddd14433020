import { describe, expect, it } from 'vitest';
import { validateModel } from '../model/validate.ts';
import { DEFAULT_MODEL_ID, listModels, loadModel, modelIds, UnknownModelError } from './index.ts';

describe('embedded models', () => {
  it('lists every model, the default first, with counts read from the model itself', () => {
    const list = listModels();
    expect(list[0]!.id).toBe(DEFAULT_MODEL_ID);
    expect(list.map((m) => m.id)).toEqual(modelIds());
    expect(new Set(modelIds())).toEqual(
      new Set([
        'rare-earth-magnets',
        'lithium',
        'cobalt',
        'graphite',
        'manganese',
        'antimony',
        'gallium',
        'germanium',
        'vanadium',
        'copper',
        'magnesium',
      ]),
    );
    for (const summary of list) {
      const model = loadModel(summary.id);
      expect(summary.name).toBe(model.name);
      expect(summary.unit).toBe(model.unit);
      expect(summary.year).toBe(model.year);
      expect(summary.nodeCount).toBe(model.nodes.length);
      expect(summary.edgeCount).toBe(model.edges.length);
      expect(summary.references.map((r) => r.id)).toEqual((model.references ?? []).map((r) => r.id));
      expect(summary.references.length).toBeGreaterThan(0);
    }
  });

  it('loads each model as a valid chokepoint/v1 model', () => {
    for (const id of modelIds()) {
      const model = loadModel(id);
      expect(validateModel(model).ok, id).toBe(true);
      expect(model.format).toBe('chokepoint/v1');
    }
  });

  it('the default model has the stages, countries and end uses the issue lists', () => {
    const m = loadModel();
    expect(m.stages).toEqual(['mining', 'separation', 'heavy-separation', 'metal', 'magnet', 'end-use']);
    const countries = (stage: string) =>
      m.nodes.filter((n) => n.stage === stage).map((n) => n.country ?? n.id);
    expect(countries('mining')).toEqual(
      expect.arrayContaining(['CN', 'US', 'AU', 'MM', 'TH', 'IN', 'RU', 'MG', 'BR', 'NG', 'VN', 'MY', 'ZZ']),
    );
    expect(countries('separation')).toEqual(expect.arrayContaining(['CN', 'MY', 'US', 'FR', 'IN', 'ZZ']));
    expect(countries('magnet')).toEqual(expect.arrayContaining(['CN', 'JP', 'DE', 'US', 'IN']));
    // EV and wind demand by consuming region (issue 12); the other uses are world totals.
    expect(countries('end-use')).toEqual(
      expect.arrayContaining(['CN', 'US', 'IN', 'XE', 'ZZ', 'electronics', 'other-magnet-uses']),
    );
    const evRegions = m.nodes.filter((n) => n.id.startsWith('ev-motors')).map((n) => n.country);
    expect(evRegions.sort()).toEqual(['CN', 'IN', 'US', 'ZZ']);
    // The regional split adds up to the IEA's EV demand, 8,359 t.
    const ev = m.nodes.filter((n) => n.id.startsWith('ev-motors')).reduce((s, n) => s + n.demand!, 0);
    expect(ev).toBeCloseTo(8359, 9);
    // Dy/Tb on edges of their own, through metal makers of their own: a magnet plant that gets Dy/Tb
    // from a country's metal makers gets NdPr from the same country, and every metal node has a
    // one-commodity recipe (so NdPr cannot become Dy/Tb).
    const dytb = m.edges.filter((e) => e.commodity === 'DyTb');
    expect(dytb.length).toBeGreaterThan(0);
    const country = (id: string) => m.nodes.find((n) => n.id === id)!.country;
    for (const e of dytb.filter((x) => x.target.endsWith('-magnet'))) {
      expect(
        m.edges.some(
          (f) => f.commodity === 'NdPr' && f.target === e.target && country(f.source) === country(e.source),
        ),
      ).toBe(true);
    }
    for (const n of m.nodes.filter((x) => x.stage === 'metal')) {
      expect(n.recipe).toEqual([{ commodity: n.commodity, ratio: 1 }]);
      const inputs = m.edges.filter((e) => e.target === n.id).map((e) => e.commodity);
      expect(new Set(inputs)).toEqual(new Set([n.commodity]));
    }
    for (const n of m.nodes.filter((x) => x.stage === 'magnet')) {
      expect(n.recipe?.map((r) => r.commodity).sort()).toEqual(['DyTb', 'NdPr']);
      expect(n.alternatives?.map((a) => a.id)).toEqual(['standard-grade', 'gbd']);
    }
    expect(m.commodities?.map((c) => c.id)).toEqual([
      'REO',
      'magnet REO',
      'other REO',
      'NdPr',
      'DyTb',
      'NdFeB magnets',
    ]);
    // The known routes.
    const route = (s: string, t: string) => m.edges.some((e) => e.source === s && e.target === t);
    expect(route('mm-mine', 'cn-sep')).toBe(true);
    expect(route('row-mine', 'cn-sep')).toBe(true); // includes Laos
    expect(route('au-mine', 'my-sep')).toBe(true); // Lynas
    expect(route('us-mine', 'cn-sep')).toBe(true); // US concentrate to China
  });

  it('gives each caller its own copy', () => {
    const a = loadModel('gallium');
    a.nodes[0]!.capacity = -1;
    expect(loadModel('gallium').nodes[0]!.capacity).toBeGreaterThan(0);
  });

  it('names the available models for an unknown id', () => {
    expect(() => loadModel('unobtainium')).toThrow(UnknownModelError);
    expect(() => loadModel('unobtainium')).toThrow(
      `unknown model "unobtainium" (available: ${modelIds().join(', ')})`,
    );
  });

  it('carries the country groups with joining dates and the historical scenarios, dated and cited', () => {
    for (const id of modelIds()) {
      const m = loadModel(id);
      expect(m.groups?.map((g) => g.id)).toEqual(['msp', 'forge', 'quad', 'pax-silica', 'eu']);
      for (const s of m.scenarios ?? []) expect(s.source, `${id} ${s.id}`).toMatch(/\[[A-Z]/);
    }
    const msp = loadModel().groups!.find((g) => g.id === 'msp')!;
    expect(msp.joined).toMatchObject({ IN: '2023-06', EE: '2024-03' });
    const dates = (id: string) =>
      Object.fromEntries((loadModel(id).scenarios ?? []).map((s) => [s.id, s.date]));
    expect(dates('gallium')).toMatchObject({ 'cn-2023-08-ga-ge': '2023-08-01' });
    expect(dates('germanium')).toMatchObject({ 'cn-2023-08-ga-ge': '2023-08-01' });
    expect(dates('graphite')).toMatchObject({ 'cn-2023-12-graphite': '2023-12-01' });
    expect(dates('antimony')).toMatchObject({ 'cn-2024-09-antimony': '2024-09-15' });
    expect(dates('rare-earth-magnets')).toMatchObject({
      'cn-2025-04-heavy-re-magnets': '2025-04-04',
      'cn-2025-10-package': '2025-10-09',
      'myanmar-supply-cut': '2024-10',
      'cn-2025-11-suspension': '2025-11-07',
      'cn-2026-11-still-suspended': '2026-11-10',
      'cn-2026-11-reinstated': '2026-11-10',
      'cn-2026-01-japan-dual-use': '2026-01-06',
      'cn-2026-06-us-entities': '2026-06-22',
      'in-2025-12-magnet-scheme': '2025-12',
    });
    // FORGE replaced the MSP on 4 Feb 2026; its member list is marked incomplete; India in Pax Silica.
    const groups = loadModel().groups!;
    expect(groups.find((g) => g.id === 'msp')!.label).toMatch(/Jun 2022 – Feb 2026/);
    const forge = groups.find((g) => g.id === 'forge')!;
    expect(forge.label).toMatch(/incomplete/);
    expect(forge.notes).toMatch(/INCOMPLETE/);
    expect(groups.find((g) => g.id === 'pax-silica')!.joined).toMatchObject({ IN: '2026-02-20' });
    const oct = loadModel().scenarios!.find((s) => s.id === 'cn-2025-10-package')!;
    expect(oct.description).toMatch(/[Ss]uspended on 7 Nov 2025/);
    const apr = loadModel().scenarios!.find((s) => s.id === 'cn-2025-04-heavy-re-magnets')!;
    expect(apr.perturbations).toContainEqual({
      type: 'export-control',
      country: 'CN',
      commodities: ['DyTb'],
    });
    expect(loadModel().scenarios!.some((s) => s.id === 'partners-only-msp')).toBe(true);
  });
});
