/**
 * The editor controller
 * =====================
 *
 * Every change to the document goes through `apply`: immer's `produceWithPatches` runs a recipe on a
 * draft of the document, the forward and inverse patches go on the history stack, and the store gets
 * the next immutable document. Edits themselves are core's draft mutators (`(draft: Model, args) =>
 * void`, in `@chokepoint/core`'s ops); `edit(label, op, args)` wraps one. Undo and redo apply the
 * stored patches, so the graph view and the analysis see an undo exactly like any other edit.
 *
 * A recipe that throws (an op refusing bad arguments) leaves the document untouched and puts the
 * reason on the page as a notice.
 */
import { edgeId, type Model, perturbationNodeIds } from '@chokepoint/core';
import { type Draft, enablePatches, type Patch, produceWithPatches } from 'immer';
import type { EditorDoc, EditorState, Notice, Session } from './editor-state.ts';
import { popRedo, popUndo, record, type SessionChange } from './history.ts';
import { replayPatches } from './patch-replay.ts';
import { createStore, type Store } from './store.ts';

enablePatches();

/** A core editing operation: mutates a draft model in place, throws on arguments it refuses. */
export type ModelOp<A> = (draft: Model, args: A) => void;

export interface Editor {
  readonly store: Store<EditorState>;
  /**
   * Runs `recipe` as one undoable step; false when it changed nothing or was refused. `session`, when
   * given, is set after the step and on redo, and `session.undo` on undo (see `HistoryEntry.session`).
   */
  apply(
    label: string,
    recipe: (draft: Draft<EditorDoc>) => void,
    session?: { undo: SessionChange; redo: SessionChange },
  ): boolean;
  /** Runs a core op on the model as one undoable step. */
  edit<A>(label: string, op: ModelOp<A>, args: A): boolean;
  /** Replaces model and baseline in one undoable step (open file, load example, shared link). */
  open(model: Model, label: string): void;
  undo(): boolean;
  redo(): boolean;
  setSession(change: Partial<Session> | ((session: Session) => Partial<Session>)): void;
  /** Replaces the selection (or adds to it / toggles with `additive`). */
  select(nodes: readonly string[], edges?: readonly string[], additive?: boolean): void;
  notify(notice: Notice | null): void;
}

export function createEditor(initial: EditorState): Editor {
  const store = createStore(initial);

  const setSession: Editor['setSession'] = (change) =>
    store.setState((s) => {
      const patch = typeof change === 'function' ? change(s.session) : change;
      return { ...s, session: { ...s.session, ...patch } };
    });

  const apply: Editor['apply'] = (label, recipe, sessionChange) => {
    const state = store.getState();
    let result: readonly [EditorDoc, Patch[], Patch[]];
    try {
      result = produceWithPatches(state.doc, recipe);
    } catch (error) {
      setSession({ notice: refused(label, error) });
      return false;
    }
    const [doc, patches, inverse] = result;
    if (patches.length === 0) return false;
    const entry = sessionChange
      ? { label, patches, inverse, session: sessionChange }
      : { label, patches, inverse };
    store.setState({
      doc,
      history: record(state.history, entry),
      session: prune({ ...state.session, ...sessionChange?.redo }, doc.model),
    });
    return true;
  };

  const travel = (direction: 'undo' | 'redo'): boolean => {
    const state = store.getState();
    const step = direction === 'undo' ? popUndo(state.history) : popRedo(state.history);
    if (!step) return false;
    const patches = direction === 'undo' ? step.entry.inverse : step.entry.patches;
    // Not immer's applyPatches: it deep-copies every value it inserts (patch-replay.ts).
    const doc = replayPatches(state.doc, patches as Patch[], { freeze: true });
    const restored = { ...state.session, ...step.entry.session?.[direction] };
    store.setState({ doc, history: step.history, session: prune(restored, doc.model) });
    return true;
  };

  return {
    store,
    apply,
    edit: (label, op, args) => apply(label, (draft) => op(draft.model as Model, args)),
    open(model, label) {
      apply(label, (draft) => {
        draft.model = model as Draft<Model>;
        draft.baseline = model as Draft<Model>;
      });
      setSession({ activeScenarios: [], adhoc: [], selectedNodes: [], selectedEdges: [], notice: null });
    },
    undo: () => travel('undo'),
    redo: () => travel('redo'),
    setSession,
    select(nodes, edges = [], additive = false) {
      setSession((s) => {
        if (!additive) return { selectedNodes: [...nodes], selectedEdges: [...edges] };
        return {
          selectedNodes: toggleAll(s.selectedNodes, nodes),
          selectedEdges: toggleAll(s.selectedEdges, edges),
        };
      });
    },
    notify: (notice) => setSession({ notice }),
  };
}

function toggleAll(current: readonly string[], ids: readonly string[]): string[] {
  const out = new Set(current);
  for (const id of ids) {
    if (out.has(id)) out.delete(id);
    else out.add(id);
  }
  return [...out];
}

/**
 * Drops what the new model no longer has: selected ids, scenario toggles, and ad-hoc perturbations
 * aimed at a deleted node (core's removeNode does the same for the model's own scenarios).
 */
function prune(session: Session, model: Model): Session {
  let next = session;
  let ids: Set<string> | null = null;
  const nodeIds = () => {
    ids ??= new Set(model.nodes.map((n) => n.id));
    return ids;
  };
  if (session.selectedNodes.length > 0) {
    const kept = session.selectedNodes.filter((id) => nodeIds().has(id));
    if (kept.length !== session.selectedNodes.length) next = { ...next, selectedNodes: kept };
  }
  if (session.adhoc.some((p) => perturbationNodeIds(p).length > 0)) {
    const kept = session.adhoc.filter((p) => perturbationNodeIds(p).every((id) => nodeIds().has(id)));
    if (kept.length !== session.adhoc.length) next = { ...next, adhoc: kept };
  }
  if (session.selectedEdges.length > 0) {
    const ids = new Set(model.edges.map(edgeId));
    const kept = session.selectedEdges.filter((id) => ids.has(id));
    if (kept.length !== session.selectedEdges.length) next = { ...next, selectedEdges: kept };
  }
  if (session.activeScenarios.length > 0) {
    const ids = new Set((model.scenarios ?? []).map((s) => s.id));
    const kept = session.activeScenarios.filter((id) => ids.has(id));
    if (kept.length !== session.activeScenarios.length) next = { ...next, activeScenarios: kept };
  }
  return next;
}

function refused(label: string, error: unknown): Notice {
  const message = error instanceof Error ? error.message : String(error);
  return { kind: 'error', title: `${label}: not done`, lines: message.split('\n') };
}
