import { describe, expect, it } from 'vitest';
import { uncitedFigures } from '../../test/uncited-figures.ts';
import { loadModel, modelIds } from './index.ts';

describe('every figure of the embedded models is cited', () => {
  it.each(modelIds())('%s: every node and edge figure has a source or citation', (id) => {
    expect(uncitedFigures(loadModel(id))).toEqual([]);
  });

  it('the check fails on a figure without a source', () => {
    const m = loadModel('copper');
    delete m.nodes[0]!.source;
    delete m.edges.find((e) => e.capacity === undefined)!.citation; // no figure: fine without
    const capped = loadModel().edges.findIndex((e) => e.capacity !== undefined);
    const re = loadModel();
    delete re.edges[capped]!.citation;
    expect(uncitedFigures(m)).toEqual([`nodes[0] ${m.nodes[0]!.id}: capacity without source`]);
    expect(uncitedFigures(re)).toHaveLength(1);
  });

  it.each(modelIds())('%s: every [ID] quoted is in references, and every reference is quoted', (id) => {
    const m = loadModel(id);
    const text = JSON.stringify({ ...m, references: undefined });
    const quoted = new Set([...text.matchAll(/\[([A-Z][A-Z0-9-]*)\]/g)].map((x) => x[1]));
    const listed = new Set((m.references ?? []).map((r) => r.id));
    expect([...quoted].filter((q) => !listed.has(q!))).toEqual([]);
    expect([...listed].filter((r) => !quoted.has(r))).toEqual([]);
  });

  it.each(modelIds())('%s: credits the IEA wherever its data is used (CC BY 4.0)', (id) => {
    const m = loadModel(id);
    const iea = (m.references ?? []).filter((r) => r.id === 'IEA-CMD25');
    if (iea.length === 0) return;
    expect(iea[0]!.publisher).toBe('IEA');
    expect(iea[0]!.license).toMatch(/CC BY 4\.0/);
    expect(m.description).toMatch(/IEA, CC BY 4\.0/);
  });
});
