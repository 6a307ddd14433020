/**
 * Autosave to the browser
 * =======================
 *
 * Every change to the document (and to the scenario and view choices) is written to IndexedDB as
 * soon as the previous write is done: no timer, so a crash a moment after an edit still finds it, and
 * a burst of edits coalesces into one write of the latest state. IndexedDB rather than localStorage
 * because a 10,000-node model and its baseline outgrow localStorage's few megabytes, and writes
 * structured objects without a JSON round-trip.
 *
 * On start, a snapshot is only trusted after validation: a damaged one is reported and skipped, never
 * allowed to break the page.
 */
import { type Model, validateModel } from '@chokepoint/core';
import type { Editor } from '../state/editor.ts';
import type { EditorState, Session } from '../state/editor-state.ts';

/** What a key-value store must offer; idb-keyval's `get`/`set` fit, and tests use a Map. */
export interface SnapshotStorage {
  get(key: string): Promise<unknown>;
  set(key: string, value: unknown): Promise<void>;
}

export const AUTOSAVE_KEY = 'chokepoint:autosave';
/** The document that the last open replaced, so opening a file or link can be taken back after a reload. */
export const PREVIOUS_KEY = 'chokepoint:previous';

type SavedSession = Pick<Session, 'activeScenarios' | 'adhoc' | 'layout' | 'sizeBy' | 'colorBy'>;

export interface Snapshot {
  version: 1;
  model: Model;
  baseline: Model;
  session: SavedSession;
  savedAt: string;
}

export function snapshotOf(state: EditorState, now = new Date()): Snapshot {
  const { activeScenarios, adhoc, layout, sizeBy, colorBy } = state.session;
  return {
    version: 1,
    model: state.doc.model,
    baseline: state.doc.baseline,
    session: { activeScenarios, adhoc, layout, sizeBy, colorBy },
    savedAt: now.toISOString(),
  };
}

export interface Autosave {
  /** Resolves when everything changed so far is written. */
  flush(): Promise<void>;
  stop(): void;
}

export type SaveState = 'saved' | 'saving' | 'failed';

export function startAutosave(
  editor: Editor,
  storage: SnapshotStorage,
  onState: (state: SaveState, error?: string) => void,
): Autosave {
  let writing: Promise<void> | null = null;
  let dirty = false;
  let last = editor.store.getState();

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
        if (dirty) return write();
        if (!failed) onState('saved');
        return undefined;
      });
    return writing;
  };

  const unsubscribe = editor.store.subscribe((next) => {
    const changed =
      next.doc !== last.doc ||
      next.session.activeScenarios !== last.session.activeScenarios ||
      next.session.adhoc !== last.session.adhoc ||
      next.session.layout !== last.session.layout ||
      next.session.sizeBy !== last.session.sizeBy ||
      next.session.colorBy !== last.session.colorBy;
    last = next;
    if (!changed) return;
    dirty = true;
    if (!writing) void write();
  });

  return {
    async flush() {
      while (writing || dirty) await (writing ?? write());
    },
    stop: unsubscribe,
  };
}

export type Restored = { ok: true; snapshot: Snapshot } | { ok: false; reason: string } | null;

/** The saved snapshot, checked; null when there is none. */
export async function restoreSnapshot(storage: SnapshotStorage, key = AUTOSAVE_KEY): Promise<Restored> {
  let raw: unknown;
  try {
    raw = await storage.get(key);
  } catch (error) {
    return { ok: false, reason: `the browser's storage could not be read (${String(error)})` };
  }
  if (raw === undefined || raw === null) return null;
  const value = raw as Partial<Snapshot>;
  if (value.version !== 1) return { ok: false, reason: 'the saved work is in an unknown format' };
  const model = validateModel(value.model);
  const baseline = validateModel(value.baseline);
  if (!model.ok || !baseline.ok) {
    const issue = (model.ok ? [] : model.issues)[0] ?? (baseline.ok ? [] : baseline.issues)[0];
    return { ok: false, reason: `the saved model is damaged: ${issue?.message ?? 'unknown problem'}` };
  }
  const session = (value.session ?? {}) as Partial<SavedSession>;
  return {
    ok: true,
    snapshot: {
      version: 1,
      model: model.model,
      baseline: baseline.model,
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
