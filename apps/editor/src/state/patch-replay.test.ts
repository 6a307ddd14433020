import { addNode, generateLayeredChain, removeNode, updateNode } from '@chokepoint/core';
import { applyPatches, type Patch } from 'immer';
import { describe, expect, it } from 'vitest';
import { createEditor } from './editor.ts';
import { initialState } from './editor-state.ts';
import { replayPatches } from './patch-replay.ts';

describe('replayPatches', () => {
  it("gives what immer's applyPatches gives, for every step of a real editing session", () => {
    const editor = createEditor(initialState(generateLayeredChain({ nodes: 60, seed: 4 })));
    const state = () => editor.store.getState();
    const ids = state().doc.model.nodes.map((n) => n.id);
    editor.edit('Delete', removeNode, { id: ids[5]! });
    editor.edit('Add', addNode, { node: { id: 'extra', stage: 'metal', capacity: 5 }, index: 2 });
    editor.edit('Edit', updateNode, { id: ids[9]!, changes: { capacity: undefined, country: 'CL' } });
    editor.open(generateLayeredChain({ nodes: 20, seed: 5 }), 'Open');
    editor.edit('Delete', removeNode, { id: ids[0]! });
    const steps = state().history.undo;
    let doc = state().doc;
    for (let i = steps.length - 1; i >= 0; i--) {
      const mine = replayPatches(doc, steps[i]!.inverse);
      expect(mine).toEqual(applyPatches(doc, steps[i]!.inverse as Patch[]));
      expect(replayPatches(mine, steps[i]!.patches)).toEqual(doc);
      doc = mine;
    }
  });

  it('makes undo give back the very arrays the edit replaced, frozen, and redo the edited ones', () => {
    const editor = createEditor(initialState(generateLayeredChain({ nodes: 60, seed: 4 })));
    const before = editor.store.getState().doc;
    editor.edit('Delete', removeNode, { id: before.model.nodes[5]!.id });
    const after = editor.store.getState().doc;
    editor.undo();
    const undone = editor.store.getState().doc;
    expect(undone).toEqual(before);
    // No copies: the stored values go back in as they are.
    expect(undone.model.nodes).toBe(before.model.nodes);
    expect(undone.model.edges).toBe(before.model.edges);
    expect(Object.isFrozen(undone) && Object.isFrozen(undone.model)).toBe(true);
    editor.redo();
    expect(editor.store.getState().doc.model.nodes).toBe(after.model.nodes);
  });

  it('leaves its input alone and shares what the patches do not reach', () => {
    const base = { model: { nodes: [{ id: 'a' }, { id: 'b' }], stages: ['x'] } };
    const copy = structuredClone(base);
    const out = replayPatches(base, [
      { op: 'replace', path: ['model', 'nodes', 0, 'id'], value: 'z' },
      { op: 'add', path: ['model', 'nodes', 2], value: { id: 'c' } },
      { op: 'remove', path: ['model', 'nodes', 1] },
    ]);
    expect(base).toEqual(copy);
    expect(out).toEqual({ model: { nodes: [{ id: 'z' }, { id: 'c' }], stages: ['x'] } });
    expect(out.model.stages).toBe(base.model.stages);
  });

  it('throws where immer would quietly do something else', () => {
    const base = { model: { nodes: [{ id: 'a' }], name: 'm' } };
    const bad: Patch[][] = [
      [{ op: 'remove', path: ['model', 'nodes', 1] }],
      [{ op: 'add', path: ['model', 'nodes', 3], value: {} }],
      [{ op: 'replace', path: ['model', 'nodes', -1], value: {} }],
      [{ op: 'replace', path: ['model', 'name', 'x'], value: 1 }],
      [{ op: 'replace', path: ['model', 'missing', 'x'], value: 1 }],
      [{ op: 'remove', path: ['model', 'missing'] }],
      [{ op: 'replace', path: ['model', '__proto__', 'x'], value: 1 }],
      [{ op: 'replace', path: [], value: 1 }],
    ];
    for (const patches of bad) expect(() => replayPatches(base, patches), JSON.stringify(patches)).toThrow();
  });
});
