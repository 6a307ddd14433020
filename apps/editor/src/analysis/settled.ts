/**
 * Work that waits for the analysis
 * ================================
 *
 * Some main-thread work is nobody's answer: the autosave's snapshot and IndexedDB's copy of it cost a
 * few milliseconds on a big model. Run right after an edit, it would hold back the frame that shows
 * the new score; run once the analysis has answered and that answer is painted, it costs nobody any
 * waiting. A deadline keeps it from waiting for ever (a model whose analysis keeps failing or running).
 */
import type { Store } from '../state/store.ts';
import { type AnalysisState, afterNextPaint } from './analysis-store.ts';

/** A scheduler: runs each task after the analysis settles and paints, or after `maxMs` at the latest. */
export function afterAnalysisSettles(
  store: Store<AnalysisState>,
  maxMs = 1000,
  afterPaint: (task: () => void) => void = afterNextPaint,
): (task: () => void) => void {
  return (task) => {
    let done = false;
    let painting = false;
    const run = () => {
      if (done) return;
      done = true;
      unsubscribe();
      clearTimeout(deadline);
      task();
    };
    const settled = (state: AnalysisState) => {
      if (state.pending || painting) return;
      painting = true;
      afterPaint(run);
    };
    const unsubscribe = store.subscribe(settled);
    const deadline = setTimeout(run, maxMs);
    settled(store.getState());
  };
}
