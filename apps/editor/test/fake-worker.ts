/**
 * A stand-in for the analysis worker: holds each posted request until the test releases it, so
 * tests can pin down ordering (latest wins, priorities) without timers. Like the real one, it sends a
 * request's score ahead of its report when the request asks for it.
 */
import { type Model, type Report, SCORE_METHOD_VERSION, TOOL_VERSION } from '@chokepoint/core';
import type { WorkerPort } from '../src/analysis/analysis-client.ts';
import { runAnalysis } from '../src/analysis/analysis-service.ts';
import type {
  AnalysisMessage,
  AnalysisRequest,
  AnalysisResponse,
  Analyze,
} from '../src/analysis/protocol.ts';

export class FakeWorker implements WorkerPort {
  onmessage: ((event: MessageEvent<AnalysisMessage>) => void) | null = null;
  posted: AnalysisRequest[] = [];
  terminated = false;
  constructor(private readonly analyze: Analyze) {}
  postMessage(message: AnalysisRequest): void {
    this.posted.push(message);
  }
  terminate(): void {
    this.terminated = true;
  }
  /** Answers the oldest unanswered request. */
  answer(): AnalysisResponse {
    const request = this.posted.shift();
    if (!request) throw new Error('no request waiting');
    const post = (data: AnalysisMessage) => this.onmessage?.({ data } as MessageEvent<AnalysisMessage>);
    const response = runAnalysis(request, this.analyze, () => 0, undefined, post);
    post(response);
    return response;
  }
  answerAll(): void {
    while (this.posted.length > 0) this.answer();
  }
}

/**
 * A report whose figures are traceable to the input, for plumbing tests: score = number of nodes
 * (minus 1 per perturbation), delivered = total demand. Not an analysis: the real one is core's.
 */
export const countingAnalyze: Analyze = (model, { scenario, onAssessment }) => {
  const report = reportWith(model, { score: model.nodes.length - (scenario?.perturbations.length ?? 0) });
  onAssessment?.({ scenario: report.scenario, supply: report.supply, resilience: report.resilience });
  return report;
};

export function reportWith(model: Model, figures: { score: number; delivered?: number }): Report {
  const demand = model.nodes.reduce((a, n) => a + (n.demand ?? 0), 0);
  const delivered = figures.delivered ?? demand;
  return {
    format: 'chokepoint-report/v1',
    provenance: {
      toolVersion: TOOL_VERSION,
      scoreMethodVersion: SCORE_METHOD_VERSION,
      modelSha256: '0'.repeat(64),
      modelSha256Of: 'canonical-json',
    },
    model: {
      name: model.name,
      unit: model.unit,
      year: model.year ?? null,
      nodes: model.nodes.length,
      edges: model.edges.length,
    },
    scenario: null,
    supply: { demand, delivered, ratio: demand > 0 ? delivered / demand : 1 },
    nodes: [],
    edges: [],
    chokepoints: [],
    concentration: [],
    groupConcentration: [],
    countryDependence: [],
    countrySupply: [],
    worstCase: [],
    redundancy: { sinks: [], overall: null },
    resilience: { score: figures.score, components: [] },
    unusedFields: [],
  };
}
