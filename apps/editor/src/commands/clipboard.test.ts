import { edgeId } from '@chokepoint/core';
import { describe, expect, it } from 'vitest';
import { smallMagnetChain } from '../../test/fixtures.ts';
import { createEditor } from '../state/editor.ts';
import { initialState } from '../state/editor-state.ts';
import { copySelection, duplicateSelection, paste } from './clipboard.ts';

const at = () => ({ x: 1, y: 2 });

describe('copy, paste, duplicate', () => {
  it('duplicates a node wired like the original, in one undo step', () => {
    const editor = createEditor(initialState(smallMagnetChain()));
    editor.select(['my-sep']);
    expect(duplicateSelection(editor, at)).toEqual(['my-sep-copy']);
    const model = editor.store.getState().doc.model;
    const copy = model.nodes.find((n) => n.id === 'my-sep-copy')!;
    const original = smallMagnetChain().nodes.find((n) => n.id === 'my-sep')!;
    expect(copy).toEqual({
      ...original,
      id: 'my-sep-copy',
      label: `${original.label} (copy)`,
      x: 1.35,
      y: 1.5,
    });
    // my-sep has au-mine → my-sep and my-sep → jp-mag: the copy gets both, to the same neighbours.
    expect(
      model.edges.filter((e) => e.source === 'my-sep-copy' || e.target === 'my-sep-copy').map(edgeId),
    ).toEqual(['au-mine->my-sep-copy', 'my-sep-copy->jp-mag']);
    expect(editor.store.getState().session.selectedNodes).toEqual(['my-sep-copy']);
    expect(editor.store.getState().history.undo.at(-1)?.label).toBe(`Paste “${original.label}” with 2 edges`);
    editor.undo();
    expect(editor.store.getState().doc.model).toEqual(smallMagnetChain());
  });

  it('pastes a group: edges inside it join the copies; twice gives fresh ids', () => {
    const editor = createEditor(initialState(smallMagnetChain()));
    editor.select(['cn-sep', 'cn-mag']);
    expect(copySelection(editor)).toBe(true);
    expect(paste(editor, at)).toEqual(['cn-sep-copy', 'cn-mag-copy']);
    const edges = editor.store.getState().doc.model.edges.map(edgeId);
    expect(edges).toContain('cn-sep-copy->cn-mag-copy');
    expect(edges).toContain('cn-mine->cn-sep-copy');
    expect(edges).toContain('cn-mag-copy->ev');
    expect(paste(editor, at)).toEqual(['cn-sep-copy-2', 'cn-mag-copy-2']);
    expect(editor.store.getState().history.undo).toHaveLength(2);
  });
});
