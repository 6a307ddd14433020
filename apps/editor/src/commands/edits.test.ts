import { describe, expect, it } from 'vitest';
import { smallMagnetChain } from '../../test/fixtures.ts';
import { createEditor } from '../state/editor.ts';
import { initialState } from '../state/editor-state.ts';
import {
  addDefaultNode,
  connectNodes,
  deleteSelection,
  freshNodeId,
  moveNodes,
  setNodeStage,
} from './edits.ts';

const fresh = () => createEditor(initialState(smallMagnetChain()));

describe('editor edits', () => {
  it('adds a node with default fields at the given place, selected', () => {
    const editor = fresh();
    const id = addDefaultNode(editor, { stage: 'separation', position: { x: 1.23456, y: -2 } });
    expect(id).toBe('node-1');
    const node = editor.store.getState().doc.model.nodes.at(-1);
    // No capacity: unlimited until the modeller gives a figure (a guessed one would count at once).
    expect(node).toEqual({
      id: 'node-1',
      label: 'New separation node',
      stage: 'separation',
      x: 1.235,
      y: -2,
    });
    expect(editor.store.getState().session.selectedNodes).toEqual(['node-1']);
    expect(freshNodeId(editor.store.getState().doc.model)).toBe('node-2');
  });

  it('moves a node to another stage without the place it had in the old column', () => {
    const editor = fresh();
    const id = addDefaultNode(editor, { stage: 'separation', position: { x: 3, y: 4 } })!;
    expect(setNodeStage(editor, id, 'magnet')).toBe(true);
    const node = editor.store.getState().doc.model.nodes.find((n) => n.id === id);
    expect(node).toEqual({ id, label: 'New separation node', stage: 'magnet' });
    expect(editor.store.getState().history.undo.at(-1)?.label).toBe(
      'Move to stage magnet of “New separation node”',
    );
    editor.undo();
    expect(editor.store.getState().doc.model.nodes.find((n) => n.id === id)).toMatchObject({
      stage: 'separation',
      x: 3,
      y: 4,
    });
  });

  it('connects two nodes and gives a parallel edge its own id', () => {
    const editor = fresh();
    expect(connectNodes(editor, 'au-mine', 'jp-mag')).toBe(true);
    expect(editor.store.getState().session.selectedEdges).toEqual(['au-mine->jp-mag']);
    expect(connectNodes(editor, 'au-mine', 'jp-mag')).toBe(true);
    expect(editor.store.getState().doc.model.edges.at(-1)).toEqual({
      id: 'au-mine->jp-mag#2',
      source: 'au-mine',
      target: 'jp-mag',
    });
  });

  it('refuses an edge out of an end use, saying why', () => {
    const editor = fresh();
    expect(connectNodes(editor, 'ev', 'cn-mine')).toBe(false);
    expect(editor.store.getState().session.notice?.lines[0]).toMatch(
      /"ev" has a demand, so it is a consumer/,
    );
  });

  it('moves a group in one undo step', () => {
    const editor = fresh();
    moveNodes(
      editor,
      new Map([
        ['cn-mine', { x: 1, y: 2 }],
        ['au-mine', { x: 3, y: 4 }],
      ]),
    );
    const nodes = editor.store.getState().doc.model.nodes;
    expect(nodes.slice(0, 2).map((n) => [n.x, n.y])).toEqual([
      [1, 2],
      [3, 4],
    ]);
    expect(editor.store.getState().history.undo.map((e) => e.label)).toEqual(['Move 2 nodes']);
    moveNodes(editor, new Map([['cn-mine', { x: 0, y: 0 }]]));
    expect(editor.store.getState().history.undo.at(-1)?.label).toBe(
      `Move “${editor.store.getState().doc.model.nodes[0]!.label}”`,
    );
    editor.undo();
    editor.undo();
    expect(editor.store.getState().doc.model.nodes[0]!.x).toBeUndefined();
  });

  it('deletes selected nodes with their edges, and selected edges, in one step', () => {
    const editor = fresh();
    editor.select(['my-sep'], ['cn-mag->wind', 'my-sep->jp-mag']);
    expect(deleteSelection(editor)).toBe(true);
    const model = editor.store.getState().doc.model;
    expect(model.nodes.map((n) => n.id)).not.toContain('my-sep');
    expect(model.edges.map((e) => `${e.source}->${e.target}`)).toEqual([
      'cn-mine->cn-sep',
      'au-mine->cn-sep',
      'cn-sep->cn-mag',
      'cn-sep->jp-mag',
      'cn-mag->ev',
      'jp-mag->ev',
    ]);
    // The outage scenario named my-sep: core removes that perturbation with the node.
    expect(model.scenarios?.find((s) => s.id === 'lynas-out')?.perturbations).toEqual([]);
    const label = editor.store.getState().history.undo.map((e) => e.label);
    expect(label).toEqual([
      `Delete “${smallMagnetChain().nodes.find((n) => n.id === 'my-sep')!.label}” with its 2 edges and 1 other edge`,
    ]);
    // What went with it is said: its edges by the nodes at their other ends, and the scenario step.
    const notice = editor.store.getState().session.notice!;
    expect(notice.title).toBe(
      `Deleted “${smallMagnetChain().nodes.find((n) => n.id === 'my-sep')!.label}” with 2 edges and 1 scenario perturbation`,
    );
    expect(notice.lines).toHaveLength(2);
    editor.undo();
    expect(editor.store.getState().doc.model).toEqual(smallMagnetChain());
  });
});
