/**
 * Commands and their shortcuts
 * ============================
 *
 * One object per command (excalidraw's actions, reduced): an id, a label for tooltips and menus, the
 * keys that run it, an optional predicate, and `run`. Buttons and the keyboard both go through here,
 * so a shortcut and its button can never disagree.
 */
import type { CanvasController } from '../canvas/canvas-controller.ts';
import type { Editor } from '../state/editor.ts';
import { copySelection, duplicateSelection, hasClipboard, paste } from './clipboard.ts';
import { addDefaultNode, deleteSelection } from './edits.ts';

export interface CommandContext {
  editor: Editor;
  canvas: CanvasController | null;
  focusSearch(): void;
}

export interface Command {
  id: string;
  label: string;
  /** Shortcut as shown to the user. */
  keys?: string;
  keyTest?(e: KeyboardEvent): boolean;
  predicate?(ctx: CommandContext): boolean;
  run(ctx: CommandContext): void;
}

const mod = (e: KeyboardEvent) => e.ctrlKey || e.metaKey;
const isMac = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform);
const MOD = isMac ? '⌘' : 'Ctrl+';

/** Where a new node goes: in its stage's column, just below the lowest node there. */
function newNodePosition(ctx: CommandContext, stage: string): { x: number; y: number } {
  if (ctx.canvas) return ctx.canvas.view.slotBelow(stage);
  const stages = ctx.editor.store.getState().doc.model.stages;
  return { x: Math.max(0, stages.indexOf(stage)) * 2.5, y: 0 };
}

export const commands: readonly Command[] = [
  {
    id: 'undo',
    label: 'Undo',
    keys: `${MOD}Z`,
    keyTest: (e) => mod(e) && !e.shiftKey && e.key.toLowerCase() === 'z',
    predicate: ({ editor }) => editor.store.getState().history.undo.length > 0,
    run: ({ editor }) => editor.undo(),
  },
  {
    id: 'redo',
    label: 'Redo',
    keys: `${MOD}Shift+Z`,
    keyTest: (e) => mod(e) && ((e.shiftKey && e.key.toLowerCase() === 'z') || e.key.toLowerCase() === 'y'),
    predicate: ({ editor }) => editor.store.getState().history.redo.length > 0,
    run: ({ editor }) => editor.redo(),
  },
  {
    id: 'delete',
    label: 'Delete selection',
    keys: 'Delete',
    keyTest: (e) => e.key === 'Delete' || e.key === 'Backspace',
    predicate: ({ editor }) => {
      const s = editor.store.getState().session;
      return s.selectedNodes.length + s.selectedEdges.length > 0;
    },
    run: ({ editor }) => deleteSelection(editor),
  },
  {
    id: 'escape',
    label: 'Clear selection',
    keys: 'Esc',
    keyTest: (e) => e.key === 'Escape',
    run: ({ editor }) => {
      const s = editor.store.getState().session;
      if (s.shortcuts) editor.setSession({ shortcuts: false });
      else if (s.notice) editor.notify(null);
      else if (s.tool !== 'move') editor.setSession({ tool: 'move' });
      else editor.select([]);
    },
  },
  {
    id: 'select-all',
    label: 'Select all nodes',
    keys: `${MOD}A`,
    keyTest: (e) => mod(e) && !e.shiftKey && e.key.toLowerCase() === 'a',
    run: ({ editor }) => editor.select(editor.store.getState().doc.model.nodes.map((n) => n.id)),
  },
  {
    id: 'copy',
    label: 'Copy the selected nodes and their edges',
    keys: `${MOD}C`,
    // Text selected on the page (a figure in a panel) is copied as text, as usual.
    keyTest: (e) =>
      mod(e) &&
      !e.shiftKey &&
      e.key.toLowerCase() === 'c' &&
      !(typeof document !== 'undefined' && document.getSelection()?.toString()),
    predicate: ({ editor }) => editor.store.getState().session.selectedNodes.length > 0,
    run: ({ editor }) => copySelection(editor),
  },
  {
    id: 'paste',
    label: 'Paste copies, wired like the originals',
    keys: `${MOD}V`,
    keyTest: (e) => mod(e) && !e.shiftKey && e.key.toLowerCase() === 'v',
    predicate: () => hasClipboard(),
    run: ({ editor, canvas }) => paste(editor, (id) => canvas?.view.position(id) ?? null),
  },
  {
    id: 'duplicate',
    label: 'Duplicate the selected nodes and their edges',
    keys: `${MOD}D`,
    keyTest: (e) => mod(e) && !e.shiftKey && e.key.toLowerCase() === 'd',
    predicate: ({ editor }) => editor.store.getState().session.selectedNodes.length > 0,
    run: ({ editor, canvas }) => duplicateSelection(editor, (id) => canvas?.view.position(id) ?? null),
  },
  {
    id: 'shortcuts',
    label: 'Keyboard shortcuts',
    keys: '?',
    keyTest: (e) => e.key === '?',
    run: ({ editor }) => editor.setSession((s) => ({ shortcuts: !s.shortcuts })),
  },
  {
    id: 'add-node',
    label: 'Add node',
    keys: 'N',
    keyTest: (e) => !mod(e) && !e.altKey && e.key.toLowerCase() === 'n',
    run: (ctx) => {
      const { doc, session } = ctx.editor.store.getState();
      // Next to what is selected, in the same stage: the usual way to grow a column.
      const near = doc.model.nodes.find((n) => n.id === session.selectedNodes[0]);
      const stage = near?.stage ?? doc.model.stages[0]!;
      const id = addDefaultNode(ctx.editor, { stage, position: newNodePosition(ctx, stage) });
      if (id) ctx.canvas?.centerOn(id);
    },
  },
  {
    id: 'tool-move',
    label: 'Select and move',
    keys: 'V',
    keyTest: (e) => !mod(e) && e.key.toLowerCase() === 'v',
    run: ({ editor }) => editor.setSession({ tool: 'move' }),
  },
  {
    id: 'tool-connect',
    label: 'Connect: drag from one node to another',
    keys: 'C',
    keyTest: (e) => !mod(e) && e.key.toLowerCase() === 'c',
    run: ({ editor }) => editor.setSession({ tool: 'connect' }),
  },
  {
    id: 'search',
    label: 'Find a node (the last search, selected)',
    keys: `${MOD}F or /`,
    keyTest: (e) => (mod(e) && e.key.toLowerCase() === 'f') || e.key === '/',
    run: (ctx) => ctx.focusSearch(),
  },
  {
    id: 'fit',
    label: 'Show the whole chain',
    keys: 'F',
    keyTest: (e) => !mod(e) && e.key.toLowerCase() === 'f',
    run: ({ canvas }) => canvas?.fit(),
  },
];

export function command(id: string): Command {
  const c = commands.find((x) => x.id === id);
  if (!c) throw new Error(`no command "${id}"`);
  return c;
}

/** The keyboard: runs the first command whose keys match, unless the user is typing in a field. */
export function handleKey(e: KeyboardEvent, ctx: CommandContext): boolean {
  const target = e.target as HTMLElement | null;
  const typing =
    target !== null &&
    (target.tagName === 'INPUT' ||
      target.tagName === 'TEXTAREA' ||
      target.tagName === 'SELECT' ||
      target.isContentEditable);
  if (typing && e.key !== 'Escape') return false;
  if (typing) {
    target.blur();
    return true;
  }
  for (const c of commands) {
    if (!c.keyTest?.(e)) continue;
    if (c.predicate && !c.predicate(ctx)) return false;
    e.preventDefault();
    c.run(ctx);
    return true;
  }
  return false;
}
