import { describe, expect, it } from 'vitest';
import { edit, refused } from '../../test/edit-helpers.ts';
import { fullModel } from '../../test/full-model.ts';
import { addStage, removeStage, renameStage, reorderStages } from './stage-ops.ts';

describe('addStage', () => {
  it('appends or inserts', () => {
    expect(edit(addStage, { stage: 'recycling' }).stages.at(-1)).toBe('recycling');
    expect(edit(addStage, { stage: 'metal', index: 2 }).stages).toEqual([
      'mining',
      'separation',
      'metal',
      'magnet',
      'end-use',
    ]);
  });
  it.each([
    [{ stage: 'magnet' }, 'there is already a stage "magnet"'],
    [{ stage: '' }, 'stage must be a non-empty string'],
    [{ stage: 'metal', index: -1 }, 'index must be an integer from 0 to 4, got -1'],
  ])('refuses %j', (args, message) => {
    expect(refused(addStage, args).message).toContain(message);
  });
});

describe('removeStage', () => {
  it('removes a stage no node or scenario uses', () => {
    const model = fullModel();
    model.stages.push('recycling');
    expect(edit(removeStage, { stage: 'recycling' }, model).stages).toEqual(fullModel().stages);
  });

  it('refuses a stage still in use, naming the nodes', () => {
    const err = refused(removeStage, { stage: 'separation' });
    expect(err.message).toBe(
      'stage "separation" is still used by 2 nodes ("cn-sep", "row-rec"): move or remove them first',
    );
    expect(err.stage).toBe('separation');
  });

  it('names only the first five of many nodes', () => {
    const model = fullModel();
    for (let i = 0; i < 6; i++) model.nodes.push({ id: `m${i}`, stage: 'mining' });
    expect(refused(removeStage, { stage: 'mining' }, model).message).toBe(
      'stage "mining" is still used by 8 nodes ("cn-mine", "au-mine", "m0", "m1", "m2" and 3 more): move or remove them first',
    );
  });

  it('refuses a stage an export control names, an unknown stage and the last stage', () => {
    const model = fullModel();
    model.nodes = model.nodes.filter((n) => n.stage !== 'separation');
    model.edges = [];
    model.scenarios![1]!.perturbations = [];
    expect(refused(removeStage, { stage: 'separation' }, model).message).toBe(
      'stage "separation" is named by an export control in scenario "cn-ban": edit that scenario first',
    );
    expect(refused(removeStage, { stage: 'refining' }).message).toContain('unknown stage "refining"');
    const one = { ...fullModel(), stages: ['only'], nodes: [], edges: [], scenarios: [] };
    expect(refused(removeStage, { stage: 'only' }, one).message).toBe(
      'stage "only" is the last one; a model needs at least one',
    );
  });
});

describe('renameStage', () => {
  it('rewrites the list, nodes and export controls', () => {
    const m = edit(renameStage, { from: 'separation', to: 'refining' });
    expect(m.stages).toEqual(['mining', 'refining', 'magnet', 'end-use']);
    expect(m.nodes.filter((n) => n.stage === 'refining').map((n) => n.id)).toEqual(['cn-sep', 'row-rec']);
    expect(m.scenarios?.[0]?.perturbations[0]).toMatchObject({ stages: ['refining'] });
  });
  it('refuses a name in use', () => {
    expect(refused(renameStage, { from: 'mining', to: 'magnet' }).message).toBe(
      'cannot rename "mining" to "magnet": there is already a stage "magnet"',
    );
  });
});

describe('reorderStages', () => {
  it('applies a permutation', () => {
    const order = ['end-use', 'magnet', 'separation', 'mining'];
    expect(edit(reorderStages, { stages: order }).stages).toEqual(order);
  });
  it.each([
    [['mining', 'separation', 'magnet'], 'the new order leaves out "end-use"'],
    [['mining', 'separation', 'magnet', 'end-use', 'metal'], 'unknown stage "metal"'],
    [['mining', 'mining', 'magnet', 'end-use'], 'stage "mining" is listed twice'],
  ])('refuses %j', (stages, message) => {
    expect(refused(reorderStages, { stages }).message).toContain(message);
  });
});
