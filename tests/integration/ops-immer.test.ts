/**
 * The editing operations under immer, as the editor runs them
 * ============================================================
 *
 * core does not depend on immer; this checks the contract the editor relies on: each op works on an
 * immer draft (including records read from the draft and handed back), a refused op produces no
 * patches, and the inverse patches undo an op exactly.
 */
import {
  EditError,
  type EditOp,
  generateLayeredChain,
  type Model,
  runEdit,
  validateModel,
} from '@chokepoint/core';
import { applyPatches, enablePatches, produceWithPatches } from 'immer';
import { describe, expect, it } from 'vitest';
import { fullModel } from '../../packages/core/test/full-model.ts';

enablePatches();

const ops: EditOp[] = [
  { op: 'addNode', node: { id: 'us-mine', stage: 'mining', country: 'US', capacity: 4 } },
  {
    op: 'updateNode',
    id: 'cn-sep',
    changes: { capacity: undefined, recipe: [{ commodity: 'acid', ratio: 2 }] },
  },
  { op: 'moveNode', id: 'row-rec', stage: 'magnet' },
  { op: 'removeNode', id: 'au-mine' },
  { op: 'renameNode', from: 'cn-sep', to: 'sep' },
  { op: 'addEdge', edge: { source: 'au-mine', target: 'jp-mag', capacity: 1 } },
  { op: 'updateEdge', id: 'jp-mag->ev', changes: { capacity: 50, citation: 'c' } },
  { op: 'removeEdge', id: 'e1' },
  { op: 'addStage', stage: 'recycling', index: 1 },
  { op: 'renameStage', from: 'magnet', to: 'magnets' },
  { op: 'reorderStages', stages: ['mining', 'separation', 'end-use', 'magnet'] },
  { op: 'updateModelInfo', changes: { name: 'N', notes: null } },
];

describe('ops inside immer produceWithPatches', () => {
  it.each(ops.map((o) => [o.op, o] as const))('%s: valid result, inverse patches undo it', (_, op) => {
    const base: Model = fullModel();
    const [next, patches, inverse] = produceWithPatches(base, (d) => runEdit(d as Model, op));
    expect(patches.length).toBeGreaterThan(0);
    expect(validateModel(next).issues).toEqual([]);
    expect(applyPatches(next, inverse)).toEqual(fullModel());
    expect(base).toEqual(fullModel()); // structural sharing never touched the base
  });

  it('removals record a few patches, not one per shifted element (undo memory on large models)', () => {
    const base = generateLayeredChain({ nodes: 2000, seed: 4 });
    const hub = base.nodes[1000]!.id;
    const [next, patches, inverse] = produceWithPatches(base, (d) =>
      runEdit(d as Model, { op: 'removeNode', id: hub }),
    );
    expect(next.nodes).toHaveLength(1999);
    expect(patches.length).toBeLessThanOrEqual(2);
    expect(applyPatches(next, inverse)).toEqual(base);
    const edge = base.edges[10]!;
    const [, edgePatches] = produceWithPatches(base, (d) =>
      runEdit(d as Model, { op: 'removeEdge', id: `${edge.source}->${edge.target}` }),
    );
    expect(edgePatches).toHaveLength(1);
  });

  it('a refused op throws EditError and yields no new state', () => {
    const base = fullModel();
    expect(() =>
      produceWithPatches(base, (d) => runEdit(d as Model, { op: 'removeStage', stage: 'separation' })),
    ).toThrow(EditError);
    expect(base).toEqual(fullModel());
  });

  it('accepts records read from the draft (proxies) and keeps working on frozen states', () => {
    const [one] = produceWithPatches(fullModel(), (d) => {
      const copy = { ...d.nodes[2]!, id: 'cn-sep-2' }; // recipe here is still a draft proxy
      runEdit(d as Model, { op: 'addNode', node: copy });
    });
    expect(Object.isFrozen(one)).toBe(true);
    expect(one.nodes.at(-1)).toEqual({ ...fullModel().nodes[2], id: 'cn-sep-2' });
    const [two] = produceWithPatches(one, (d) =>
      runEdit(d as Model, { op: 'updateNode', id: 'cn-sep-2', changes: { tags: [...d.nodes[0]!.tags!] } }),
    );
    expect(two.nodes.at(-1)?.tags).toEqual(['primary', 'state-owned']);
    expect(validateModel(two).ok).toBe(true);
  });
});
