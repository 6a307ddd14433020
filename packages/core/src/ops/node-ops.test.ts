import { describe, expect, it } from 'vitest';
import { edit, refused } from '../../test/edit-helpers.ts';
import { fullModel } from '../../test/full-model.ts';
import { addNode, moveNode, removeNode, updateNode } from './node-ops.ts';
import { nodeReferences } from './rename-node.ts';

describe('addNode', () => {
  it('appends a copy, or inserts at an index', () => {
    const node = { id: 'us-mine', stage: 'mining', country: 'US' as const, capacity: 40 };
    const m = edit(addNode, { node });
    expect(m.nodes.at(-1)).toEqual(node);
    node.capacity = 1; // the caller's object is not part of the model
    expect(m.nodes.at(-1)?.capacity).toBe(40);
    const m2 = edit(addNode, { node: { id: 'x', stage: 'magnet' }, index: 0 });
    expect(m2.nodes.map((n) => n.id).slice(0, 2)).toEqual(['x', 'cn-mine']);
  });

  it.each([
    [{ node: { id: 'cn-mine', stage: 'mining' } }, 'there is already a node "cn-mine"'],
    [
      { node: { id: 'n', stage: 'smelting' } },
      'unknown stage "smelting" for node "n" (stages are: mining, separation, magnet, end-use)',
    ],
    [{ node: { id: 'n', stage: 'mining', capacity: -3 } }, 'node "n": capacity must be ≥ 0'],
    [{ node: { id: 'n', stage: 'mining', colour: 'red' } }, 'node "n": unknown field "colour"'],
    [{ node: { id: 'n', stage: 'mining', country: 'EU' } }, 'node "n": country: "EU" is not an ISO 3166-1'],
    [{ node: { id: 'n', stage: 'mining' }, index: 99 }, 'index must be an integer from 0 to 6, got 99'],
    [{ node: 'n' }, 'the new node must be an object'],
  ])('refuses %j', (args, message) => {
    const err = refused(addNode, args as never);
    expect(err.message).toContain(message);
    expect(err.op).toBe('addNode');
  });
});

describe('updateNode', () => {
  it('sets fields and removes optional ones given undefined or null', () => {
    const m = edit(updateNode, {
      id: 'cn-mine',
      changes: { label: 'PRC mining', capacity: 300, notes: undefined, tags: null },
    });
    const n = m.nodes[0]!;
    expect(n.label).toBe('PRC mining');
    expect(n.capacity).toBe(300);
    expect('notes' in n).toBe(false);
    expect('tags' in n).toBe(false);
  });

  it('changes the stage to a known one', () => {
    expect(edit(updateNode, { id: 'jp-mag', changes: { stage: 'separation' } }).nodes[4]?.stage).toBe(
      'separation',
    );
  });

  it('treats a new id as a rename, references included', () => {
    const m = edit(updateNode, { id: 'au-mine', changes: { id: 'au-lynas', label: 'Lynas' } });
    expect(m.nodes[1]).toMatchObject({ id: 'au-lynas', label: 'Lynas' });
    expect(m.edges[1]).toEqual({ source: 'au-lynas', target: 'cn-sep' });
    expect(m.scenarios?.[1]?.perturbations[0]).toEqual({ type: 'outage', node: 'au-lynas' });
  });

  it('copies arrays it is given', () => {
    const tags = ['a'];
    const m = edit(updateNode, { id: 'ev', changes: { tags } });
    tags.push('b');
    expect(m.nodes[5]?.tags).toEqual(['a']);
  });

  it.each([
    [{ id: 'ghost', changes: { label: 'x' } }, 'there is no node "ghost"'],
    [{ id: 'cn-mine', changes: { stage: 'smelting' } }, 'unknown stage "smelting" for node "cn-mine"'],
    [{ id: 'cn-mine', changes: { stage: undefined } }, 'node "cn-mine": "stage" cannot be removed'],
    [{ id: 'cn-mine', changes: { id: null } }, 'node "cn-mine": "id" cannot be removed'],
    [{ id: 'cn-mine', changes: { capacity: 'lots' } }, 'node "cn-mine": capacity must be a number'],
    [{ id: 'cn-mine', changes: { id: 'cn-sep' } }, 'there is already a node "cn-sep"'],
    [
      { id: 'jp-mag', changes: { demand: 10 } },
      'node "jp-mag" cannot get a demand: it has 1 outgoing edge, and a node with demand is a consumer',
    ],
    [{ id: 'cn-mine', changes: 'capacity=3' }, '"changes" must be an object'],
  ])('refuses %j', (args, message) => {
    expect(refused(updateNode, args as never).message).toContain(message);
  });
});

describe('moveNode', () => {
  it('moves a node to another stage', () => {
    expect(edit(moveNode, { id: 'row-rec', stage: 'mining' }).nodes[3]?.stage).toBe('mining');
  });
  it('refuses an unknown stage or node', () => {
    expect(refused(moveNode, { id: 'row-rec', stage: 'recycling' }).message).toBe(
      'unknown stage "recycling" for node "row-rec" (stages are: mining, separation, magnet, end-use)',
    );
    const err = refused(moveNode, { id: 'nope', stage: 'mining' });
    expect(err.message).toBe('there is no node "nope"');
    expect(err.nodeId).toBe('nope');
  });
});

describe('removeNode', () => {
  it('removes the node, its edges and the perturbations naming it, keeping the scenario', () => {
    const before = fullModel();
    expect(nodeReferences(before, 'cn-sep')).toEqual({
      edges: ['e1', 'au-mine->cn-sep', 'cn-sep->jp-mag'],
      perturbations: [{ scenario: 'mixed', index: 1 }],
    });
    const m = edit(removeNode, { id: 'cn-sep' });
    expect(m.nodes.map((n) => n.id)).toEqual(['cn-mine', 'au-mine', 'row-rec', 'jp-mag', 'ev']);
    expect(m.edges).toEqual([before.edges[3], before.edges[4]]);
    expect(m.scenarios?.[1]?.perturbations).toEqual([
      { type: 'outage', node: 'au-mine' },
      { type: 'demand', node: 'ev', factor: 1.2 },
    ]);
    const m2 = edit(removeNode, { id: 'au-mine' });
    expect(m2.scenarios?.map((s) => s.id)).toEqual(['cn-ban', 'mixed']);
  });

  it('refuses a node that does not exist', () => {
    expect(refused(removeNode, { id: 'ghost' }).message).toBe('there is no node "ghost"');
  });
});
