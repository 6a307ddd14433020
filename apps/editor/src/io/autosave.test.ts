import 'fake-indexeddb/auto';
import { generateLayeredChain, type Model, removeNode, updateNode } from '@chokepoint/core';
import { createStore as createIdbStore, get, set } from 'idb-keyval';
import { describe, expect, it, vi } from 'vitest';
import { smallMagnetChain } from '../../test/fixtures.ts';
import { addDefaultNode, deleteSelection } from '../commands/edits.ts';
import { saveAdhocAsScenario } from '../commands/scenarios.ts';
import { createEditor, type Editor } from '../state/editor.ts';
import { type EditorState, initialState } from '../state/editor-state.ts';
import {
  AUTOSAVE_KEY,
  type RestoredSnapshot,
  restoreSnapshot,
  type SaveState,
  type Snapshot,
  type SnapshotStorage,
  snapshotOf,
  startAutosave,
} from './autosave.ts';

/** A Map behind the storage interface, counting writes. */
function memoryStorage() {
  const map = new Map<string, unknown>();
  let writes = 0;
  const storage: SnapshotStorage & { writes(): number; map: Map<string, unknown> } = {
    map,
    writes: () => writes,
    get: async (key) => structuredClone(map.get(key)),
    set: async (key, value) => {
      writes++;
      map.set(key, structuredClone(value));
    },
  };
  return storage;
}

describe('autosave', () => {
  it('writes each edit and coalesces a burst into the latest state', async () => {
    const editor = createEditor(initialState(smallMagnetChain()));
    const storage = memoryStorage();
    const autosave = startAutosave(editor, storage, () => {});
    for (let i = 1; i <= 5; i++) {
      editor.apply(`edit ${i}`, (d) => {
        d.model.nodes[0]!.capacity = i;
      });
    }
    await autosave.flush();
    // The first edit starts a write; the four while it is running coalesce into one more.
    expect(storage.writes()).toBe(2);
    const restored = await restoreSnapshot(storage);
    expect(restored?.ok && restored.snapshot.model.nodes[0]!.capacity).toBe(5);
    expect(restored?.ok && restored.snapshot.baseline.nodes[0]!.capacity).toBe(270);
  });

  it('waits for its schedule, says "saving" meanwhile, and writes the edits made in between once', async () => {
    const editor = createEditor(initialState(smallMagnetChain()));
    const storage = memoryStorage();
    const states: SaveState[] = [];
    const due: (() => void)[] = [];
    startAutosave(
      editor,
      storage,
      (state) => states.push(state),
      (write) => due.push(write),
    );
    for (let i = 1; i <= 3; i++) {
      editor.apply(`edit ${i}`, (d) => {
        d.model.nodes[0]!.capacity = i;
      });
    }
    expect(storage.writes()).toBe(0);
    expect(due).toHaveLength(1);
    expect(states).toEqual(['saving']);
    due.shift()!();
    await vi.waitFor(() => expect(states.at(-1)).toBe('saved'));
    expect(storage.writes()).toBe(1);
    const restored = await restoreSnapshot(storage);
    expect(restored?.ok && restored.snapshot.model.nodes[0]!.capacity).toBe(3);
  });

  it('saves scenario toggles and view choices but not the selection', async () => {
    const editor = createEditor(initialState(smallMagnetChain()));
    const storage = memoryStorage();
    const autosave = startAutosave(editor, storage, () => {});
    editor.select(['ev']);
    await autosave.flush();
    expect(storage.writes()).toBe(0);
    editor.setSession({ activeScenarios: ['cn-ban'], colorBy: 'risk' });
    await autosave.flush();
    const restored = await restoreSnapshot(storage);
    expect(restored?.ok && restored.snapshot.session).toEqual({
      activeScenarios: ['cn-ban'],
      adhoc: [],
      layout: 'columns',
      sizeBy: 'capacity',
      colorBy: 'risk',
    });
  });

  it('reports a damaged snapshot instead of loading it', async () => {
    const storage = memoryStorage();
    storage.map.set(AUTOSAVE_KEY, { version: 1, model: { format: 'chokepoint/v1' }, baseline: {} });
    const restored = await restoreSnapshot(storage);
    expect(restored).toEqual({ ok: false, reason: expect.stringMatching(/^the saved model is damaged: /) });
    expect(await restoreSnapshot(memoryStorage())).toBeNull();
  });

  it('survives a real IndexedDB round trip (frozen immer objects included)', async () => {
    const idb = createIdbStore('chokepoint-test', 'kv');
    const storage: SnapshotStorage = { get: (k) => get(k, idb), set: (k, v) => set(k, v, idb) };
    const editor = createEditor(initialState(smallMagnetChain()));
    const autosave = startAutosave(editor, storage, () => {});
    editor.apply('edit', (d) => {
      d.model.name = 'Edited';
    });
    await autosave.flush();
    const restored = await restoreSnapshot(storage);
    expect(restored?.ok && restored.snapshot.model.name).toBe('Edited');
  });
});

/** Saves `editor` through a structured-clone storage and restores it into a new editor, as a reload does. */
async function reload(editor: Editor): Promise<{ editor: Editor; snapshot: RestoredSnapshot }> {
  const storage = memoryStorage();
  await storage.set(AUTOSAVE_KEY, snapshotOf(editor.store.getState()));
  return restoreInto(storage);
}

async function restoreInto(
  storage: SnapshotStorage,
): Promise<{ editor: Editor; snapshot: RestoredSnapshot }> {
  const restored = await restoreSnapshot(storage);
  if (!restored?.ok) throw new Error(`not restored: ${restored?.reason}`);
  const { model, baseline, session, history } = restored.snapshot;
  const state: EditorState = { ...initialState(model, baseline, session), history };
  return { editor: createEditor(state), snapshot: restored.snapshot };
}

/** An editor with four different kinds of step: open, add, edit, delete; `models[i]` is the model after step i. */
function editedEditor() {
  const editor = createEditor(initialState(smallMagnetChain()));
  const models: Model[] = [editor.store.getState().doc.model];
  const done = () => models.push(editor.store.getState().doc.model);
  editor.open(generateLayeredChain({ nodes: 40, seed: 3 }), 'Open chain-40.json');
  done();
  addDefaultNode(editor, { stage: 'refining', position: { x: 10, y: 20 } });
  done();
  editor.edit('Capacity of node-1', updateNode, { id: 'node-1', changes: { capacity: 12.5, country: 'AU' } });
  done();
  editor.select([models[1]!.nodes[7]!.id]);
  deleteSelection(editor);
  done();
  return { editor, models };
}

describe('undo history in the autosave', () => {
  it('goes through a snapshot and comes back whole: labels, patches, both stacks', async () => {
    const { editor } = editedEditor();
    editor.undo();
    const before = editor.store.getState().history;
    const { editor: after, snapshot } = await reload(editor);
    expect(snapshot.historyProblem).toBeNull();
    expect(after.store.getState().history).toEqual(before);
    expect(after.store.getState().history.undo.map((e) => e.label)).toEqual([
      'Open chain-40.json',
      'Add node “New refining node”',
      'Capacity of node-1',
    ]);
    // The undo button's tooltip reads the top labels.
    expect(after.store.getState().history.redo.at(-1)?.label).toBe('Delete “refining 1” with its 4 edges');
  });

  it('undoes after a reload to exactly the model before each edit, and redoes back', async () => {
    const { editor, models } = editedEditor();
    const { editor: after } = await reload(editor);
    const model = () => after.store.getState().doc.model;
    for (let i = models.length - 2; i >= 0; i--) {
      expect(after.undo()).toBe(true);
      expect(model()).toEqual(models[i]);
    }
    expect(after.undo()).toBe(false);
    // The open step also restores the baseline the first model was compared against.
    expect(after.store.getState().doc.baseline).toEqual(models[0]);
    for (let i = 1; i < models.length; i++) {
      expect(after.redo()).toBe(true);
      expect(model()).toEqual(models[i]);
    }
    expect(after.redo()).toBe(false);
  });

  it('keeps what a step gives back to the session on undo (a saved scenario’s ad-hoc list)', async () => {
    const editor = createEditor(initialState(smallMagnetChain()));
    const adhoc = [{ type: 'outage' as const, node: 'cn-sep' }];
    editor.setSession({ adhoc });
    expect(saveAdhocAsScenario(editor, 'Separation fire')).toBe('separation-fire');
    const { editor: after } = await reload(editor);
    expect(after.store.getState().session.activeScenarios).toEqual(['separation-fire']);
    after.undo();
    expect(after.store.getState().session.adhoc).toEqual(adhoc);
    expect(after.store.getState().doc.model.scenarios?.map((s) => s.id)).not.toContain('separation-fire');
  });

  it('keeps the redo stack across a reload', async () => {
    const { editor, models } = editedEditor();
    editor.undo();
    editor.undo();
    const { editor: after } = await reload(editor);
    expect(after.store.getState().doc.model).toEqual(models[2]);
    expect(after.redo()).toBe(true);
    expect(after.store.getState().doc.model).toEqual(models[3]);
    expect(after.redo()).toBe(true);
    expect(after.store.getState().doc.model).toEqual(models[4]);
  });

  it('is saved by the autosave as the user edits, undoes and redoes', async () => {
    const editor = createEditor(initialState(smallMagnetChain()));
    const storage = memoryStorage();
    const autosave = startAutosave(editor, storage, () => {});
    editor.edit('Delete cn-sep', removeNode, { id: 'cn-sep' });
    editor.edit('Delete jp-mag', removeNode, { id: 'jp-mag' });
    await autosave.flush();
    editor.undo();
    await autosave.flush();
    const { editor: after } = await restoreInto(storage);
    const ids = () => after.store.getState().doc.model.nodes.map((n) => n.id);
    expect(ids()).not.toContain('cn-sep');
    expect(ids()).toContain('jp-mag');
    after.undo();
    expect(after.store.getState().doc.model).toEqual(smallMagnetChain());
    after.redo();
    after.redo();
    expect(ids()).not.toContain('jp-mag');
  });

  it('drops a history recorded against a different model and keeps the model', async () => {
    const { editor } = editedEditor();
    const storage = memoryStorage();
    const saved = snapshotOf(editor.store.getState());
    // The model changed without its history following (another version, or edited by hand).
    const other = structuredClone(saved.model);
    other.nodes[0]!.capacity = (other.nodes[0]!.capacity ?? 0) + 1;
    storage.map.set(AUTOSAVE_KEY, { ...saved, model: other });
    const restored = await restoreSnapshot(storage);
    expect(restored?.ok && restored.snapshot.model).toEqual(other);
    expect(restored?.ok && restored.snapshot.history).toEqual({ undo: [], redo: [] });
    expect(restored?.ok && restored.snapshot.historyProblem).toBe(
      'it belongs to a different version of the model',
    );
  });

  it('drops a damaged history and keeps the model', async () => {
    const { editor, models } = editedEditor();
    editor.undo();
    const saved = snapshotOf(editor.store.getState());
    const damage: [string, (s: Snapshot) => unknown, string][] = [
      ['a step without its inverse', (s) => ({ ...s.history.undo[1], inverse: undefined }), 'it is damaged'],
      [
        'a patch with an unknown op',
        (s) => patched(s, { op: 'move', path: ['model', 'name'] }),
        'it is damaged',
      ],
      [
        'a patch outside the document',
        (s) => patched(s, { op: 'replace', path: ['session', 'x'], value: 1 }),
        'it is damaged',
      ],
      [
        'a path that does not resolve',
        (s) => patched(s, { op: 'replace', path: ['model', 'nowhere', 'x'], value: 1 }),
        'its steps do not apply to the model',
      ],
      [
        'an index out of range',
        (s) => patched(s, { op: 'remove', path: ['model', 'nodes', 10_000] }),
        'its steps do not apply to the model',
      ],
      [
        'session changes that are not a list of what-ifs',
        (s) => ({ ...s.history.undo[1]!, session: { undo: { adhoc: 'cn' }, redo: {} } }),
        'it is damaged',
      ],
      [
        'an inverse that does not undo its step',
        (s) => ({ ...s.history.undo[1]!, inverse: [] }),
        'its steps do not lead back to the model',
      ],
    ];
    for (const [what, entry, problem] of damage) {
      const broken = structuredClone(saved);
      (broken.history.undo as unknown[])[1] = entry(broken);
      const storage = memoryStorage();
      storage.map.set(AUTOSAVE_KEY, broken);
      const restored = await restoreSnapshot(storage);
      expect(restored?.ok, what).toBe(true);
      if (!restored?.ok) continue;
      expect(restored.snapshot.model, what).toEqual(models[3]);
      expect(restored.snapshot.history.undo, what).toEqual([]);
      expect(restored.snapshot.historyProblem, what).toBe(problem);
    }
    for (const history of [null, 'junk', { undo: [], redo: [] }, { fingerprint: 'x', undo: {}, redo: [] }]) {
      const storage = memoryStorage();
      storage.map.set(AUTOSAVE_KEY, { ...structuredClone(saved), history });
      const restored = await restoreSnapshot(storage);
      expect(restored?.ok && restored.snapshot.model).toEqual(models[3]);
      expect(restored?.ok && restored.snapshot.history.undo).toEqual([]);
    }
  });

  it('still loads a version 1 snapshot, which had no history', async () => {
    const model = smallMagnetChain();
    const storage = memoryStorage();
    storage.map.set(AUTOSAVE_KEY, {
      version: 1,
      model,
      baseline: model,
      session: {
        activeScenarios: ['cn-ban'],
        adhoc: [],
        layout: 'force',
        sizeBy: 'capacity',
        colorBy: 'risk',
      },
      savedAt: '2025-01-01T00:00:00.000Z',
    });
    const restored = await restoreSnapshot(storage);
    expect(restored?.ok).toBe(true);
    if (!restored?.ok) return;
    expect(restored.snapshot.model).toEqual(model);
    expect(restored.snapshot.session.layout).toBe('force');
    expect(restored.snapshot.history).toEqual({ undo: [], redo: [] });
    expect(restored.snapshot.historyProblem).toBeNull();
    expect(await restoreSnapshot(mapWith({ version: 3, model, baseline: model }))).toEqual({
      ok: false,
      reason: 'the saved work is in an unknown format',
    });
  });

  it('keeps the history through a real IndexedDB', async () => {
    const idb = createIdbStore('chokepoint-history-test', 'kv');
    const storage: SnapshotStorage = { get: (k) => get(k, idb), set: (k, v) => set(k, v, idb) };
    const { editor, models } = editedEditor();
    const autosave = startAutosave(editor, storage, () => {});
    editor.undo();
    await autosave.flush();
    const { editor: after } = await restoreInto(storage);
    expect(after.store.getState().history.undo).toHaveLength(3);
    after.undo();
    expect(after.store.getState().doc.model).toEqual(models[2]);
  });
});

/** The snapshot's second undo step with one more patch. */
function patched(s: Snapshot, patch: object) {
  const entry = s.history.undo[1]!;
  return { ...entry, patches: [...entry.patches, patch] };
}

function mapWith(value: unknown): SnapshotStorage {
  const storage = memoryStorage();
  storage.map.set(AUTOSAVE_KEY, value);
  return storage;
}
