import { describe, expect, it } from 'vitest';
import { countingAnalyze, FakeWorker } from '../../test/fake-worker.ts';
import { smallMagnetChain } from '../../test/fixtures.ts';
import { createEditor } from '../state/editor.ts';
import { initialState } from '../state/editor-state.ts';
import { connectAnalysis } from './analysis-store.ts';

describe('connectAnalysis', () => {
  it('analyses the model and the baseline, then each edit, undo and scenario toggle', () => {
    const editor = createEditor(initialState(smallMagnetChain()));
    const worker = new FakeWorker(countingAnalyze);
    const { store } = connectAnalysis(editor, worker);
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
    const { store } = connectAnalysis(editor, worker);
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
    connectAnalysis(editor, worker);
    worker.answerAll();
    editor.select(['ev']);
    editor.setSession({ colorBy: 'risk' });
    expect(worker.posted).toHaveLength(0);
  });

  it('marks the baseline as not this model’s from opening another until its own answer comes', () => {
    const editor = createEditor(initialState(smallMagnetChain()));
    const worker = new FakeWorker(countingAnalyze);
    const { store } = connectAnalysis(editor, worker);
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
});
