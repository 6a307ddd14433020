/**
 * What saving the undo history costs the autosave, on a 10,000-node chain
 * =======================================================================
 *
 * Baseline: the snapshot as it was before the history was saved (model, baseline, session), subject:
 * the snapshot with the bounded history (io/history-budget.ts) and its fingerprint, measured after
 * the same session of edits (opening the chain, deleting nodes, editing fields).
 *
 * - In Node: building the snapshot and serializing it with `v8.serialize`, the V8 ValueSerializer that
 *   Chromium's IndexedDB uses for its structured clone; each run follows a fresh edit, so the
 *   memoized fingerprint and sizes do the work they do in the app. Also start-up: restoring (with the
 *   history's checks) against restoring the same snapshot without history.
 * - In Chromium: the snapshot the app itself wrote to IndexedDB, read back and written again with and
 *   without its history: the synchronous clone in `put` (main thread) and the time to commit.
 */
import { serialize } from 'node:v8';
import { DEFAULT_MODEL_ID, generateLayeredChain, loadModel, removeNode, updateNode } from '@chokepoint/core';
import type { Page } from 'playwright-core';
import { type BenchKit, fromTimes, percentile } from '../../../scripts/bench-kit.ts';
import { analysisIdle, importModel, openEditor, startEditorSite } from '../scripts/browser-harness.ts';
import { restoreSnapshot, type SnapshotStorage, snapshotOf } from '../src/io/autosave.ts';
import { createEditor } from '../src/state/editor.ts';
import { initialState } from '../src/state/editor-state.ts';

const NODES = 10_000;
const DELETIONS = 8;

const mb = (bytes: number) => `${(bytes / 1e6).toFixed(1)} MB`;

function inNode(kit: BenchKit): void {
  const chain = generateLayeredChain({ nodes: NODES, seed: 1 });
  const editor = createEditor(initialState(loadModel(DEFAULT_MODEL_ID)));
  editor.open(chain, 'Open chain');
  const state = () => editor.store.getState();
  for (let i = 0; i < DELETIONS; i++)
    editor.edit('Delete', removeNode, { id: state().doc.model.nodes[i * 997]!.id });
  for (let i = 0; i < 100; i++)
    editor.edit('Capacity', updateNode, { id: state().doc.model.nodes[i]!.id, changes: { capacity: i } });

  // The snapshot as written before the history was saved (version 1).
  const withoutHistory = () => {
    const { doc, session } = state();
    const { activeScenarios, adhoc, layout, sizeBy, colorBy } = session;
    return {
      version: 1,
      model: doc.model,
      baseline: doc.baseline,
      session: { activeScenarios, adhoc, layout, sizeBy, colorBy },
      savedAt: new Date().toISOString(),
    };
  };
  const bare: number[] = [];
  const full: number[] = [];
  let bytes = { bare: 0, full: 0 };
  for (let run = 0; run < 15; run++) {
    editor.edit('Capacity', updateNode, {
      id: state().doc.model.nodes[run * 31]!.id,
      changes: { capacity: run },
    });
    const order = run % 2 ? (['full', 'bare'] as const) : (['bare', 'full'] as const);
    for (const which of order) {
      const t0 = performance.now();
      const n = serialize(which === 'full' ? snapshotOf(state()) : withoutHistory()).length;
      (which === 'full' ? full : bare).push(performance.now() - t0);
      bytes = { ...bytes, [which]: n };
    }
  }
  const saved = snapshotOf(state());
  const kept = `${saved.history.undo.length} of ${state().history.undo.length} steps kept`;
  kit.record({
    suite: 'editor: autosave write (Node, v8.serialize)',
    size: `${NODES} nodes, ${DELETIONS} deletions + 115 edits (${kept})`,
    baseline: fromTimes(`snapshot without history (${mb(bytes.bare)})`, bare),
    subject: fromTimes(`snapshot with history (${mb(bytes.full)})`, full),
    target: '≤ 2.5× the write without history',
    met: percentile(full, 0.5) <= 2.5 * percentile(bare, 0.5),
  });
}

async function restoring(kit: BenchKit): Promise<void> {
  const editor = createEditor(initialState(generateLayeredChain({ nodes: NODES, seed: 1 })));
  const state = () => editor.store.getState();
  for (let i = 0; i < DELETIONS; i++)
    editor.edit('Delete', removeNode, { id: state().doc.model.nodes[i * 997]!.id });
  for (let i = 0; i < 100; i++)
    editor.edit('Capacity', updateNode, { id: state().doc.model.nodes[i]!.id, changes: { capacity: i } });
  const full = snapshotOf(state());
  const { history: _, ...rest } = full;
  const bare = { ...rest, version: 1 };
  const from = (value: unknown): SnapshotStorage => ({
    get: async () => structuredClone(value),
    set: async () => {},
  });
  const times = { full: [] as number[], bare: [] as number[] };
  for (let run = 0; run < 7; run++) {
    for (const which of run % 2 ? (['full', 'bare'] as const) : (['bare', 'full'] as const)) {
      const t0 = performance.now();
      const restored = await restoreSnapshot(from(which === 'full' ? full : bare));
      times[which].push(performance.now() - t0);
      if (which === 'full' && !(restored?.ok && restored.snapshot.history.undo.length > 0))
        throw new Error('the history was not restored');
    }
  }
  kit.record({
    suite: 'editor: autosave restore at start (Node)',
    size: `${NODES} nodes, ${full.history.undo.length} steps`,
    baseline: fromTimes('read + validate without history', times.bare),
    subject: fromTimes('read + validate + check history', times.full),
  });
}

async function inChromium(kit: BenchKit): Promise<void> {
  const site = await startEditorSite();
  const { browser } = site;
  try {
    const page = await openEditor(browser, site.url);
    await importModel(page, `chain-${NODES}.json`, generateLayeredChain({ nodes: NODES, seed: 1 }));
    await page.waitForFunction(
      (n) => document.querySelector('[data-testid="node-count"]')?.textContent === String(n),
      NODES,
      { timeout: 120_000 },
    );
    await analysisIdle(page);
    for (let i = 0; i < DELETIONS; i++) await deleteWorstChokepoint(page, NODES - i - 1);
    await page.waitForFunction(
      () => document.querySelector('[data-testid="autosave-state"]')?.textContent === 'saved in this browser',
      null,
      { timeout: 60_000 },
    );
    const r = (await page.evaluate(IDB_TIMING)) as {
      bare: { clone: number[]; commit: number[] };
      full: { clone: number[]; commit: number[] };
      undo: number;
    };
    const kept = `${r.undo} of ${DELETIONS + 1} steps kept`;
    kit.record({
      suite: 'editor: autosave put, clone on main thread (Chromium IndexedDB)',
      size: `${NODES} nodes, ${DELETIONS} deletions (${kept})`,
      baseline: fromTimes('snapshot without history', r.bare.clone),
      subject: fromTimes('snapshot with history', r.full.clone),
    });
    kit.record({
      suite: 'editor: autosave put → committed (Chromium IndexedDB)',
      size: `${NODES} nodes, ${DELETIONS} deletions (${kept})`,
      baseline: fromTimes('snapshot without history', r.bare.commit),
      subject: fromTimes('snapshot with history', r.full.commit),
      target: '≤ 2.5× the write without history',
      met: percentile(r.full.commit, 0.5) <= 2.5 * percentile(r.bare.commit, 0.5),
    });
    await page.context().close();
  } finally {
    await site.close();
  }
}

async function deleteWorstChokepoint(page: Page, expected: number): Promise<void> {
  await page.getByTestId('chokepoint-list').getByRole('button').first().click();
  await page.keyboard.press('Delete');
  await page.waitForFunction(
    (n) => document.querySelector('[data-testid="node-count"]')?.textContent === String(n),
    expected,
    { timeout: 60_000 },
  );
  await analysisIdle(page);
}

// A string, not a function: tsx wraps named inner functions in a helper the page does not have.
const IDB_TIMING = `(async () => {
  const db = await new Promise((ok, fail) => {
    const r = indexedDB.open('keyval-store');
    r.onsuccess = () => ok(r.result);
    r.onerror = () => fail(r.error);
  });
  const get = (key) => new Promise((ok, fail) => {
    const q = db.transaction('keyval', 'readonly').objectStore('keyval').get(key);
    q.onsuccess = () => ok(q.result);
    q.onerror = () => fail(q.error);
  });
  const put = (key, value) => new Promise((ok, fail) => {
    const tx = db.transaction('keyval', 'readwrite');
    const t0 = performance.now();
    tx.objectStore('keyval').put(value, key);
    const clone = performance.now() - t0;
    tx.oncomplete = () => ok({ clone, commit: performance.now() - t0 });
    tx.onerror = () => fail(tx.error);
  });
  const full = await get('chokepoint:autosave');
  const { history, ...rest } = full;
  const bare = { ...rest, version: 1 };
  const out = { bare: { clone: [], commit: [] }, full: { clone: [], commit: [] }, undo: history.undo.length };
  for (let run = 0; run < 9; run++) {
    for (const which of run % 2 ? ['full', 'bare'] : ['bare', 'full']) {
      const t = await put('bench:' + which, which === 'full' ? full : bare);
      out[which].clone.push(t.clone);
      out[which].commit.push(t.commit);
    }
  }
  db.close();
  return out;
})()`;

export default async (kit: BenchKit) => {
  inNode(kit);
  await restoring(kit);
  await inChromium(kit);
};
