import type { Model } from '@chokepoint/core';
import { describe, expect, it } from 'vitest';
import { smallMagnetChain } from '../../test/fixtures.ts';
import { createEditor, type ModelOp } from './editor.ts';
import { initialState } from './editor-state.ts';

// Plain draft mutators standing in for core ops, so these tests pin the history machinery alone.
const setCapacity: ModelOp<{ id: string; capacity: number }> = (draft, { id, capacity }) => {
  const node = draft.nodes.find((n) => n.id === id);
  if (!node) throw new Error(`no node "${id}"`);
  node.capacity = capacity;
};
const removeNode: ModelOp<{ id: string }> = (draft, { id }) => {
  draft.nodes = draft.nodes.filter((n) => n.id !== id);
  draft.edges = draft.edges.filter((e) => e.source !== id && e.target !== id);
};
const capacityOf = (model: Model, id: string) => model.nodes.find((n) => n.id === id)?.capacity;

describe('editor history', () => {
  it('records an edit, undoes it and redoes it', () => {
    const editor = createEditor(initialState(smallMagnetChain()));
    const before = editor.store.getState().doc.model;
    expect(editor.edit('Set capacity', setCapacity, { id: 'au-mine', capacity: 99 })).toBe(true);
    expect(capacityOf(editor.store.getState().doc.model, 'au-mine')).toBe(99);
    expect(editor.store.getState().history.undo.map((e) => e.label)).toEqual(['Set capacity']);

    expect(editor.undo()).toBe(true);
    expect(capacityOf(editor.store.getState().doc.model, 'au-mine')).toBe(30);
    expect(editor.store.getState().doc.model).toEqual(before);

    expect(editor.redo()).toBe(true);
    expect(capacityOf(editor.store.getState().doc.model, 'au-mine')).toBe(99);
    expect(editor.redo()).toBe(false);
  });

  it('keeps untouched records by identity (structural sharing)', () => {
    const editor = createEditor(initialState(smallMagnetChain()));
    const before = editor.store.getState().doc.model;
    editor.edit('Set capacity', setCapacity, { id: 'au-mine', capacity: 5 });
    const after = editor.store.getState().doc.model;
    expect(after.nodes[0]).toBe(before.nodes[0]);
    expect(after.nodes[1]).not.toBe(before.nodes[1]);
    expect(after.edges).toBe(before.edges);
  });

  it('a new edit clears redo, but selecting does not', () => {
    const editor = createEditor(initialState(smallMagnetChain()));
    editor.edit('a', setCapacity, { id: 'au-mine', capacity: 1 });
    editor.edit('b', setCapacity, { id: 'au-mine', capacity: 2 });
    editor.undo();
    editor.select(['cn-mine']);
    editor.setSession({ colorBy: 'risk' });
    expect(editor.store.getState().history.redo).toHaveLength(1);
    editor.edit('c', setCapacity, { id: 'au-mine', capacity: 3 });
    expect(editor.store.getState().history.redo).toHaveLength(0);
    expect(editor.store.getState().history.undo.map((e) => e.label)).toEqual(['a', 'c']);
  });

  it('an edit that changes nothing is not recorded', () => {
    const editor = createEditor(initialState(smallMagnetChain()));
    expect(editor.edit('same', setCapacity, { id: 'au-mine', capacity: 30 })).toBe(false);
    expect(editor.store.getState().history.undo).toHaveLength(0);
  });

  it('a refused edit keeps the document and says why', () => {
    const editor = createEditor(initialState(smallMagnetChain()));
    const before = editor.store.getState().doc;
    expect(editor.edit('Set capacity', setCapacity, { id: 'nope', capacity: 1 })).toBe(false);
    expect(editor.store.getState().doc).toBe(before);
    expect(editor.store.getState().session.notice).toEqual({
      kind: 'error',
      title: 'Set capacity: not done',
      lines: ['no node "nope"'],
    });
  });

  it('drops deleted nodes from the selection, and undo does not resurrect the selection', () => {
    const editor = createEditor(initialState(smallMagnetChain()));
    editor.select(['my-sep', 'cn-sep']);
    editor.edit('Delete', removeNode, { id: 'my-sep' });
    const state = editor.store.getState();
    expect(state.session.selectedNodes).toEqual(['cn-sep']);
    expect(state.doc.model.edges.some((e) => e.source === 'my-sep' || e.target === 'my-sep')).toBe(false);
    editor.undo();
    expect(editor.store.getState().doc.model.nodes.map((n) => n.id)).toContain('my-sep');
    expect(editor.store.getState().doc.model.edges).toHaveLength(9);
  });

  it('drops ad-hoc perturbations aimed at a deleted node, keeping the others', () => {
    const editor = createEditor(initialState(smallMagnetChain()));
    editor.setSession({
      adhoc: [
        { type: 'outage', node: 'my-sep' },
        { type: 'export-control', country: 'CN' },
        { type: 'capacity', node: 'au-mine', factor: 2 },
      ],
    });
    editor.edit('Delete', removeNode, { id: 'my-sep' });
    expect(editor.store.getState().session.adhoc).toEqual([
      { type: 'export-control', country: 'CN' },
      { type: 'capacity', node: 'au-mine', factor: 2 },
    ]);
  });

  it('additive selection toggles ids', () => {
    const editor = createEditor(initialState(smallMagnetChain()));
    editor.select(['a', 'b']);
    editor.select(['b', 'c'], [], true);
    expect(editor.store.getState().session.selectedNodes).toEqual(['a', 'c']);
  });

  it('opening a model replaces model and baseline in one undoable step', () => {
    const first = smallMagnetChain();
    const editor = createEditor(initialState(first));
    editor.edit('edit', setCapacity, { id: 'au-mine', capacity: 7 });
    editor.setSession({ activeScenarios: ['cn-ban'] });
    const second: Model = { ...smallMagnetChain(), name: 'Other' };
    editor.open(second, 'Open other.json');
    let doc = editor.store.getState().doc;
    expect(doc.model.name).toBe('Other');
    expect(doc.baseline).toBe(doc.model);
    expect(editor.store.getState().session.activeScenarios).toEqual([]);
    editor.undo();
    doc = editor.store.getState().doc;
    expect(doc.model.name).toBe(first.name);
    expect(capacityOf(doc.model, 'au-mine')).toBe(7);
    expect(capacityOf(doc.baseline, 'au-mine')).toBe(30);
  });
});
