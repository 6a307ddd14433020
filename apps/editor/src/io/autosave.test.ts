import 'fake-indexeddb/auto';
import { createStore as createIdbStore, get, set } from 'idb-keyval';
import { describe, expect, it } from 'vitest';
import { smallMagnetChain } from '../../test/fixtures.ts';
import { createEditor } from '../state/editor.ts';
import { initialState } from '../state/editor-state.ts';
import { AUTOSAVE_KEY, restoreSnapshot, type SnapshotStorage, startAutosave } from './autosave.ts';

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
