/**
 * Autosave to the browser
 * =======================
 *
 * Every change to the document (and to the scenario and view choices) is written to IndexedDB as
 * soon as the previous write is done and the page lets it (`schedule`: the editor waits until the
 * edit's analysis is on screen, so a write never delays a score; at most a second): a crash a moment
 * after an edit still finds it, and a burst of edits coalesces into one write of the latest state.
 * The indicator says "saving" from the edit on, not from the write. IndexedDB rather than localStorage
 * because a 10,000-node model and its baseline outgrow localStorage's few megabytes, and writes
 * structured objects without a JSON round-trip.
 *
 * The undo/redo history goes with it (version 2; saved-history.ts), bounded so that a write stays
 * about the size of the document (history-budget.ts), so that after a reload Ctrl+Z still undoes the
 * last edit.
 *
 * On start, a snapshot is only trusted after validation: a damaged one is reported and skipped, never
 * allowed to break the page. A saved history that does not fit the restored model is dropped on its
 * own, the model kept. Version 1 snapshots (no history) still load.
 */
import { type Model, validateModel } from '@chokepoint/core';
import type { Editor } from '../state/editor.ts';
import type { EditorState, Session } from '../state/editor-state.ts';
import type { History } from '../state/history.ts';
import { restoreHistory, type SavedHistory, savedHistoryOf } from './saved-history.ts';

/** What a key-value store must offer; idb-keyval's `get`/`set` fit, and tests use a Map. */
export interface SnapshotStorage {
  get(key: string): Promise<unknown>;
  set(key: string, value: unknown): Promise<void>;
}

export const AUTOSAVE_KEY = 'chokepoint:autosave';
/** The document that the last open replaced, so opening a file or link can be taken back after a reload. */
export const PREVIOUS_KEY = 'chokepoint:previous';

type SavedSession = Pick<Session, 'activeScenarios' | 'adhoc' | 'layout' | 'sizeBy' | 'colorBy'>;

/** What is stored. Version 1 (before the history was saved) had no `history`. */
export interface Snapshot {
  version: 2;
  model: Model;
  baseline: Model;
  session: SavedSession;
  history: SavedHistory;
  savedAt: string;
}

export function snapshotOf(state: EditorState, now = new Date()): Snapshot {
  const { activeScenarios, adhoc, layout, sizeBy, colorBy } = state.session;
  return {
    version: 2,
    model: state.doc.model,
    baseline: state.doc.baseline,
    session: { activeScenarios, adhoc, layout, sizeBy, colorBy },
    history: savedHistoryOf(state),
    savedAt: now.toISOString(),
  };
}

/** A snapshot as restored: the history checked against the model, or empty with the reason. */
export interface RestoredSnapshot {
  model: Model;
  baseline: Model;
  session: SavedSession;
  history: History;
  /** Why a saved history was dropped (the model is restored all the same); null when it was not. */
  historyProblem: string | null;
  savedAt: string;
}

export interface Autosave {
  /** Resolves when everything changed so far is written. */
  flush(): Promise<void>;
  stop(): void;
}

export type SaveState = 'saved' | 'saving' | 'failed';

/**
 * `schedule` runs the next write when the page can spare the main thread (taking the snapshot and
 * IndexedDB's copy of it cost milliseconds on a big model); by default at once.
 */
export function startAutosave(
  editor: Editor,
  storage: SnapshotStorage,
  onState: (state: SaveState, error?: string) => void,
  schedule: (write: () => void) => void = (write) => write(),
): Autosave {
  let writing: Promise<void> | null = null;
  let scheduled = false;
  let dirty = false;
  let last = editor.store.getState();

  const kick = () => {
    if (writing || scheduled) return;
    scheduled = true;
    onState('saving');
    schedule(() => {
      scheduled = false;
      // flush() may have written it meanwhile.
      if (dirty && !writing) void write();
    });
  };

  const write = (): Promise<void> => {
    dirty = false;
    const snapshot = snapshotOf(editor.store.getState());
    onState('saving');
    let failed = false;
    writing = storage
      .set(AUTOSAVE_KEY, snapshot)
      .catch((error: unknown) => {
        failed = true;
        onState('failed', error instanceof Error ? error.message : String(error));
      })
      .then(() => {
        writing = null;
        if (dirty) kick();
        else if (!failed) onState('saved');
      });
    return writing;
  };

  const unsubscribe = editor.store.subscribe((next) => {
    const changed =
      next.doc !== last.doc ||
      next.history !== last.history ||
      next.session.activeScenarios !== last.session.activeScenarios ||
      next.session.adhoc !== last.session.adhoc ||
      next.session.layout !== last.session.layout ||
      next.session.sizeBy !== last.session.sizeBy ||
      next.session.colorBy !== last.session.colorBy;
    last = next;
    if (!changed) return;
    dirty = true;
    kick();
  });

  return {
    async flush() {
      while (writing || dirty) await (writing ?? write());
    },
    stop: unsubscribe,
  };
}

export type Restored = { ok: true; snapshot: RestoredSnapshot } | { ok: false; reason: string } | null;

/** The saved snapshot, checked; null when there is none. */
export async function restoreSnapshot(storage: SnapshotStorage, key = AUTOSAVE_KEY): Promise<Restored> {
  let raw: unknown;
  try {
    raw = await storage.get(key);
  } catch (error) {
    return { ok: false, reason: `the browser's storage could not be read (${String(error)})` };
  }
  if (raw === undefined || raw === null) return null;
  const value = raw as Partial<Omit<Snapshot, 'version'>> & { version?: unknown };
  if (value.version !== 1 && value.version !== 2)
    return { ok: false, reason: 'the saved work is in an unknown format' };
  const model = validateModel(value.model);
  const baseline = validateModel(value.baseline);
  if (!model.ok || !baseline.ok) {
    const issue = (model.ok ? [] : model.issues)[0] ?? (baseline.ok ? [] : baseline.issues)[0];
    return { ok: false, reason: `the saved model is damaged: ${issue?.message ?? 'unknown problem'}` };
  }
  const session = (value.session ?? {}) as Partial<SavedSession>;
  const doc = { model: model.model, baseline: baseline.model };
  const { history, problem } = restoreHistory(value.version === 2 ? value.history : undefined, doc);
  return {
    ok: true,
    snapshot: {
      ...doc,
      history,
      historyProblem: problem,
      session: {
        activeScenarios: Array.isArray(session.activeScenarios) ? session.activeScenarios : [],
        adhoc: Array.isArray(session.adhoc) ? session.adhoc : [],
        layout: session.layout === 'force' ? 'force' : 'columns',
        sizeBy: session.sizeBy === 'betweenness' ? 'betweenness' : 'capacity',
        colorBy: session.colorBy === 'risk' ? 'risk' : 'country',
      },
      savedAt: typeof value.savedAt === 'string' ? value.savedAt : '',
    },
  };
}
