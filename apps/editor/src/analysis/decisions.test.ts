/**
 * The decisions worker's service and client, without a worker: requests answered by `runDecision`
 * through an in-memory port, with progress; core's refusals come back as sentences.
 */
import { loadSolver, type Model } from '@chokepoint/core';
import { beforeAll, describe, expect, it } from 'vitest';
import { smallMagnetChain } from '../../test/fixtures.ts';
import { riskEntries } from '../panels/decisions/RiskView.tsx';
import { createDecisions } from './decisions-client.ts';
import type { DecisionsRequest, DecisionsResponse } from './decisions-protocol.ts';
import { runDecision } from './decisions-service.ts';

beforeAll(async () => {
  await loadSolver();
});

/** A port whose worker runs the service at once, answering in the next microtask. */
function inMemoryPort() {
  const port = {
    onmessage: null as ((event: MessageEvent<DecisionsResponse>) => void) | null,
    postMessage(request: DecisionsRequest) {
      queueMicrotask(() =>
        runDecision(request, (response) =>
          port.onmessage?.({ data: response } as MessageEvent<DecisionsResponse>),
        ),
      );
    },
  };
  return port;
}

describe('decisions', () => {
  const chain = smallMagnetChain();
  const countries = [...new Set(chain.nodes.filter((n) => n.demand === undefined).map((n) => n.country!))];

  it('runs political risk with progress, and the exact figures core gives', async () => {
    const decisions = createDecisions(inMemoryPort);
    const model: Model = {
      ...chain,
      countryRisk: countries.map((country) => ({ country, probability: 0.1, source: 'test' })),
    };
    const seen: number[] = [];
    const outcome = await decisions.run(
      { kind: 'risk', model, scenario: null, options: { runs: 500, seed: 2 } },
      (done) => seen.push(done),
    );
    expect(outcome.ok).toBe(true);
    if (!outcome.ok || outcome.result.kind !== 'risk') throw new Error('no risk report');
    expect(outcome.result.report.runs).toBe(500);
    expect(seen.at(-1)).toBe(500);
  });

  it('says why when core refuses: no risk figures, no candidates, a model mid-edit', async () => {
    const decisions = createDecisions(inMemoryPort);
    const risk = await decisions.run({ kind: 'risk', model: chain, scenario: null, options: {} });
    expect(risk).toEqual({ ok: false, message: expect.stringContaining('has no "countryRisk"') });
    const fix = await decisions.run({ kind: 'suggest', model: chain, scenario: null, options: {} });
    expect(fix).toEqual({ ok: false, message: expect.stringContaining('has no candidates') });
    const broken = { ...chain, edges: [...chain.edges, { source: 'nowhere', target: chain.nodes[0]!.id }] };
    const cut = await decisions.run({ kind: 'adversary', model: broken, scenario: null, options: {} });
    expect(cut).toEqual({ ok: false, message: expect.stringContaining('cannot be analysed as it stands') });
  });

  it('turns the panel’s percentages into risk entries, keeping the model’s sources where unchanged', () => {
    const model: Model = {
      ...chain,
      countryRisk: [{ country: 'CN', probability: 0.1, source: 'USGS-like source' }],
    };
    expect(riskEntries(model, { CN: '10', AU: '5', US: '', MY: '0' })).toEqual([
      { country: 'CN', probability: 0.1, source: 'USGS-like source' },
      { country: 'AU', probability: 0.05, source: 'entered in the editor' },
    ]);
    expect(riskEntries(model, { CN: '150' })).toBe('CN: a probability is a percentage from 0 to 100');
  });
});
