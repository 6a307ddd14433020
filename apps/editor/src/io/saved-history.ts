/**
 * The undo history in the autosave
 * ================================
 *
 * Saved with the document so that after a reload Ctrl+Z undoes the last edit made before it. The
 * entries are stored as they are (immer patches are plain data; IndexedDB's structured clone keeps
 * them, and keeps records shared between the model and the patches stored once), bounded by
 * history-budget.ts, with the fingerprint of the document they were recorded against.
 *
 * A saved history is only trusted when it fits the restored document: the shapes are checked, the
 * fingerprint must match the document as restored, and a dry run must show every step undoing and
 * redoing cleanly from where it sits (each step's inverse and patches lead back to the same content,
 * no patch failing). Anything else drops the history and keeps the model: losing undo steps
 * is a pity, losing the model or breaking the page is not acceptable.
 */
import type { Patch } from 'immer';
import type { EditorDoc, EditorState } from '../state/editor-state.ts';
import { emptyHistory, HISTORY_LIMIT, type History, type HistoryEntry } from '../state/history.ts';
import { replayPatches } from '../state/patch-replay.ts';
import { fingerprint } from './fingerprint.ts';
import { approxBytes, boundedHistory, historyBudget } from './history-budget.ts';
import { sameContent } from './same-content.ts';

export interface SavedHistory {
  /** `fingerprint(doc)` of the document the stacks end at. */
  readonly fingerprint: string;
  readonly undo: readonly HistoryEntry[];
  readonly redo: readonly HistoryEntry[];
}

export function savedHistoryOf(state: EditorState): SavedHistory {
  const { history } = boundedHistory(state.history, historyBudget(approxBytes(state.doc.model)));
  return { fingerprint: fingerprint(state.doc), undo: history.undo, redo: history.redo };
}

export type RestoredHistory = { history: History; problem: string | null };

/** The saved history if it fits `doc`; otherwise an empty one and the reason. Absent is not a problem. */
export function restoreHistory(raw: unknown, doc: EditorDoc): RestoredHistory {
  if (raw === undefined || raw === null) return { history: emptyHistory, problem: null };
  const drop = (why: string): RestoredHistory => ({ history: emptyHistory, problem: why });
  const saved = raw as Partial<Record<keyof SavedHistory, unknown>>;
  if (typeof saved.fingerprint !== 'string') return drop('it has no fingerprint');
  const undo = entries(saved.undo);
  const redo = entries(saved.redo);
  if (!undo || !redo) return drop('it is damaged');
  if (saved.fingerprint !== fingerprint(doc)) return drop('it belongs to a different version of the model');
  const history: History = { undo: undo.slice(-HISTORY_LIMIT), redo: redo.slice(-HISTORY_LIMIT) };
  try {
    if (
      !stepsFit(doc, history.undo, 'inverse', 'patches') ||
      !stepsFit(doc, history.redo, 'patches', 'inverse')
    )
      return drop('its steps do not lead back to the model');
  } catch {
    return drop('its steps do not apply to the model');
  }
  return { history, problem: null };
}

/**
 * Walks the stack from the document outwards (the last entry is nearest), taking each step with its
 * `away` patches and checking that its `back` patches return exactly to where it started: an entry
 * whose inverse does not undo it (or whose paths lead nowhere) fails here instead of on Ctrl+Z.
 */
function stepsFit(
  doc: EditorDoc,
  stack: readonly HistoryEntry[],
  away: 'inverse' | 'patches',
  back: 'inverse' | 'patches',
): boolean {
  let state = doc;
  for (let i = stack.length - 1; i >= 0; i--) {
    const entry = stack[i]!;
    const next = replayPatches(state, entry[away]);
    if (!sameContent(replayPatches(next, entry[back]), state)) return false;
    state = next;
  }
  return true;
}

const OPS = new Set(['add', 'replace', 'remove']);

/** The entries if every one has the shape of a history entry, else null. */
function entries(value: unknown): HistoryEntry[] | null {
  if (!Array.isArray(value)) return null;
  for (const entry of value) {
    if (typeof entry !== 'object' || entry === null) return null;
    const { label, patches, inverse } = entry as Record<string, unknown>;
    if (typeof label !== 'string' || !isPatchList(patches) || !isPatchList(inverse)) return null;
    const { session } = entry as Record<string, unknown>;
    if (session !== undefined && !isSessionChanges(session)) return null;
  }
  return value as HistoryEntry[];
}

/** `{ undo, redo }`, each with at most an array of perturbation-like objects and of scenario ids. */
function isSessionChanges(value: unknown): boolean {
  if (typeof value !== 'object' || value === null) return false;
  const { undo, redo } = value as Record<string, unknown>;
  return [undo, redo].every((change) => {
    if (typeof change !== 'object' || change === null) return false;
    const { adhoc, activeScenarios } = change as Record<string, unknown>;
    const adhocOk =
      adhoc === undefined ||
      (Array.isArray(adhoc) &&
        adhoc.every(
          (p) => typeof p === 'object' && p !== null && typeof (p as { type?: unknown }).type === 'string',
        ));
    const activeOk =
      activeScenarios === undefined ||
      (Array.isArray(activeScenarios) && activeScenarios.every((id) => typeof id === 'string'));
    return adhocOk && activeOk;
  });
}

function isPatchList(value: unknown): value is Patch[] {
  return (
    Array.isArray(value) &&
    value.every((p: unknown) => {
      if (typeof p !== 'object' || p === null) return false;
      const { op, path } = p as Record<string, unknown>;
      return (
        typeof op === 'string' &&
        OPS.has(op) &&
        Array.isArray(path) &&
        path.length > 0 &&
        // Every patch is on the document's model or baseline (immer also refuses __proto__ paths).
        (path[0] === 'model' || path[0] === 'baseline') &&
        path.every(
          (k: unknown) => typeof k === 'string' || (typeof k === 'number' && Number.isInteger(k) && k >= 0),
        )
      );
    })
  );
}
