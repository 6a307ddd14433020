import { describe, expect, it } from 'vitest';
import { countingAnalyze, FakeWorker } from '../../test/fake-worker.ts';
import { smallMagnetChain } from '../../test/fixtures.ts';
import { AnalysisClient } from './analysis-client.ts';
import type { AnalysisResponse } from './protocol.ts';

describe('AnalysisClient', () => {
  const model = smallMagnetChain();

  it('keeps one request in flight and only the newest waiting one per slot', () => {
    const worker = new FakeWorker(countingAnalyze);
    const results: [AnalysisResponse, boolean][] = [];
    const client = new AnalysisClient(worker, (r, stale) => results.push([r, stale]));
    const first = client.request('current', model, null);
    client.request('current', model, null);
    const third = client.request('current', model, null);
    expect(worker.posted.map((r) => r.seq)).toEqual([first]);
    worker.answer();
    // The second request was superseded before it was ever sent.
    expect(worker.posted.map((r) => r.seq)).toEqual([third]);
    worker.answer();
    expect(results.map(([r, stale]) => [r.seq, stale])).toEqual([
      [first, true],
      [third, false],
    ]);
    expect(client.busy).toBe(false);
  });

  it('sends waiting slots in priority order: current, reference, baseline', () => {
    const worker = new FakeWorker(countingAnalyze);
    const client = new AnalysisClient(worker, () => {});
    client.request('baseline', model, null); // goes out at once: the worker was idle
    client.request('baseline', model, null);
    client.request('reference', model, null);
    client.request('current', model, null);
    const order: string[] = [];
    while (worker.posted.length > 0) order.push(worker.answer().slot);
    expect(order).toEqual(['baseline', 'current', 'reference', 'baseline']);
  });

  it('terminates the worker on dispose', () => {
    const worker = new FakeWorker(countingAnalyze);
    new AnalysisClient(worker, () => {}).dispose();
    expect(worker.terminated).toBe(true);
  });

  it('passes on the score sent ahead of the newest request only', () => {
    const worker = new FakeWorker(countingAnalyze);
    const ahead: number[] = [];
    const results: number[] = [];
    const client = new AnalysisClient(
      worker,
      (r) => results.push(r.seq),
      (m) => ahead.push(m.seq),
    );
    const first = client.request('current', model, null);
    expect(worker.posted[0]?.scoreAhead).toBe(true);
    const second = client.request('current', model, null); // waits: supersedes nothing in flight
    worker.answer(); // the first: its score is already out of date, its report still comes (stale)
    worker.answer();
    expect(ahead).toEqual([second]);
    expect(results).toEqual([first, second]);
  });

  it('asks for no score ahead when nobody listens for one', () => {
    const worker = new FakeWorker(countingAnalyze);
    new AnalysisClient(worker, () => {}).request('current', model, null);
    expect(worker.posted[0]?.scoreAhead).toBeUndefined();
  });
});
