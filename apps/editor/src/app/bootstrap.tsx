/**
 * Start-up
 * ========
 *
 * Picks the first document: the work saved in this browser if there is any, with its undo history
 * (else the embedded default model); a model in the link's hash is then opened over it as an
 * undoable step, so following a shared link never loses what was there. Then starts the analysis worker and autosave and renders.
 */
import { DEFAULT_MODEL_ID, formatIssue, loadModel } from '@chokepoint/core';
import { get, set } from 'idb-keyval';
import { createRoot } from 'react-dom/client';
import { connectAnalysis } from '../analysis/analysis-store.ts';
import { afterAnalysisSettles } from '../analysis/settled.ts';
import type { CanvasController } from '../canvas/canvas-controller.ts';
import { restoreSnapshot, type SaveState, type SnapshotStorage, startAutosave } from '../io/autosave.ts';
import { createLayoutMemory, readLayout } from '../io/layout-memory.ts';
import { decodeModel, modelDataInHash } from '../io/share-link.ts';
import { createEditor } from '../state/editor.ts';
import { type EditorState, initialState, type Notice } from '../state/editor-state.ts';
import { createStore, useStore } from '../state/store.ts';
import { workshopRoute } from '../workshop/route.ts';
import { App } from './App.tsx';

/** Hooks for browser tests and benches: where a node is drawn, and whether the page is ready. */
export interface Automation {
  nodePosition(id: string): { x: number; y: number } | null;
  nodeLook(id: string): ReturnType<CanvasController['nodeLook']>;
  edgeLook(id: string): ReturnType<CanvasController['edgeLook']>;
}

declare global {
  interface Window {
    chokepoint?: Automation;
  }
}

export async function startEditor(root: HTMLElement): Promise<void> {
  // Served by the workshop server at /join/… or /facilitator/…: that page instead (src/workshop/).
  const workshop = workshopRoute(window.location);
  if (workshop) {
    const { startWorkshopPage } = await import('../workshop/start.tsx');
    return startWorkshopPage(root, workshop);
  }
  const storage: SnapshotStorage = { get: (key) => get(key), set: (key, value) => set(key, value) };
  const notices: Notice[] = [];

  const [restored, layout] = await Promise.all([restoreSnapshot(storage), readLayout(storage)]);
  let state: EditorState;
  if (restored?.ok) {
    const { model, baseline, session, history, historyProblem } = restored.snapshot;
    // The saved undo/redo stacks come back with the model, so Ctrl+Z undoes the last edit before the reload.
    state = { ...initialState(model, baseline, session), history };
    if (historyProblem) {
      notices.push({
        kind: 'info',
        title: 'Your work is restored, without its undo history',
        lines: [`The saved undo history was not used: ${historyProblem}.`],
      });
    }
  } else {
    state = initialState(loadModel(DEFAULT_MODEL_ID));
    if (restored && !restored.ok) {
      notices.push({
        kind: 'error',
        title: 'Your saved work could not be restored',
        lines: [restored.reason, 'The default model was opened instead.'],
      });
    }
  }
  const editor = createEditor(state);

  const shared = modelDataInHash(window.location.hash);
  if (shared !== null) {
    // The link has done its job once read: a reload should show the work, not the link again.
    window.history.replaceState(null, '', window.location.pathname + window.location.search);
    const result = await decodeModel(shared);
    if (result.ok) {
      editor.open(result.model, 'Open shared link');
      notices.push({
        kind: 'info',
        title: `Opened “${result.model.name}” from the link`,
        lines: ['Undo (Ctrl+Z) goes back to what you had.'],
      });
    } else {
      notices.push({
        kind: 'error',
        title: 'The link’s model could not be opened',
        lines: result.issues.slice(0, 8).map((i) => formatIssue(i)),
      });
    }
  }
  if (notices.length > 0) editor.notify(notices[notices.length - 1]!);

  const worker = new Worker(new URL('../analysis/analysis.worker.ts', import.meta.url), { type: 'module' });
  const analysis = connectAnalysis(editor, worker);
  const saved = createStore<SaveState>('saved');
  const autosave = startAutosave(
    editor,
    storage,
    (s, error) => {
      saved.setState(s);
      if (error)
        editor.notify({
          kind: 'error',
          title: 'Autosave failed',
          lines: [error, 'Save the model to a file to keep your work.'],
        });
    },
    // Saving waits for the edit's score to be on screen (settled.ts).
    afterAnalysisSettles(analysis.store),
  );
  window.addEventListener('pagehide', () => void autosave.flush());

  const canvas = createStore<CanvasController | null>(null);
  window.chokepoint = {
    nodePosition: (id) => canvas.getState()?.nodeViewportPosition(id) ?? null,
    nodeLook: (id) => canvas.getState()?.nodeLook(id) ?? null,
    edgeLook: (id) => canvas.getState()?.edgeLook(id) ?? null,
  };

  const services = {
    editor,
    analysis: analysis.store,
    canvas,
    layoutMemory: createLayoutMemory(storage, restored?.ok ? layout : null),
  };
  createRoot(root).render(<Root services={services} saved={saved} />);
}

function Root(props: {
  services: Parameters<typeof App>[0]['services'];
  saved: ReturnType<typeof createStore<SaveState>>;
}) {
  const saved = useStore(props.saved, (s) => s);
  return <App services={props.services} saved={saved} />;
}
