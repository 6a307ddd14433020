/**
 * Latest-wins analysis requests
 * =============================
 *
 * The worker analyses one request at a time. While it is busy, the client holds at most one waiting
 * request per slot and replaces it with each newer one, so a burst of edits (a drag, typing in the
 * inspector) costs one extra analysis, not one per keystroke, and the UI never waits. Waiting slots
 * go out in priority order: the current view first, then its no-scenario reference, then the baseline.
 */
import type { Model, Scenario } from '@chokepoint/core';
import type { AnalysisMessage, AnalysisRequest, AnalysisResponse, ScoreAhead, Slot } from './protocol.ts';

/** The part of `Worker` the client uses, so tests can stand in for it. */
export interface WorkerPort {
  postMessage(message: AnalysisRequest): void;
  onmessage: ((event: MessageEvent<AnalysisMessage>) => void) | null;
  terminate(): void;
}

const PRIORITY: readonly Slot[] = ['current', 'reference', 'baseline'];

export class AnalysisClient {
  private seq = 0;
  private inFlight: AnalysisRequest | null = null;
  private waiting = new Map<Slot, AnalysisRequest>();
  /** The newest sequence number requested per slot: an answer below it is stale. */
  private latest = new Map<Slot, number>();

  constructor(
    private readonly port: WorkerPort,
    private readonly onResult: (response: AnalysisResponse, stale: boolean) => void,
    /** A score sent ahead of its report; only the newest request's are passed on. */
    private readonly onAhead?: (message: ScoreAhead) => void,
  ) {
    port.onmessage = (event) => this.receive(event.data);
  }

  request(slot: Slot, model: Model, scenario: Scenario | null): number {
    const request: AnalysisRequest = {
      seq: ++this.seq,
      slot,
      model,
      scenario,
      ...(this.onAhead ? { scoreAhead: true } : {}),
    };
    this.latest.set(slot, request.seq);
    this.waiting.set(slot, request);
    this.pump();
    return request.seq;
  }

  /** True while some slot has an answer still to come. */
  get busy(): boolean {
    return this.inFlight !== null || this.waiting.size > 0;
  }

  isPending(slot: Slot): boolean {
    return this.inFlight?.slot === slot || this.waiting.has(slot);
  }

  dispose(): void {
    this.port.onmessage = null;
    this.port.terminate();
  }

  private receive(message: AnalysisMessage): void {
    if ('ahead' in message) {
      // The request is still being worked on; a superseded one's score would only flicker past.
      if (message.seq === this.latest.get(message.slot)) this.onAhead?.(message);
      return;
    }
    const response = message;
    this.inFlight = null;
    this.pump();
    // A stale answer is still newer than what is on screen: show it, marked, while the latest runs.
    this.onResult(response, response.seq < (this.latest.get(response.slot) ?? 0));
  }

  private pump(): void {
    if (this.inFlight) return;
    for (const slot of PRIORITY) {
      const next = this.waiting.get(slot);
      if (!next) continue;
      this.waiting.delete(slot);
      this.inFlight = next;
      this.port.postMessage(next);
      return;
    }
  }
}
