/**
 * Sweeps on the small magnet chain (hand-worked): China's export ban leaves only au-mine → my-sep →
 * jp-mag (15) → ev, so 15 of 180 is delivered; dropping wind's demand (60) leaves 120 demanded, all
 * delivered at baseline and 15 of 120 under the ban.
 */
import { describe, expect, it } from 'vitest';
import { magnetFixture } from '../../test/helpers/magnet-fixture.ts';
import { assess } from '../analysis/assess.ts';
import { formatIssue } from '../model/issues.ts';
import { runSweep, sweep } from './run-sweep.ts';
import { readSweepFile } from './sweep-file.ts';

const model = magnetFixture();
const read = (value: unknown, options = {}) => {
  const r = readSweepFile(value, model, options);
  if (!r.ok) throw new Error(r.issues.map((i) => formatIssue(i)).join('\n'));
  return r.plan;
};

describe('sweep', () => {
  const plan = read([
    { type: 'export-control', country: 'CN' },
    { id: 'no-wind', perturbations: [{ type: 'demand', node: 'wind', factor: 0 }] },
  ]);
  const result = sweep(model, plan);

  it('runs every combination', () => {
    expect(result.runs.map((r) => r.active)).toEqual([
      [],
      ['export-control:CN'],
      ['no-wind'],
      ['export-control:CN', 'no-wind'],
    ]);
    expect(result.runs.map((r) => r.supply.delivered)).toEqual([180, 15, 120, 15]);
    expect(result.runs.map((r) => r.supply.ratio)).toEqual([1, 15 / 180, 1, 15 / 120]);
    expect(result.runs[3]!.levels).toEqual(['export-control:CN', 'no-wind']);
  });

  it('scores each run as assess does', () => {
    const both = assess(model, {
      scenario: {
        id: 'x',
        perturbations: [
          { type: 'export-control', country: 'CN' },
          { type: 'demand', node: 'wind', factor: 0 },
        ],
      },
    });
    expect(result.runs[3]!.score).toBe(both.resilience.score);
    expect(result.runs[3]!.components).toEqual(
      Object.fromEntries(both.resilience.components.map((c) => [c.id, c.value])),
    );
  });

  it('summarises effects: mean with the factor on minus mean with it off, and alone', () => {
    const ban = result.effects.find((e) => e.name === 'export-control:CN')!;
    // on: 1/12 and 1/8; off: 1 and 1.
    expect(ban.ratio).toBeCloseTo((1 / 12 + 1 / 8) / 2 - 1, 12);
    expect(ban.alone!.ratio).toBeCloseTo(1 / 12 - 1, 12);
    const noWind = result.effects.find((e) => e.name === 'no-wind')!;
    // on: 1 and 1/8; off: 1 and 1/12.
    expect(noWind.ratio).toBeCloseTo((1 + 1 / 8) / 2 - (1 + 1 / 12) / 2, 12);
    const s = result.runs.map((r) => r.score);
    expect(ban.score).toBeCloseTo((s[1]! + s[3]!) / 2 - (s[0]! + s[2]!) / 2, 12);
    expect(result.effects[0]!.name).toBe('export-control:CN');
  });

  it('gives the same rows in slices as in one go (for worker threads)', () => {
    const slices = [runSweep(model, plan, { from: 0, to: 1 }), runSweep(model, plan, { from: 1 })].flat();
    expect(slices).toEqual(result.runs);
  });

  it('adds the model scenarios as one factor with levels', () => {
    const p = read({ factors: [{ type: 'outage', node: 'my-sep' }], scenarios: true });
    expect(p.factors.map((f) => f.id)).toEqual(['outage:my-sep', 'scenario']);
    const runs = runSweep(model, p);
    expect(runs).toHaveLength(2 * (1 + model.scenarios!.length));
    const ban = runs.find((r) => r.active.join() === 'scenario=cn-ban')!;
    expect(ban.supply.delivered).toBe(15);
  });

  it('honours maxActive from the file and from options', () => {
    const factors = [
      { type: 'outage', node: 'my-sep' },
      { type: 'outage', node: 'jp-mag' },
      { type: 'outage', node: 'au-mine' },
    ];
    expect(runSweep(model, read({ factors, maxActive: 1 }))).toHaveLength(4);
    expect(runSweep(model, read({ factors, maxActive: 1 }, { maxActive: 2 }))).toHaveLength(7);
  });
});

describe('readSweepFile', () => {
  const problems = (value: unknown, options = {}) => {
    const r = readSweepFile(value, model, options);
    return r.ok ? [] : r.issues.map((i) => formatIssue(i, 'sweep.json'));
  };

  it('names every problem with its JSON path in the file', () => {
    expect(
      problems({
        factors: [
          { type: 'outage', node: 'ghost' },
          { id: 'g', perturbations: [{ type: 'export-control', country: 'DE' }] },
          { id: 'lv', levels: [{ type: 'capacity', node: 'au-mine', factor: 2 }, { type: 'meteor' }] },
          { id: 'empty', perturbations: [] },
          { type: 'export-control', country: 'CN', stages: ['smelting'] },
        ],
      }),
    ).toEqual([
      'sweep.json: $.factors[0].node (node "ghost"): scenario "outage:ghost" names node "ghost", which is not in the model',
      "sweep.json: $.factors[1].perturbations[0].country: no node of the model is in DE (Germany), so its export control would block nothing; the model's countries are AU, CN, JP, MY",
      'sweep.json: $.factors[2].levels[1].type: unknown perturbation type "meteor" (expected export-control, outage, capacity, demand, stockpile, attrition, offtake, price-floor, recycling, substitution, partners-only, new-capacity, risk-sharing)',
      'sweep.json: $.factors[3].perturbations: a group needs at least one perturbation',
      'sweep.json: $.factors[4].stages[0]: unknown stage "smelting"',
    ]);
  });

  it('refuses duplicates, a missing scenario list and wrong shapes', () => {
    expect(
      problems([
        { type: 'outage', node: 'ev' },
        { type: 'outage', node: 'ev' },
      ]),
    ).toEqual(['sweep.json: $[1]: factor "outage:ev" appears twice (give one an "id")']);
    expect(problems([], { scenarios: true })).toEqual([]);
    const bare = { ...model, scenarios: [] };
    const r = readSweepFile([], bare, { scenarios: true });
    expect(r.ok ? [] : r.issues.map((i) => i.message)).toEqual(['the model has no scenarios']);
    expect(problems('outage')).toEqual(['sweep.json: $: expected a list of factors or {"factors": […]}']);
    expect(problems({ factor: [] })).toEqual([
      'sweep.json: $.factors: "factors" is required (array)',
      'sweep.json: $: unknown field "factor"',
    ]);
  });
});
