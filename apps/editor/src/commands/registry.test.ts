import { describe, expect, it } from 'vitest';
import { smallMagnetChain } from '../../test/fixtures.ts';
import { createEditor } from '../state/editor.ts';
import { initialState } from '../state/editor-state.ts';
import { type CommandContext, handleKey } from './registry.ts';

const key = (k: string, mods: Partial<KeyboardEventInit> = {}, target: HTMLElement = document.body) => {
  const e = new KeyboardEvent('keydown', { key: k, cancelable: true, ...mods });
  Object.defineProperty(e, 'target', { value: target });
  return e;
};

describe('keyboard', () => {
  const setup = () => {
    const editor = createEditor(initialState(smallMagnetChain()));
    let searched = 0;
    const ctx: CommandContext = { editor, canvas: null, focusSearch: () => searched++ };
    return { editor, ctx, searched: () => searched };
  };

  it('N adds a node in the selected node’s stage; Delete removes the selection', () => {
    const { editor, ctx } = setup();
    editor.select(['cn-mag']);
    expect(handleKey(key('n'), ctx)).toBe(true);
    const added = editor.store.getState().doc.model.nodes.at(-1)!;
    expect(added.stage).toBe('magnet');
    expect(editor.store.getState().session.selectedNodes).toEqual([added.id]);
    expect(handleKey(key('Delete'), ctx)).toBe(true);
    expect(editor.store.getState().doc.model.nodes).toHaveLength(8);
  });

  it('Ctrl/Cmd+Z undoes, Ctrl/Cmd+Shift+Z and Ctrl+Y redo', () => {
    const { editor, ctx } = setup();
    editor.select(['ev']);
    handleKey(key('Delete'), ctx);
    handleKey(key('z', { ctrlKey: true }), ctx);
    expect(editor.store.getState().doc.model.nodes).toHaveLength(8);
    handleKey(key('Z', { metaKey: true, shiftKey: true }), ctx);
    expect(editor.store.getState().doc.model.nodes).toHaveLength(7);
    handleKey(key('z', { metaKey: true }), ctx);
    handleKey(key('y', { ctrlKey: true }), ctx);
    expect(editor.store.getState().doc.model.nodes).toHaveLength(7);
  });

  it('Escape closes a notice, then leaves the connect tool, then clears the selection', () => {
    const { editor, ctx } = setup();
    editor.select(['ev']);
    editor.setSession({ tool: 'connect' });
    editor.notify({ kind: 'info', title: 'x', lines: [] });
    handleKey(key('Escape'), ctx);
    expect(editor.store.getState().session.notice).toBeNull();
    handleKey(key('Escape'), ctx);
    expect(editor.store.getState().session.tool).toBe('move');
    handleKey(key('Escape'), ctx);
    expect(editor.store.getState().session.selectedNodes).toEqual([]);
  });

  it('/ and Ctrl+F go to the search box', () => {
    const { ctx, searched } = setup();
    handleKey(key('/'), ctx);
    handleKey(key('f', { ctrlKey: true }), ctx);
    expect(searched()).toBe(2);
  });

  it('leaves keys alone while the user types in a field', () => {
    const { editor, ctx } = setup();
    editor.select(['ev']);
    const input = document.createElement('input');
    expect(handleKey(key('Delete', {}, input), ctx)).toBe(false);
    expect(handleKey(key('n', {}, input), ctx)).toBe(false);
    expect(editor.store.getState().doc.model.nodes).toHaveLength(8);
  });
});
