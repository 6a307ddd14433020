import { describe, expect, it } from 'vitest';
import { edit, refused } from '../../test/edit-helpers.ts';
import { fullModel } from '../../test/full-model.ts';
import type { Model } from '../model/schema.ts';
import { applyEdit } from './edit-op.ts';
import { addScenario, removeScenario, updateScenario } from './scenario-ops.ts';

const outage = {
  id: 'lynas-fire',
  label: 'Fire at the separation plant',
  perturbations: [{ type: 'outage', node: 'cn-sep' }],
} as const;

describe('addScenario', () => {
  it('appends a scenario, or inserts it at an index, as a copy', () => {
    const scenario = structuredClone(outage) as unknown as Parameters<typeof addScenario>[1]['scenario'];
    const m = edit(addScenario, { scenario });
    expect(m.scenarios?.map((s) => s.id)).toEqual(['cn-ban', 'mixed', 'lynas-fire']);
    expect(m.scenarios?.[2]).toEqual(outage);
    scenario.perturbations.length = 0; // the caller's object is not the document's
    expect(m.scenarios?.[2]?.perturbations).toHaveLength(1);
    expect(edit(addScenario, { scenario: outage as never, index: 0 }).scenarios?.[0]?.id).toBe('lynas-fire');
  });

  it('creates the list on a model that has none', () => {
    const bare: Model = { ...fullModel() };
    delete bare.scenarios;
    expect(edit(addScenario, { scenario: outage as never }, bare).scenarios).toEqual([outage]);
  });

  it.each([
    [{ ...outage, id: 'cn-ban' }, 'there is already a scenario "cn-ban"'],
    [
      { ...outage, perturbations: [{ type: 'outage', node: 'atlantis' }] },
      'scenario "lynas-fire", perturbation 1: there is no node "atlantis"',
    ],
    [
      { id: 'x', perturbations: [{ type: 'export-control', country: 'CN', stages: ['smelting'] }] },
      'scenario "x", perturbation 1: unknown stage "smelting" (stages are: mining, separation, magnet, end-use)',
    ],
    [
      { id: 'x', perturbations: [{ type: 'export-control', country: 'CN', allowGroups: ['nato'] }] },
      'scenario "x", perturbation 1: unknown group "nato"',
    ],
    [
      { id: 'x', perturbations: [{ type: 'capacity', node: 'cn-sep', factor: -1 }] },
      'scenario "x": perturbation 1, factor: factor must be ≥ 0',
    ],
    [{ id: '', perturbations: [] }, 'id'],
    [{ id: 'x', perturbations: [], colour: 'red' }, 'scenario "x"'],
  ])('refuses %j', (scenario, message) => {
    expect(refused(addScenario, { scenario: scenario as never }).message).toContain(message);
  });

  it('names the node a perturbation points at, for the editor to show', () => {
    const err = refused(addScenario, {
      scenario: { id: 'x', perturbations: [{ type: 'outage', node: 'nope' }] },
    });
    expect(err.nodeId).toBe('nope');
  });
});

describe('updateScenario', () => {
  it('changes fields and perturbations, and removes a field given null', () => {
    const m = edit(updateScenario, {
      id: 'cn-ban',
      changes: { label: 'Ban', perturbations: [{ type: 'outage', node: 'au-mine' }], description: null },
    });
    const s = m.scenarios?.find((x) => x.id === 'cn-ban');
    expect(s?.label).toBe('Ban');
    expect(s?.perturbations).toEqual([{ type: 'outage', node: 'au-mine' }]);
    expect(s && 'description' in s).toBe(false);
  });

  it('renames, but not onto another scenario', () => {
    expect(edit(updateScenario, { id: 'cn-ban', changes: { id: 'ban-2023' } }).scenarios?.[0]?.id).toBe(
      'ban-2023',
    );
    expect(refused(updateScenario, { id: 'cn-ban', changes: { id: 'mixed' } }).message).toBe(
      'cannot rename "cn-ban" to "mixed": there is already one',
    );
  });

  it('refuses an unknown scenario, listing the known ones', () => {
    expect(refused(updateScenario, { id: 'nope', changes: {} }).message).toBe(
      'there is no scenario "nope" (the model\'s scenarios are: cn-ban, mixed)',
    );
  });
});

describe('removeScenario', () => {
  it('removes it, and the list once empty', () => {
    const m = edit(removeScenario, { id: 'cn-ban' });
    expect(m.scenarios?.map((s) => s.id)).toEqual(['mixed']);
    expect(edit(removeScenario, { id: 'mixed' }, m).scenarios).toBeUndefined();
  });

  it('runs as data through applyEdit, as the CLI and workshop sync send it', () => {
    const before = fullModel();
    const after = applyEdit(before, { op: 'removeScenario', id: 'mixed' });
    expect(after.scenarios?.map((s) => s.id)).toEqual(['cn-ban']);
    expect(before.scenarios).toHaveLength(2);
  });
});
