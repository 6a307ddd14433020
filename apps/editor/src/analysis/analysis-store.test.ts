import { describe, expect, it } from 'vitest';
import { countingAnalyze, FakeWorker } from '../../test/fake-worker.ts';
import { smallMagnetChain } from '../../test/fixtures.ts';
import { createEditor, type Editor } from '../state/editor.ts';
import { initialState } from '../state/editor-state.ts';
import type { WorkerPort } from './analysis-client.ts';
import { connectAnalysis } from './analysis-store.ts';

/** Frames paint at once: the score sent ahead and its report land together. */
const connect = (editor: Editor, worker: WorkerPort) =>
  connectAnalysis(editor, worker, { afterPaint: (t) => t() });

describe('connectAnalysis', () => {
  it('analyses the model and the baseline, then each edit, undo and scenario toggle', () => {
    const editor = createEditor(initialState(smallMagnetChain()));
    const worker = new FakeWorker(countingAnalyze);
    const { store } = connect(editor, worker);
    expect(store.getState().pending).toBe(true);
    worker.answerAll();
    let s = store.getState();
    expect(s.pending).toBe(false);
    expect(s.current?.report?.resilience.score).toBe(8);
    expect(s.baseline?.report?.resilience.score).toBe(8);

    editor.apply('add', (d) => {
      d.model.nodes.push({ id: 'in-mine', stage: 'mining', country: 'IN', capacity: 5 });
    });
    worker.answerAll();
    s = store.getState();
    expect(s.current?.report?.resilience.score).toBe(9);
    expect(s.baseline?.report?.resilience.score).toBe(8);

    editor.setSession({ activeScenarios: ['cn-ban'] });
    expect(worker.posted.map((r) => [r.slot, r.scenario?.id ?? null])).toEqual([['current', 'cn-ban']]);
    worker.answerAll();
    s = store.getState();
    expect(s.scenario?.id).toBe('cn-ban');
    expect(s.current?.report?.resilience.score).toBe(8); // 9 nodes, 1 perturbation
    expect(s.reference?.report?.resilience.score).toBe(9);

    editor.undo();
    worker.answerAll();
    s = store.getState();
    expect(s.current?.report?.resilience.score).toBe(7);
    expect(s.reference?.report?.resilience.score).toBe(8);
  });

  it('reports problems with their place and keeps the last good report', () => {
    const editor = createEditor(initialState(smallMagnetChain()));
    const worker = new FakeWorker(countingAnalyze);
    const { store } = connect(editor, worker);
    worker.answerAll();
    editor.apply('bad edge', (d) => {
      d.model.edges.push({ source: 'ev', target: 'nowhere' });
    });
    worker.answerAll();
    const current = store.getState().current!;
    expect(current.report?.resilience.score).toBe(8);
    expect(current.issues.some((i) => i.path[0] === 'edges' && i.path[1] === 9)).toBe(true);
  });

  it('does not ask again when only the session view changes', () => {
    const editor = createEditor(initialState(smallMagnetChain()));
    const worker = new FakeWorker(countingAnalyze);
    connect(editor, worker);
    worker.answerAll();
    editor.select(['ev']);
    editor.setSession({ colorBy: 'risk' });
    expect(worker.posted).toHaveLength(0);
  });

  it('marks the baseline as not this model’s from opening another until its own answer comes', () => {
    const editor = createEditor(initialState(smallMagnetChain()));
    const worker = new FakeWorker(countingAnalyze);
    const { store } = connect(editor, worker);
    worker.answerAll();
    expect(store.getState().baseline?.fresh).toBe(true);
    const bigger = smallMagnetChain();
    bigger.nodes.push({ id: 'in-mine', stage: 'mining', country: 'IN', capacity: 5 });
    editor.open(bigger, 'Open bigger');
    expect(store.getState().baseline).toMatchObject({ fresh: false });
    worker.answer(); // current first (priority), then the baseline
    expect(store.getState().current?.report?.resilience.score).toBe(9);
    expect(store.getState().baseline).toMatchObject({ fresh: false });
    worker.answerAll();
    expect(store.getState().baseline?.fresh).toBe(true);
    expect(store.getState().baseline?.report?.resilience.score).toBe(9);
  });

  it('puts the score sent ahead in the store at once, and its report only after that frame', () => {
    const editor = createEditor(initialState(smallMagnetChain()));
    const worker = new FakeWorker(countingAnalyze);
    const frames: (() => void)[] = [];
    const paint = () => {
      for (const task of frames.splice(0)) task();
    };
    const { store } = connectAnalysis(editor, worker, { afterPaint: (task) => frames.push(task) });
    worker.answerAll();
    let s = store.getState();
    expect(s.current?.assessment?.resilience.score).toBe(8);
    expect(s.current?.report).toBeNull();
    expect(s.pending).toBe(true);
    expect(frames).toHaveLength(1); // one frame for the scores of both slots
    paint();
    s = store.getState();
    expect(s.current?.report?.resilience.score).toBe(8);
    expect(s.baseline?.report?.resilience.score).toBe(8);
    expect(s.pending).toBe(false);

    editor.apply('add', (d) => {
      d.model.nodes.push({ id: 'in-mine', stage: 'mining', country: 'IN', capacity: 5 });
    });
    worker.answer();
    s = store.getState();
    expect(s.current?.assessment?.resilience.score).toBe(9);
    expect(s.current?.report?.resilience.score).toBe(8); // the panels catch up a frame later
    paint();
    expect(store.getState().current?.report?.resilience.score).toBe(9);
  });

  it('never lets a superseded request’s score or report replace a newer score', () => {
    const editor = createEditor(initialState(smallMagnetChain()));
    const worker = new FakeWorker(countingAnalyze);
    const frames: (() => void)[] = [];
    const { store } = connectAnalysis(editor, worker, { afterPaint: (task) => frames.push(task) });
    worker.answerAll();
    for (const task of frames.splice(0)) task();
    // Two edits while the first is being analysed: its score is not sent on, its report is marked stale.
    editor.apply('add one', (d) => {
      d.model.nodes.push({ id: 'in-mine', stage: 'mining', country: 'IN', capacity: 5 });
    });
    editor.apply('add two', (d) => {
      d.model.nodes.push({ id: 'br-mine', stage: 'mining', country: 'BR', capacity: 5 });
    });
    worker.answer();
    expect(store.getState().current?.fresh).toBe(false);
    expect(store.getState().current?.assessment?.resilience.score).toBe(9);
    worker.answer();
    expect(store.getState().current?.assessment?.resilience.score).toBe(10);
    for (const task of frames.splice(0)) task();
    expect(store.getState().current?.report?.resilience.score).toBe(10);
    expect(store.getState().current?.assessment?.resilience.score).toBe(10);
  });
});
