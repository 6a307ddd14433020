import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createStore } from '../state/store.ts';
import { type AnalysisState, emptyAnalysis } from './analysis-store.ts';
import { afterAnalysisSettles } from './settled.ts';

describe('afterAnalysisSettles', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('runs the task after the analysis stops pending and its frame is painted, once', () => {
    const store = createStore<AnalysisState>({ ...emptyAnalysis, pending: true });
    const frames: (() => void)[] = [];
    const schedule = afterAnalysisSettles(store, 1000, (t) => frames.push(t));
    const task = vi.fn();
    schedule(task);
    expect(frames).toHaveLength(0);
    store.setState((s) => ({ ...s, pending: false }));
    store.setState((s) => ({ ...s, pending: false, scenario: null })); // a second settled state: no second frame
    expect(frames).toHaveLength(1);
    expect(task).not.toHaveBeenCalled();
    frames[0]!();
    expect(task).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(2000); // the deadline no longer fires it
    expect(task).toHaveBeenCalledTimes(1);
  });

  it('runs at once (after the paint) when nothing is pending, and at the deadline when it never settles', () => {
    const idle = createStore<AnalysisState>(emptyAnalysis);
    const now = vi.fn();
    afterAnalysisSettles(idle, 1000, (t) => t())(now);
    expect(now).toHaveBeenCalledTimes(1);

    const busy = createStore<AnalysisState>({ ...emptyAnalysis, pending: true });
    const late = vi.fn();
    afterAnalysisSettles(busy, 1000, (t) => t())(late);
    vi.advanceTimersByTime(999);
    expect(late).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(late).toHaveBeenCalledTimes(1);
  });
});
