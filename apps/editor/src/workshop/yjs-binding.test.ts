import { applyEditOp, modelToDoc, readModel } from '@chokepoint/collab';
import type { Model } from '@chokepoint/core';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { editNode } from '../commands/edits.ts';
import { createEditor } from '../state/editor.ts';
import { initialState } from '../state/editor-state.ts';
import { bindEditorToDoc } from './yjs-binding.ts';

const small: Model = {
  format: 'chokepoint/v1',
  name: 'Two mines',
  unit: 't',
  stages: ['mine', 'use'],
  nodes: [
    { id: 'a', stage: 'mine', capacity: 60 },
    { id: 'b', stage: 'mine', capacity: 50 },
    { id: 'plant', stage: 'use', demand: 100 },
  ],
  edges: [
    { source: 'a', target: 'plant' },
    { source: 'b', target: 'plant' },
  ],
};

/** One person's editor bound to a replica, and a teammate's replica wired to it as a server would. */
function setup() {
  const doc = modelToDoc(small);
  const mate = new Y.Doc();
  Y.applyUpdate(mate, Y.encodeStateAsUpdate(doc));
  // The teammate's updates can be held back, as if still travelling, and released later.
  let holding = false;
  const held: Uint8Array[] = [];
  doc.on('update', (u: Uint8Array, origin: unknown) => {
    if (origin !== 'wire') Y.applyUpdate(mate, u, 'wire');
  });
  mate.on('update', (u: Uint8Array, origin: unknown) => {
    if (origin === 'wire') return;
    if (holding) held.push(u);
    else Y.applyUpdate(doc, u, 'wire');
  });
  const hold = () => {
    holding = true;
  };
  const release = () => {
    holding = false;
    for (const u of held.splice(0)) Y.applyUpdate(doc, u, 'wire');
  };
  const binding = bindEditorToDoc(createEditor(initialState(readModel(doc))), doc);
  const model = () => binding.editor.store.getState().doc.model;
  return { doc, mate, binding, editor: binding.editor, model, hold, release };
}

describe('the editor bound to a Y.Doc', () => {
  it('writes a local edit to the document, one field', () => {
    const { mate, editor } = setup();
    expect(editNode(editor, 'a', { capacity: 70 }, 'Set capacity')).toBe(true);
    expect(readModel(mate).nodes[0]!.capacity).toBe(70);
  });

  it('reads a teammate’s edit into the store, unchanged records keeping their identity', () => {
    const { mate, model } = setup();
    const before = model();
    applyEditOp(mate, { op: 'updateNode', id: 'b', changes: { label: 'Mine B' } });
    const after = model();
    expect(after.nodes[1]!.label).toBe('Mine B');
    expect(after.nodes[0]).toBe(before.nodes[0]);
    expect(after.edges).toBe(before.edges);
  });

  it('undoes this person’s edits only, and the history mirrors the undo manager', () => {
    const { mate, editor, model } = setup();
    editNode(editor, 'a', { capacity: 1 }, 'Set capacity');
    applyEditOp(mate, { op: 'updateNode', id: 'b', changes: { capacity: 2 } });
    expect(editor.store.getState().history.undo.map((e) => e.label)).toEqual(['Set capacity of “a”']);
    expect(editor.undo()).toBe(true);
    expect(model().nodes[0]!.capacity).toBe(60);
    expect(model().nodes[1]!.capacity).toBe(2);
    expect(readModel(mate).nodes[0]!.capacity).toBe(60);
    expect(editor.store.getState().history.redo.map((e) => e.label)).toEqual(['Set capacity of “a”']);
    expect(editor.redo()).toBe(true);
    expect(readModel(mate).nodes[0]!.capacity).toBe(1);
  });

  it('keeps a teammate’s concurrent change to a node this person renames', () => {
    const { mate, editor, model, hold, release } = setup();
    // The teammate's edit crosses only after the rename (as when both happen within one round trip).
    hold();
    applyEditOp(mate, { op: 'updateNode', id: 'a', changes: { capacity: 99 } });
    editNode(editor, 'a', { id: 'bayan-obo' }, 'Set id');
    release();
    expect(model().nodes[0]).toEqual({ id: 'bayan-obo', stage: 'mine', capacity: 99 });
    expect(model().edges[0]).toEqual({ source: 'bayan-obo', target: 'plant' });
    expect(readModel(mate).nodes[0]).toEqual({ id: 'bayan-obo', stage: 'mine', capacity: 99 });
  });

  it('refuses edits while locked, with the reason, and writes nothing', () => {
    const { mate, editor, binding } = setup();
    binding.setLocked('The facilitator has frozen editing.');
    expect(editNode(editor, 'a', { capacity: 5 }, 'Set capacity')).toBe(false);
    expect(editor.store.getState().session.notice?.lines).toEqual(['The facilitator has frozen editing.']);
    expect(readModel(mate).nodes[0]!.capacity).toBe(60);
    binding.setLocked(null);
    expect(editNode(editor, 'a', { capacity: 5 }, 'Set capacity')).toBe(true);
  });

  it('refuses an edit the check refuses (the budget), puts the model back and writes nothing', () => {
    const { mate, editor, binding, model } = setup();
    const before = model();
    binding.setCheck((_prev, next) => ((next.nodes[0]!.capacity ?? 0) > 100 ? 'over budget' : null));
    expect(editNode(editor, 'a', { capacity: 500 }, 'Set capacity')).toBe(true);
    expect(model()).toBe(before);
    expect(editor.store.getState().history.undo).toEqual([]);
    expect(editor.store.getState().session.notice?.lines).toEqual(['over budget']);
    expect(readModel(mate).nodes[0]!.capacity).toBe(60);
    editNode(editor, 'a', { capacity: 90 }, 'Set capacity');
    expect(readModel(mate).nodes[0]!.capacity).toBe(90);
  });
});
