/**
 * Undo/redo history over immer patches
 * ====================================
 *
 * Each entry holds the forward patches and their inverse, as `produceWithPatches` returns them, so
 * undo and redo both apply patches to the current document and the graph view follows the same code
 * path either way. Stacks are immutable arrays: a history value can sit in the store and be compared
 * by identity. Modelled on tldraw's HistoryManager, cut down to what the editor needs: record,
 * undo, redo; session changes (selection, scenario toggles) never reach here, so they can't clear
 * the redo stack.
 */
import type { Patch } from 'immer';
import type { Session } from './editor-state.ts';

export interface HistoryEntry {
  /** What the user did, in words, for the undo button's tooltip ("Delete 3 nodes"). */
  readonly label: string;
  readonly patches: readonly Patch[];
  readonly inverse: readonly Patch[];
  /**
   * Session fields to set when the step is undone or redone, for the rare edit that moves something
   * from the session into the document (saving the ad-hoc what-ifs as a scenario): undoing it gives
   * the ad-hoc list back instead of losing it. Plain data, so it is autosaved with the step.
   */
  readonly session?: { readonly undo: SessionChange; readonly redo: SessionChange };
}

/** Session fields a history step may restore (what-ifs being tried; never the selection or view). */
export type SessionChange = Partial<Pick<Session, 'adhoc' | 'activeScenarios'>>;

export interface History {
  readonly undo: readonly HistoryEntry[];
  readonly redo: readonly HistoryEntry[];
}

/** Beyond this, the oldest entries are dropped: a long session should not hold memory forever. */
export const HISTORY_LIMIT = 500;

export const emptyHistory: History = { undo: [], redo: [] };

/** A new edit: pushed on the undo stack; the redo stack is cleared, as in every editor. */
export function record(history: History, entry: HistoryEntry): History {
  const undo = [...history.undo, entry];
  if (undo.length > HISTORY_LIMIT) undo.splice(0, undo.length - HISTORY_LIMIT);
  return { undo, redo: [] };
}

/** The entry to undo and the history after undoing it, or null when there is nothing to undo. */
export function popUndo(history: History): { entry: HistoryEntry; history: History } | null {
  const entry = history.undo[history.undo.length - 1];
  if (!entry) return null;
  return { entry, history: { undo: history.undo.slice(0, -1), redo: [...history.redo, entry] } };
}

export function popRedo(history: History): { entry: HistoryEntry; history: History } | null {
  const entry = history.redo[history.redo.length - 1];
  if (!entry) return null;
  return { entry, history: { undo: [...history.undo, entry], redo: history.redo.slice(0, -1) } };
}
