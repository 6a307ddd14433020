/**
 * Analyses on demand, beside the live ones
 * ========================================
 *
 * Comparing two scenarios needs two reports the live slots (current, reference, baseline) do not hold.
 * They are asked of a second analysis worker, started the first time a comparison is asked for, so the
 * live score never waits behind a comparison and a big model never blocks the page. Each request
 * resolves with its report, or with the problems that stopped it.
 */
import type { Model, ModelIssue, Report, Scenario } from '@chokepoint/core';
import type { AnalysisRequest, AnalysisResponse } from './protocol.ts';

export type SideResult = { ok: true; report: Report } | { ok: false; issues: ModelIssue[] };

export interface SideAnalysis {
  analyze(model: Model, scenario: Scenario | null): Promise<SideResult>;
}

interface Port {
  postMessage(message: AnalysisRequest): void;
  onmessage: ((event: MessageEvent<AnalysisResponse>) => void) | null;
}

export function createSideAnalysis(start: () => Port): SideAnalysis {
  let port: Port | null = null;
  let seq = 0;
  const waiting = new Map<number, (result: SideResult) => void>();
  return {
    analyze(model, scenario) {
      if (!port) {
        port = start();
        port.onmessage = (event) => {
          const answer = event.data;
          const done = waiting.get(answer.seq);
          waiting.delete(answer.seq);
          done?.(answer.ok ? { ok: true, report: answer.report } : { ok: false, issues: answer.issues });
        };
      }
      const id = ++seq;
      const p = port;
      return new Promise((resolve) => {
        waiting.set(id, resolve);
        p.postMessage({ seq: id, slot: 'current', model, scenario });
      });
    },
  };
}

/** The browser's: the same worker module as the live analysis, one more instance. */
export const sideAnalysis: SideAnalysis = createSideAnalysis(
  () =>
    new Worker(new URL('./analysis.worker.ts', import.meta.url), {
      type: 'module',
    }) as unknown as Port,
);
