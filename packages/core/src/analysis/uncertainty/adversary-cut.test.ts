/**
 * The adversary cut against brute force (NetworkX / scipy, frozen in test/fixtures/uncertainty) and a
 * hand-worked chain.
 */
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Model, Perturbation } from '../../model/schema.ts';
import { validateModel } from '../../model/validate.ts';
import { assess } from '../assess.ts';
import { loadSolver } from '../recipes/solver.ts';
import { adversaryCut } from './adversary-cut.ts';

beforeAll(async () => {
  await loadSolver();
});

interface Check {
  units: 'nodes' | 'countries';
  threshold: number;
  size: number | null;
  example: string[] | null;
}
const fixture = JSON.parse(
  readFileSync(new URL('../../../test/fixtures/uncertainty/adversary.json', import.meta.url), 'utf8'),
) as { cases: { model: unknown; checks: Check[] }[] };

function valid(raw: unknown): Model {
  const r = validateModel(raw);
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  return r.model;
}

/** Served fraction with these nodes (or countries' non-consumer nodes) out, through `assess`. */
function servedWithout(model: Model, units: 'nodes' | 'countries', ids: string[]): number {
  const nodes =
    units === 'nodes'
      ? ids
      : model.nodes.filter((n) => n.demand === undefined && ids.includes(n.country ?? '')).map((n) => n.id);
  const perturbations = nodes.map((node) => ({ type: 'outage', node }) as Perturbation);
  return assess(model, { scenario: { id: 'hit', perturbations } }).supply.ratio;
}

describe('adversary cut against brute force', () => {
  fixture.cases.forEach(({ model: raw, checks }) => {
    const model = valid(raw);
    const methods = model.nodes.some((n) => n.recipe || n.yield || n.alternatives)
      ? (['search'] as const)
      : (['milp', 'search'] as const);
    for (const check of checks) {
      for (const method of methods) {
        it(`${model.name}: ${check.units} below ${check.threshold} (${method})`, () => {
          const cut = adversaryCut(model, { threshold: check.threshold, units: check.units, method });
          expect(cut.exact).toBe(true);
          expect(cut.set?.length ?? null).toBe(check.size);
          if (cut.set) {
            expect(servedWithout(model, check.units, cut.set)).toBeLessThan(check.threshold);
            expect(cut.servedAfter!).toBeLessThan(check.threshold);
          }
        });
      }
    }
  });
});

describe('a hand-worked chain', () => {
  // Two mines (CN 60, AU 50) feed two refineries (CN 70, MY 40); a magnet plant needs 100.
  const model = valid({
    format: 'chokepoint/v1',
    name: 'Hand',
    unit: 't',
    stages: ['mining', 'refining', 'use'],
    nodes: [
      { id: 'cn-mine', stage: 'mining', country: 'CN', capacity: 60 },
      { id: 'au-mine', stage: 'mining', country: 'AU', capacity: 50 },
      { id: 'cn-ref', stage: 'refining', country: 'CN', capacity: 70 },
      { id: 'my-ref', stage: 'refining', country: 'MY', capacity: 40 },
      { id: 'plant', stage: 'use', country: 'JP', demand: 100 },
    ],
    edges: [
      { source: 'cn-mine', target: 'cn-ref' },
      { source: 'au-mine', target: 'cn-ref' },
      { source: 'au-mine', target: 'my-ref' },
      { source: 'cn-ref', target: 'plant' },
      { source: 'my-ref', target: 'plant' },
    ],
  });

  it('one node cuts below 0.7, two below 0.4, none of the candidates below 0', () => {
    // Intact: 100 (cn-ref 70 + my-ref 30). Without cn-ref: 40. Without au-mine: 60.
    const one = adversaryCut(model, { threshold: 0.7 });
    expect(one.set).toHaveLength(1);
    expect(one.baselineServed).toBe(1);
    // Below 0.4: no single node (cn-ref leaves 0.4 exactly, not below); cn-ref + my-ref leave 0.
    const two = adversaryCut(model, { threshold: 0.4 });
    expect(two.set).toHaveLength(2);
    expect(two.servedAfter).toBeLessThan(0.4);
    expect(adversaryCut(model, { threshold: 0 }).set).toBeNull();
    // Among the two mines, both must go; without cn-mine and my-ref, au-mine still sends 50 via cn-ref.
    expect(adversaryCut(model, { threshold: 0.4, among: ['au-mine', 'cn-mine'] }).set).toEqual([
      'au-mine',
      'cn-mine',
    ]);
    expect(adversaryCut(model, { threshold: 0.4, among: ['cn-mine', 'my-ref'] }).set).toBeNull();
  });

  it('countries: CN alone leaves 40 (below 0.5), and the search agrees with the MILP', () => {
    const milp = adversaryCut(model, { threshold: 0.5, units: 'countries' });
    const search = adversaryCut(model, { threshold: 0.5, units: 'countries', method: 'search' });
    expect(milp.set).toEqual(['CN']);
    expect(search.set).toEqual(['CN']);
    expect(milp.servedAfter).toBeCloseTo(0.4, 12);
  });

  it('names a unit that cannot be hit', () => {
    expect(() => adversaryCut(model, { among: ['plant'] })).toThrow(/"plant" is not one of the nodes/);
    expect(() => adversaryCut(model, { threshold: -1 })).toThrow(/threshold/);
  });
});
