import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { chain } from '../../../test/small-chains.ts';
import { ModelError } from '../../model/issues.ts';
import type { Model, Scenario } from '../../model/schema.ts';
import { parseModelText } from '../../model/validate.ts';
import { computeSupply } from '../flow/supply.ts';
import { indexModel } from '../indexed-graph.ts';
import {
  applyScenario,
  applyScenarioWithEffects,
  exportControlMask,
  resolveScenario,
} from './apply-scenario.ts';

function magnetChain(): Model {
  const text = readFileSync(
    new URL('../../../../../tests/fixtures/small-magnet-chain.json', import.meta.url),
    'utf8',
  );
  const r = parseModelText(text);
  if (!r.ok) throw new Error('fixture invalid');
  return r.model;
}

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object') {
    for (const v of Object.values(value)) deepFreeze(v);
    Object.freeze(value);
  }
  return value;
}

const blockedIds = (model: Model, blocked: Uint8Array) =>
  model.edges.filter((_, e) => blocked[e]).map((e) => `${e.source}->${e.target}`);

const scenario = (...perturbations: Scenario['perturbations']): Scenario => ({ id: 'test', perturbations });

describe('applyScenario: export controls', () => {
  it('China bans exports: cross-border and country-less customers are cut, domestic flow continues', () => {
    const model = magnetChain();
    const { model: after, blocked } = applyScenarioWithEffects(model, 'cn-ban');
    // CN → JP (cn-sep → jp-mag) and CN → no country (cn-mag → ev, cn-mag → wind) are blocked;
    // cn-mine → cn-sep → cn-mag is domestic; au-mine → cn-sep leaves AU, not CN.
    expect(blockedIds(model, blocked)).toEqual(['cn-sep->jp-mag', 'cn-mag->ev', 'cn-mag->wind']);
    // What is left: au-mine → my-sep (20) → jp-mag (15) → ev. Delivered 15 of 180.
    expect(computeSupply(indexModel(after)).delivered).toBe(15);
    expect(after.edges.filter((e) => e.capacity === 0)).toHaveLength(3);
  });

  it('allow, allowGroups, stages and commodities narrow the control', () => {
    const model = magnetChain();
    const mask = (p: Partial<Parameters<typeof exportControlMask>[1]>) =>
      blockedIds(model, exportControlMask(model, { type: 'export-control', country: 'CN', ...p }));
    expect(mask({ allow: ['JP'] })).toEqual(['cn-mag->ev', 'cn-mag->wind']);
    expect(mask({ allowGroups: ['quad'] })).toEqual(['cn-mag->ev', 'cn-mag->wind']);
    expect(mask({ stages: ['separation'] })).toEqual(['cn-sep->jp-mag']);
    expect(mask({ stages: ['mining'] })).toEqual([]);
    // No edge names a commodity and no CN node produces one: a commodity-limited control blocks nothing.
    expect(mask({ commodities: ['NdPr oxide'] })).toEqual([]);
  });

  it('matches commodities on the edge, else on the source node', () => {
    const model = chain(
      [
        ['a', { country: 'CN', commodity: 'oxide' }],
        ['b', { country: 'CN' }],
        ['x', { country: 'JP', demand: 1 }],
        ['y', { country: 'JP', demand: 1 }],
        ['z', { country: 'JP', demand: 1 }],
      ],
      [
        ['a', 'x'],
        ['a', 'y', undefined, { commodity: 'metal' }],
        ['b', 'z', undefined, { commodity: 'oxide' }],
      ],
    );
    const hit = exportControlMask(model, { type: 'export-control', country: 'CN', commodities: ['oxide'] });
    expect([...hit]).toEqual([1, 0, 1]);
  });

  it('a node without a country is outside every country', () => {
    // Exports from CN to a country-less node are blocked; flows out of a country-less node never are.
    const model = chain(
      [['cn', { country: 'CN' }], ['trader'], ['jp', { country: 'JP', demand: 5 }]],
      [
        ['cn', 'trader'],
        ['trader', 'jp'],
      ],
    );
    expect([...exportControlMask(model, { type: 'export-control', country: 'CN' })]).toEqual([1, 0]);
    expect([...exportControlMask(model, { type: 'export-control', country: 'JP' })]).toEqual([0, 0]);
  });

  it('names unknown stages and groups', () => {
    const model = magnetChain();
    expect(() =>
      applyScenario(
        model,
        scenario({ type: 'export-control', country: 'CN', stages: ['smelting'], allowGroups: ['nato'] }),
      ),
    ).toThrow(
      /perturbations\[0\]\.stages\[0\]: unknown stage "smelting"[\s\S]*allowGroups\[0\]: unknown group "nato"/,
    );
  });
});

describe('applyScenario: outages and factors', () => {
  it('an outage zeroes the node, blocks its edges and keeps its demand', () => {
    const model = magnetChain();
    const { model: after, blocked } = applyScenarioWithEffects(
      model,
      scenario({ type: 'outage', node: 'ev' }),
    );
    expect(after.nodes.find((n) => n.id === 'ev')).toMatchObject({ capacity: 0, demand: 120 });
    expect(blockedIds(model, blocked)).toEqual(['cn-mag->ev', 'jp-mag->ev']);
    const s = computeSupply(indexModel(after));
    // Only wind (60) can be served; total demand is still 180.
    expect([s.demand, s.delivered]).toEqual([180, 60]);
  });

  it('capacity factors scale; unlimited stays unlimited unless the factor is 0', () => {
    const model = chain(
      [['s', { capacity: 100 }], ['u'], ['d', { demand: 500 }]],
      [
        ['s', 'u'],
        ['u', 'd'],
      ],
    );
    const after = applyScenario(
      model,
      scenario({ type: 'capacity', node: 's', factor: 0.5 }, { type: 'capacity', node: 'u', factor: 3 }),
    );
    expect(after.nodes.map((n) => n.capacity)).toEqual([50, undefined, undefined]);
    const zero = applyScenario(model, scenario({ type: 'capacity', node: 'u', factor: 0 }));
    expect(zero.nodes[1]!.capacity).toBe(0);
    // Factors compose in order.
    const twice = applyScenario(
      model,
      scenario({ type: 'capacity', node: 's', factor: 0.5 }, { type: 'capacity', node: 's', factor: 0.5 }),
    );
    expect(twice.nodes[0]!.capacity).toBe(25);
  });

  it('demand factors scale; 0 removes the demand from the total', () => {
    const model = chain(
      [['s'], ['d1', { demand: 40 }], ['d2', { demand: 60 }]],
      [
        ['s', 'd1'],
        ['s', 'd2'],
      ],
    );
    const doubled = applyScenario(model, scenario({ type: 'demand', node: 'd1', factor: 2 }));
    expect(indexModel(doubled).totalDemand).toBe(140);
    const gone = applyScenario(model, scenario({ type: 'demand', node: 'd1', factor: 0 }));
    expect(gone.nodes[1]).not.toHaveProperty('demand');
    expect(indexModel(gone).totalDemand).toBe(60);
    expect(() => applyScenario(model, scenario({ type: 'demand', node: 's', factor: 2 }))).toThrow(
      /scales the demand of "s", which has no demand/,
    );
  });

  it('names a missing node with its path', () => {
    const model = { ...magnetChain(), scenarios: [scenario({ type: 'outage', node: 'nowhere' })] };
    try {
      applyScenario(model, 'test');
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(ModelError);
      expect((e as ModelError).message).toBe(
        '$.scenarios[0].perturbations[0].node (node "nowhere"): scenario "test" names node "nowhere", which is not in the model',
      );
    }
  });

  it('never mutates its input', () => {
    const model = deepFreeze(magnetChain());
    const copy = structuredClone(model);
    applyScenario(model, 'cn-ban');
    applyScenario(
      model,
      scenario(
        { type: 'outage', node: 'my-sep' },
        { type: 'capacity', node: 'cn-mine', factor: 0.1 },
        { type: 'demand', node: 'ev', factor: 0 },
      ),
    );
    expect(model).toEqual(copy);
  });
});

describe('resolveScenario', () => {
  it('finds by id, or names the id and the available ones', () => {
    const model = magnetChain();
    expect(resolveScenario(model, 'lynas-out').label).toBe('Malaysian separation outage');
    expect(() => resolveScenario(model, 'us-ban')).toThrow(
      '$.scenarios: unknown scenario "us-ban"; the model\'s scenarios are "cn-ban", "lynas-out"',
    );
    expect(() => applyScenario({ ...model, scenarios: undefined }, 'x')).toThrow(
      'unknown scenario "x": the model has no scenarios',
    );
  });
});
