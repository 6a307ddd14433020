/**
 * Huge and mixed-scale figures against exact arithmetic (issue 10): NetworkX solved every chain in
 * `fixtures/scale/models.json` with its figures as Python Fractions (`scale_flow.py`), so the expected
 * numbers carry no round-off. The engine must match them to 1e-12 of what is delivered, whatever the
 * scale: one capacity of 1e12 beside tonnes, a 0.5 t route beside 1e15, figures from 1e-3 to 1e12 in
 * one model, and every figure near the schema's limit.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyze } from '../src/analysis/analyze.ts';
import type { Model } from '../src/model/schema.ts';
import { validateModel } from '../src/model/validate.ts';

const read = (file: string) =>
  JSON.parse(readFileSync(new URL(`./fixtures/scale/${file}`, import.meta.url), 'utf8'));
const models = read('models.json') as Model[];
const expected = read('expected.json') as { name: string; delivered: number; demand: number; n1: number[] }[];

describe.each(models.map((model, i) => [model.name, model, expected[i]!] as const))(
  '%s',
  (name, model, want) => {
    it('is valid and is the chain NetworkX solved', () => {
      expect(want.name).toBe(name);
      expect(validateModel(model).ok).toBe(true);
    });

    const report = analyze(model, { worstCase: [] });

    it('delivers the exact maximum', () => {
      expect(Math.abs(report.supply.demand - want.demand)).toBeLessThanOrEqual(1e-15 * want.demand);
      expect(Math.abs(report.supply.delivered - want.delivered)).toBeLessThanOrEqual(1e-12 * want.delivered);
      expect(Number.isFinite(report.resilience.score)).toBe(true);
    });

    it('has the exact N-1 table', () => {
      const off = report.nodes.flatMap((n, v) =>
        Math.abs(n.shortfallIfRemoved - want.n1[v]!) <= 1e-12 * Math.max(1, want.delivered / want.demand)
          ? []
          : [`${n.id}: ${n.shortfallIfRemoved} vs ${want.n1[v]}`],
      );
      expect(off).toEqual([]);
    });
  },
);

describe('figures too large to sum', () => {
  it('are refused by validation, naming the field', () => {
    const model = models[0]!;
    const huge = {
      ...model,
      nodes: model.nodes.map((n) =>
        n.id === 'm1' ? { ...n, capacity: 1e308 } : n.id === 'ev' ? { ...n, demand: 1e308 } : n,
      ),
      edges: model.edges.map((e, i) => (i === 2 ? { ...e, capacity: 2e15 } : e)),
    };
    const result = validateModel(huge);
    expect(result.ok).toBe(false);
    const where = result.ok ? [] : result.issues.map((i) => `${i.path.join('.')}: ${i.message}`).sort();
    const tail = ': larger figures cannot be summed exactly (use a larger unit)';
    expect(where).toEqual([
      `edges.2.capacity: capacity must be at most 1e+15${tail}`,
      `nodes.0.capacity: capacity must be at most 1e+15${tail}`,
      `nodes.9.demand: demand must be at most 1e+15${tail}`,
    ]);
  });
});
