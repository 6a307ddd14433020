/**
 * The editor's document bound to a team's Y.Doc
 * =============================================
 *
 * The editor keeps working as it always does: one immutable model, changed by commands that run
 * core's ops under immer. This adapter is the only place that knows about Yjs:
 *
 * - a local edit (the store's model changes and not because of the Y.Doc) is written to the Y.Doc as
 *   one transaction with this person's `origin`, changing only the fields that differ (`writeModel`
 *   from `@chokepoint/collab`), renames as renames so a teammate's concurrent edit survives;
 * - a teammate's edit (any other transaction: remote updates, an undo) is read back into the store,
 *   records that did not change keeping their identity (`shareUnchanged`), so the graph view and the
 *   analysis see it as they see any edit;
 * - undo and redo are per person: a `Y.UndoManager` tracking this person's origin replaces the
 *   editor's patch history, which would undo teammates' work too. The store's history mirrors the
 *   manager's stacks (labels only), so the undo button and its tooltip keep working;
 * - a frozen room (or a read-only link) refuses edits before they reach the model.
 */
import { detectRenames, readModel, rootTypes, shareUnchanged, writeModel } from '@chokepoint/collab';
import type { Model } from '@chokepoint/core';
import * as Y from 'yjs';
import type { Editor } from '../state/editor.ts';
import type { Session } from '../state/editor-state.ts';
import type { History, HistoryEntry } from '../state/history.ts';

export interface YjsBinding {
  /** The editor to hand to the app: the same, with per-person undo and refusals when frozen. */
  readonly editor: Editor;
  readonly undoManager: Y.UndoManager;
  /** Editing refused with this reason (frozen by the facilitator, read-only link), or allowed (null). */
  setLocked(reason: string | null): void;
  /** A check of each local edit (the budget): the reason to refuse `next`, or null to write it. */
  setCheck(check: ((prev: Model, next: Model) => string | null) | null): void;
  dispose(): void;
}

export function bindEditorToDoc(base: Editor, doc: Y.Doc, origin: object = { local: true }): YjsBinding {
  const store = base.store;
  // captureTimeout 0: each command is its own undo step, as in the editor's own history.
  const undoManager = new Y.UndoManager(rootTypes(doc), {
    trackedOrigins: new Set([origin]),
    captureTimeout: 0,
  });
  let fromDoc = false;
  let locked: string | null = null;
  let check: ((prev: Model, next: Model) => string | null) | null = null;
  let pendingLabel = 'Edit';

  const mirror = (): History => ({
    undo: undoManager.undoStack.map(entryOf),
    redo: undoManager.redoStack.map(entryOf),
  });

  undoManager.on('stack-item-added', (event: { stackItem: { meta: Map<string, unknown> }; type: string }) => {
    if (event.type === 'undo' && !event.stackItem.meta.has('label'))
      event.stackItem.meta.set('label', pendingLabel);
  });
  // Undoing moves a step to the redo stack as a new item (and redoing back): the label goes with it.
  // Yjs announces the popped item after adding its counterpart, so the counterpart is on top.
  undoManager.on(
    'stack-item-popped',
    (event: { stackItem: { meta: Map<string, unknown> }; type: string }) => {
      const other = event.type === 'undo' ? undoManager.redoStack : undoManager.undoStack;
      const label = event.stackItem.meta.get('label');
      if (label !== undefined) other[other.length - 1]?.meta.set('label', label);
      readIntoStore();
    },
  );

  const readIntoStore = () => {
    const s = store.getState();
    const model = shareUnchanged(s.doc.model, readModel(doc));
    fromDoc = true;
    try {
      store.setState({
        ...s,
        doc: model === s.doc.model ? s.doc : { ...s.doc, model },
        history: mirror(),
        session: pruneSelection(s.session, model),
      });
    } finally {
      fromDoc = false;
    }
  };

  const onTransaction = (tr: Y.Transaction) => {
    if (tr.origin === origin || tr.changed.size === 0) return;
    readIntoStore();
  };
  doc.on('afterTransaction', onTransaction);

  const unsubscribe = store.subscribe((next, prev) => {
    if (fromDoc || next.doc.model === prev.doc.model) return;
    const entry = next.history.undo[next.history.undo.length - 1];
    pendingLabel = entry?.label ?? 'Edit';
    const refusal = check?.(prev.doc.model, next.doc.model) ?? null;
    if (refusal !== null) {
      // Put the document back as it was; the step never reaches the team.
      fromDoc = true;
      try {
        store.setState({ ...next, doc: prev.doc, history: prev.history });
      } finally {
        fromDoc = false;
      }
      base.notify({ kind: 'error', title: `${pendingLabel}: not done`, lines: [refusal] });
      return;
    }
    writeModel(doc, next.doc.model, origin, detectRenames(prev.doc.model, next.doc.model));
    // What the Y.Doc now holds is the truth (Yjs may have merged a teammate's concurrent change).
    readIntoStore();
  });

  const refuse = (label: string): false => {
    base.notify({ kind: 'error', title: `${label}: not done`, lines: [locked ?? ''] });
    return false;
  };

  const editor: Editor = {
    ...base,
    apply: (label, recipe, session) => (locked ? refuse(label) : base.apply(label, recipe, session)),
    edit: (label, op, args) => (locked ? refuse(label) : base.edit(label, op, args)),
    open: (model, label) => {
      if (locked) refuse(label);
      else base.open(model, label);
    },
    undo: () => (locked ? refuse('Undo') : undoManager.undo() !== null),
    redo: () => (locked ? refuse('Redo') : undoManager.redo() !== null),
  };

  return {
    editor,
    undoManager,
    setLocked(reason) {
      locked = reason;
    },
    setCheck(next) {
      check = next;
    },
    dispose() {
      unsubscribe();
      doc.off('afterTransaction', onTransaction);
      undoManager.destroy();
    },
  };
}

function entryOf(item: { meta: Map<string, unknown> }): HistoryEntry {
  return { label: String(item.meta.get('label') ?? 'Edit'), patches: [], inverse: [] };
}

/** A teammate may remove what this person has selected: the selection keeps what still exists. */
function pruneSelection(session: Session, model: Model): Session {
  if (session.selectedNodes.length === 0 && session.selectedEdges.length === 0) return session;
  const nodes = new Set(model.nodes.map((n) => n.id));
  const keptNodes = session.selectedNodes.filter((id) => nodes.has(id));
  if (keptNodes.length === session.selectedNodes.length && session.selectedEdges.length === 0) return session;
  return { ...session, selectedNodes: keptNodes };
}
