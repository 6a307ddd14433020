/**
 * Each lever on a chain small enough to work by hand (docs/levers.md has the same numbers).
 */
import { describe, expect, it } from 'vitest';
import { twoCountryChain } from '../../../test/lever-chains.ts';
import type { Model, Perturbation, Scenario } from '../../model/schema.ts';
import { analyze } from '../analyze.ts';
import { assess } from '../assess.ts';
import { applyScenario } from '../scenario/apply-scenario.ts';

const scenario = (...perturbations: Perturbation[]): Scenario => ({ id: 'test', perturbations });
const served = (model: Model, ...ps: Perturbation[]) =>
  assess(model, { scenario: scenario(...ps) }).supply.delivered;

const suppression: Perturbation = { type: 'attrition', years: 3, minUtilisation: 0.5 };
const banCN: Perturbation = { type: 'export-control', country: 'CN' };

describe('attrition and offtake: the two-country chain', () => {
  // CN mine 100 t at $10/t, US mine 50 t at $30/t, demand 100 t.
  const model = twoCountryChain(100);

  it('the market dispatch leaves the US mine idle, so attrition removes it and a ban then leaves nothing', () => {
    const report = analyze(model, { scenario: scenario(suppression, banCN), worstCase: [] });
    expect(report.exited).toEqual(['us']);
    expect(report.supply.delivered).toBe(0);
    // Without the price pressure, the ban leaves the US mine's 50 t.
    expect(served(model, banCN)).toBe(50);
  });

  it('an offtake of half the US capacity keeps it alive: the ban then leaves 50 t', () => {
    const offtake: Perturbation = { type: 'offtake', nodes: ['us'], share: 0.5 };
    const report = analyze(model, { scenario: scenario(offtake, suppression, banCN), worstCase: [] });
    expect(report.exited).toBeUndefined();
    expect(report.supply.delivered).toBe(50);
  });

  it('an offtake costs the dispatch cost it adds, or (price − cost) × volume with a price', () => {
    // Floor 25 t on US: dispatch 75 t CN at $10 + 25 t US at $30 = 1500 against 1000 without.
    const plain = analyze(model, { scenario: scenario({ type: 'offtake', nodes: ['us'], share: 0.5 }) });
    expect(plain.levers?.[0]?.yearlyCost).toBeCloseTo(500, 6);
    expect(plain.levers?.[0]?.stock).toBeCloseTo(0, 6);
    expect(plain.dispatch?.totalCost).toBeCloseTo(1500, 6);
    const priced = analyze(model, {
      scenario: scenario({ type: 'offtake', nodes: ['us'], share: 0.5, price: 40, opex: 7 }),
    });
    expect(priced.levers?.[0]?.yearlyCost).toBeCloseTo((40 - 30) * 25 + 7, 6);
  });

  it('what the chain cannot use goes into the strategic stock', () => {
    // Demand 30: the US floor of 40 t (80% of 50) gives the chain 30 t and the stock 10 t.
    const small = twoCountryChain(30);
    const r = analyze(small, { scenario: scenario({ type: 'offtake', nodes: ['us'], share: 0.8 }) });
    expect(r.levers?.[0]?.stock).toBeCloseTo(10, 6);
    expect(r.dispatch?.nodes.find((n) => n.id === 'us')?.stock).toBeCloseTo(10, 6);
  });
});

describe('price floor', () => {
  const model: Model = {
    ...twoCountryChain(100),
    commodities: [{ id: 'ndpr', unit: 't', price: 20 }],
  };
  model.nodes = model.nodes.map((n) => (n.demand ? n : { ...n, commodity: 'ndpr' }));

  it('keeps the covered producer in dispatch and pays the gap to the market price', () => {
    const floor: Perturbation = { type: 'price-floor', nodes: ['us'], price: 35 };
    const r = analyze(model, { scenario: scenario(floor) });
    expect(r.dispatch?.nodes.find((n) => n.id === 'us')?.output).toBeCloseTo(50, 6);
    expect(r.levers?.[0]?.yearlyCost).toBeCloseTo((35 - 20) * 50, 6);
    // It survives attrition: the ban then leaves its 50 t.
    expect(served(model, floor, suppression, banCN)).toBe(50);
  });

  it('needs the market price of what the covered producer makes', () => {
    expect(() =>
      applyScenario(twoCountryChain(), scenario({ type: 'price-floor', nodes: ['us'], price: 35 })),
    ).toThrow(
      /scenario "test", perturbation 1 \(price-floor\): the market price of what "us" makes is unknown/,
    );
  });
});

describe('value added', () => {
  it('is output × price − inputs × price, by country and stage', () => {
    // Ore mine (ZA, 100 t ore at $1) → smelter (CN, yield 0.5: 50 t ferromanganese at $5) → steel.
    const model: Model = {
      format: 'chokepoint/v1',
      name: 'manganese',
      unit: 't',
      stages: ['ore', 'alloy', 'steel'],
      commodities: [
        { id: 'ore', unit: 't', price: 1 },
        { id: 'femn', unit: 't', price: 5 },
      ],
      nodes: [
        { id: 'mine', stage: 'ore', country: 'ZA', capacity: 100, commodity: 'ore' },
        { id: 'smelter', stage: 'alloy', country: 'CN', commodity: 'femn', yield: 0.5 },
        { id: 'steel', stage: 'steel', demand: 50 },
      ],
      edges: [
        { source: 'mine', target: 'smelter' },
        { source: 'smelter', target: 'steel' },
      ],
    };
    const r = analyze(model, { worstCase: [] });
    expect(r.valueAdded?.rows).toEqual([
      { country: 'ZA', stage: 'ore', value: 100 },
      { country: 'CN', stage: 'alloy', value: 50 * 5 - 100 * 1 },
    ]);
    expect(r.valueAdded?.unpriced).toEqual([]);
  });
});

describe('recycling closes a loop with yield < 1', () => {
  // Mine 60 t → refinery → consumer 100 t. Half of what the consumer uses is collected, 80% recovered,
  // back into the refinery stage: served s = 60 + 0.4 s.
  const model: Model = {
    format: 'chokepoint/v1',
    name: 'loop',
    unit: 't',
    stages: ['mine', 'refine', 'use'],
    nodes: [
      { id: 'mine', stage: 'mine', capacity: 60 },
      { id: 'refinery', stage: 'refine' },
      { id: 'use', stage: 'use', demand: 100 },
    ],
    edges: [
      { source: 'mine', target: 'refinery' },
      { source: 'refinery', target: 'use' },
    ],
  };
  const recycling: Perturbation = { type: 'recycling', share: 0.5, yield: 0.8, into: 'refine' };

  it('fills the gap when 60/(1 − 0.4) = 100 covers demand', () => {
    const r = analyze(model, { scenario: scenario(recycling), worstCase: [] });
    expect(r.supply.delivered).toBeCloseTo(100, 9);
    const recycler = r.nodes.find((n) => n.id === 'recycler-refine-1');
    expect(recycler?.throughput).toBeCloseTo(40, 9);
  });

  it('under a shock halving the mine, serves 30/(1 − 0.4) = 50', () => {
    expect(served(model, recycling, { type: 'capacity', node: 'mine', factor: 0.5 })).toBeCloseTo(50, 9);
    expect(served(model, { type: 'capacity', node: 'mine', factor: 0.5 })).toBe(30);
  });

  it('a recycler capacity caps it: 20 t at most gives 80', () => {
    expect(served(model, { ...recycling, capacity: 20 } as Perturbation)).toBeCloseTo(80, 9);
  });
});

describe('substitution', () => {
  it('demand form: a share of one consumer’s demand moves to another', () => {
    const model = twoCountryChain(100);
    model.nodes.push({ id: 'lfp', stage: 'use', demand: 10 });
    model.edges.push({ source: 'cn', target: 'lfp' });
    const after = applyScenario(
      model,
      scenario({ type: 'substitution', sink: 'use', share: 0.3, to: 'lfp' }),
    );
    expect(after.nodes.find((n) => n.id === 'use')?.demand).toBeCloseTo(70, 12);
    expect(after.nodes.find((n) => n.id === 'lfp')?.demand).toBeCloseTo(40, 12);
  });

  it('recipe form: allowing half the magnets on the low-Dy grade lifts them from 75 to 100', () => {
    const model: Model = {
      format: 'chokepoint/v1',
      name: 'magnets',
      unit: 't',
      stages: ['oxide', 'magnet'],
      commodities: [
        { id: 'ndpr', unit: 't' },
        { id: 'dy', unit: 't' },
        { id: 'magnet', unit: 't' },
      ],
      nodes: [
        { id: 'ndpr', stage: 'oxide', capacity: 100, commodity: 'ndpr' },
        { id: 'dy', stage: 'oxide', capacity: 0.75, commodity: 'dy' },
        {
          id: 'plant',
          stage: 'magnet',
          commodity: 'magnet',
          recipe: [
            { commodity: 'ndpr', ratio: 0.3 },
            { commodity: 'dy', ratio: 0.01 },
          ],
          alternatives: [
            {
              id: 'gbd',
              maxShare: 0,
              recipe: [
                { commodity: 'ndpr', ratio: 0.3 },
                { commodity: 'dy', ratio: 0.005 },
              ],
            },
          ],
        },
        { id: 'ev', stage: 'magnet', demand: 100 },
      ],
      edges: [
        { source: 'ndpr', target: 'plant' },
        { source: 'dy', target: 'plant' },
        { source: 'plant', target: 'ev' },
      ],
    };
    expect(served(model)).toBeCloseTo(75, 6);
    expect(
      served(model, { type: 'substitution', node: 'plant', alternative: 'gbd', maxShare: 0.5 }),
    ).toBeCloseTo(100, 6);
  });
});

describe('new capacity', () => {
  it('adds a producer wired to the stage’s customers: a ban then leaves 50 + 30', () => {
    const model = twoCountryChain(100);
    const build: Perturbation = {
      type: 'new-capacity',
      country: 'AU',
      stage: 'mine',
      capacity: 30,
      cost: 50,
    };
    expect(served(model, build, banCN)).toBe(80);
    const r = analyze(model, { scenario: scenario({ ...build, capex: 900 } as Perturbation), worstCase: [] });
    expect(r.levers?.[0]).toMatchObject({ type: 'new-capacity', capex: 900 });
  });

  it('without an offtake, price pressure removes it before the ban; with one it stays', () => {
    const model = twoCountryChain(100);
    const build: Perturbation = {
      type: 'new-capacity',
      id: 'au',
      country: 'AU',
      stage: 'mine',
      capacity: 30,
      cost: 50,
    };
    expect(served(model, build, suppression, banCN)).toBe(0);
    const keep: Perturbation = { type: 'offtake', nodes: ['au'], share: 1 };
    // The offtake names a node the scenario adds: levers apply in order, so it comes after the build.
    expect(served(model, build, keep, suppression, banCN)).toBe(30);
  });
});

describe('new capacity at a stage with recipes', () => {
  it('makes magnets by the recipe of its stage: Dy/Tb still limits what the two plants make', () => {
    // Oxide: NdPr 100 t, Dy 0.75 t. The plant (50 t) needs 0.3 t NdPr and 0.01 t Dy per t of magnet.
    // A new 50 t plant fed by both: without a recipe it would make 50 t from NdPr alone (100 served);
    // with the stage's recipe the two plants share 0.75 t of Dy, 0.75 / 0.01 = 75 t served.
    const model: Model = {
      format: 'chokepoint/v1',
      name: 'magnets',
      unit: 't',
      stages: ['oxide', 'magnet'],
      commodities: [
        { id: 'ndpr', unit: 't' },
        { id: 'dy', unit: 't' },
        { id: 'magnet', unit: 't' },
      ],
      nodes: [
        { id: 'ndpr', stage: 'oxide', capacity: 100, commodity: 'ndpr' },
        { id: 'dy', stage: 'oxide', capacity: 0.75, commodity: 'dy' },
        {
          id: 'plant',
          stage: 'magnet',
          capacity: 50,
          commodity: 'magnet',
          recipe: [
            { commodity: 'ndpr', ratio: 0.3 },
            { commodity: 'dy', ratio: 0.01 },
          ],
        },
        { id: 'ev', stage: 'magnet', demand: 100 },
      ],
      edges: [
        { source: 'ndpr', target: 'plant' },
        { source: 'dy', target: 'plant' },
        { source: 'plant', target: 'ev' },
      ],
    };
    const build: Perturbation = {
      type: 'new-capacity',
      id: 'new-plant',
      country: 'IN',
      stage: 'magnet',
      capacity: 50,
      from: ['ndpr', 'dy'],
      to: ['ev'],
    };
    expect(served(model)).toBeCloseTo(50, 6);
    expect(served(model, build)).toBeCloseTo(75, 6);
    const added = applyScenario(model, scenario(build)).nodes.find((n) => n.id === 'new-plant');
    expect(added?.recipe).toEqual(model.nodes[2]!.recipe);
  });
});

describe('partners-only', () => {
  it('equals removing every node outside the group (nodes without a country stay)', () => {
    const model: Model = {
      ...twoCountryChain(100),
      groups: [{ id: 'quad', countries: ['US', 'JP', 'IN', 'AU'] }],
    };
    const r = assess(model, { scenario: scenario({ type: 'partners-only', group: 'quad' }) });
    const removed: Model = {
      ...model,
      nodes: model.nodes.filter((n) => n.id !== 'cn'),
      edges: model.edges.filter((e) => e.source !== 'cn'),
    };
    expect(r.supply.delivered).toBe(assess(removed).supply.delivered);
    expect(r.supply.delivered).toBe(50);
  });
});
