/**
 * `suggest` against brute force over every subset of candidates (NetworkX / scipy, frozen in
 * test/fixtures/uncertainty/suggest.json), and a hand-worked chain.
 */
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { twoCountryChain } from '../../../test/lever-chains.ts';
import type { Model, Scenario } from '../../model/schema.ts';
import { validateModel } from '../../model/validate.ts';
import { loadSolver } from '../recipes/solver.ts';
import { applyScenario, applyScenarioWithEffects } from '../scenario/apply-scenario.ts';
import { applyCandidates, applyFix } from './apply-candidates.ts';
import { suggest } from './suggest.ts';

beforeAll(async () => {
  await loadSolver();
});

const fixture = JSON.parse(
  readFileSync(new URL('../../../test/fixtures/uncertainty/suggest.json', import.meta.url), 'utf8'),
) as {
  cases: {
    model: unknown;
    target: number;
    cost: number | null;
    example: string[] | null;
    /** Cases with offtakes: price pressure first, and the producers it removes (scipy's dispatch). */
    minUtilisation?: number;
    exits?: string[];
  }[];
};

function valid(raw: unknown): Model {
  const r = validateModel(raw);
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  return r.model;
}

const cnBan: Scenario = { id: 'cn-ban', perturbations: [{ type: 'export-control', country: 'CN' }] };

describe('suggest against brute force', () => {
  fixture.cases.forEach(({ model: raw, target, cost, minUtilisation, exits }) => {
    const model = valid(raw);
    const shock: Scenario =
      minUtilisation === undefined
        ? cnBan
        : {
            id: 'squeeze',
            perturbations: [{ type: 'attrition', years: 3, minUtilisation }, ...cnBan.perturbations],
          };
    it(`${model.name}: target ${target}${exits ? ' (offtakes, price pressure)' : ''}`, () => {
      if (exits) {
        // The engine's dispatch pushes out the same producers as the scipy dispatch of the brute force.
        expect(applyScenarioWithEffects(model, shock).exited.sort()).toEqual([...exits].sort());
      }
      const s = suggest(model, { target, scenario: shock });
      if (cost === null) {
        expect(s.status).toBe('unreachable');
        expect(s.servedWithAll).toBeLessThan(target);
      } else if (cost === 0) {
        expect(s.status).toBe('met-already');
      } else {
        expect(s.status).toBe('optimal');
        expect(s.totalCost).toBe(cost);
        expect(s.servedWith).toBeGreaterThanOrEqual(target - 1e-9);
      }
    });
  });
});

describe('a hand-worked chain', () => {
  // CN refines 80 of the 100 t a Japanese plant needs; AU mines 100 but MY refines only 20.
  const model = valid({
    format: 'chokepoint/v1',
    name: 'Fix it',
    unit: 't',
    stages: ['mining', 'refining', 'use'],
    nodes: [
      { id: 'au-mine', stage: 'mining', country: 'AU', capacity: 100 },
      { id: 'cn-ref', stage: 'refining', country: 'CN', capacity: 80 },
      { id: 'my-ref', stage: 'refining', country: 'MY', capacity: 20 },
      { id: 'plant', stage: 'use', country: 'JP', demand: 100 },
    ],
    edges: [
      { source: 'au-mine', target: 'cn-ref' },
      { source: 'au-mine', target: 'my-ref' },
      { source: 'cn-ref', target: 'plant' },
      { source: 'my-ref', target: 'plant' },
    ],
    scenarios: [cnBan],
    candidates: [
      { id: 'my-expand', kind: 'capacity', node: 'my-ref', add: 40, cost: 30 },
      {
        id: 'us-refinery',
        kind: 'producer',
        node: { id: 'us-ref', stage: 'refining', country: 'US', capacity: 50 },
        from: ['au-mine'],
        to: ['plant'],
        cost: 45,
      },
      { id: 'jp-stock', kind: 'stockpile', node: 'plant', units: 30, cost: 10 },
      { id: 'route-cn', kind: 'route', from: 'cn-ref', to: 'plant', capacity: 50, cost: 1 },
    ],
  });

  it('finds the cheapest mix for 80% under the CN ban', () => {
    // Under the ban: 20 of 100. Options: MY +40 (→60) for 30, US 50 for 45, stock 30 for 10; a new
    // route out of CN is banned too, so it buys nothing. 80 needs +60: MY+40 and stock 30 (cost 40)
    // beats US 50 + stock 30 (55) and MY + US (75).
    const s = suggest(model, { target: 0.8, scenario: 'cn-ban' });
    expect(s.servedWithout).toBeCloseTo(0.2, 12);
    expect(s.servedWithAll).toBeCloseTo(1, 12);
    expect(s.status).toBe('optimal');
    expect(s.chosen.map((c) => c.id).sort()).toEqual(['jp-stock', 'my-expand']);
    expect(s.totalCost).toBe(40);
    expect(s.servedWith).toBeCloseTo(0.9, 12);
  });

  it('says when the target holds already or cannot be reached', () => {
    expect(suggest(model, { target: 0.2, scenario: 'cn-ban' }).status).toBe('met-already');
    const none = suggest(model, {
      target: 0.9,
      scenario: 'cn-ban',
      candidates: model.candidates!.filter((c) => c.id === 'route-cn'),
    });
    expect(none.status).toBe('unreachable');
    expect(none.servedWithAll).toBeCloseTo(0.2, 12);
  });

  it('applies candidates as model changes', () => {
    const fixed = applyCandidates(model, model.candidates, ['us-refinery', 'jp-stock']);
    expect(fixed.nodes.map((n) => n.id)).toEqual([
      'au-mine',
      'cn-ref',
      'my-ref',
      'plant',
      'us-ref',
      'stock:jp-stock',
    ]);
    expect(
      fixed.edges.filter((e) => e.id?.startsWith('candidate:')).map((e) => `${e.source}>${e.target}`),
    ).toEqual(['au-mine>us-ref', 'us-ref>plant', 'stock:jp-stock>plant']);
    expect(() => applyCandidates(model, model.candidates, ['nope'])).toThrow(/unknown candidate "nope"/);
  });

  it('refuses a bad target and a model without candidates', () => {
    expect(() => suggest(model, { target: 1.5 })).toThrow(/target is a served fraction/);
    expect(() => suggest({ ...model, candidates: [] })).toThrow(/has no candidates/);
  });
});

describe('offtakes as candidates, worked by hand', () => {
  // CN mine (100 t at 10 a tonne) and US mine (50 t at 30) supply 100 t. Three years of price pressure
  // (producers dispatched below half their capacity exit) push the idle US mine out, then China bans
  // exports: nothing is served. An offtake on the US mine keeps it (50 t); more US capacity only helps
  // with the offtake (an exited mine's capacity stays 0); a 40 t stock helps alone.
  const model = valid({
    ...twoCountryChain(),
    scenarios: [
      {
        id: 'squeeze',
        perturbations: [
          { type: 'attrition', years: 3, minUtilisation: 0.5 },
          { type: 'export-control', country: 'CN' },
        ],
      },
    ],
    candidates: [
      { id: 'offtake-us', kind: 'offtake', nodes: ['us'], share: 0.5, cost: 20 },
      { id: 'us-expand', kind: 'capacity', node: 'us', add: 30, cost: 5 },
      { id: 'stock', kind: 'stockpile', node: 'use', units: 40, cost: 35 },
    ],
  });
  const ids = (target: number) => {
    const s = suggest(model, { target, scenario: 'squeeze' });
    return {
      ids: s.chosen.map((c) => c.id).sort(),
      cost: s.totalCost,
      served: s.servedWith,
      status: s.status,
    };
  };

  it('keeps the producer the pressure would push out, and only then does its expansion count', () => {
    expect(suggest(model, { target: 0.5, scenario: 'squeeze' }).servedWithout).toBe(0);
    // 50%: the offtake alone (20); the stock alone gives 40%.
    expect(ids(0.5)).toEqual({ ids: ['offtake-us'], cost: 20, served: 0.5, status: 'optimal' });
    // 80%: offtake + expansion (25) gives 80 t; offtake + stock (55) would give 90.
    expect(ids(0.8)).toEqual({ ids: ['offtake-us', 'us-expand'], cost: 25, served: 0.8, status: 'optimal' });
    // 85%: offtake + stock (55) beats all three (60).
    expect(ids(0.85)).toEqual({ ids: ['offtake-us', 'stock'], cost: 55, served: 0.9, status: 'optimal' });
    // 40%: the stock (35) beats nothing cheaper: the expansion alone serves 0.
    expect(ids(0.4)).toEqual({ ids: ['offtake-us'], cost: 20, served: 0.5, status: 'optimal' });
  });

  it('applies a chosen offtake as a lever in front of the shock, which then serves what suggest said', () => {
    const fixed = applyFix(model, model.candidates!, ['offtake-us', 'us-expand'], 'squeeze');
    expect(fixed.scenarios![0]!.perturbations[0]).toEqual({ type: 'offtake', nodes: ['us'], share: 0.5 });
    const after = applyScenario(fixed, 'squeeze');
    expect(after.nodes.find((n) => n.id === 'us')!.capacity).toBe(80);
    // Without a model scenario to put it in, the offtake gets its own.
    const own = applyFix(model, model.candidates!, ['offtake-us'], null);
    expect(own.scenarios!.map((s) => s.id)).toEqual(['squeeze', 'fix-offtakes']);
  });

  it('refuses an offtake on a consumer or an unknown node, naming the path', () => {
    const r = validateModel({
      ...twoCountryChain(),
      candidates: [{ id: 'bad', kind: 'offtake', nodes: ['use', 'ghost'], share: 0.5, cost: 1 }],
    });
    expect(r.ok).toBe(false);
    const text = r.ok ? '' : r.issues.map((i) => `${JSON.stringify(i.path)} ${i.message}`).join('\n');
    expect(text).toContain('["candidates",0,"nodes",0] candidate "bad" names "use", a consumer');
    expect(text).toContain(
      '["candidates",0,"nodes",1] candidate "bad" names producer "ghost", which is not a node id',
    );
  });
});
