/**
 * Shared finance (risk-sharing), worked by hand on a three-member chain, checked for its errors, and
 * property-tested on generated chains.
 *
 * The chain: China mines and makes magnets (100 t) for consumers in Japan (30), the US (50) and India
 * (20). Group "quad" is US, JP, IN, AU (Australia consumes nothing here). Under China's export control
 * nothing is served. The project: 40 t of magnet capacity in Vietnam (a source), capex 200, Vietnam's
 * yearly disruption probability 0.1.
 *
 * By hand: the 40 t are split max-min fairly by served fraction, so every consumer gets 40/100 = 0.4 of
 * its demand: JP 12, US 20, IN 8 (gains, since without the project they get 0). Shares by demand
 * (30 : 50 : 20 : 0): US 0.5, JP 0.3, IN 0.2, AU 0. Expected political loss 0.1 × 200 = 20 a year.
 * US pays 100 capex and 10 a year, JP 60 and 6, IN 40 and 4, AU nothing; alone, each pays 200 and 20.
 */
import { describe, expect, it } from 'vitest';
import { generateLayeredChain } from '../../generate/layered-chain.ts';
import { formatIssue } from '../../model/issues.ts';
import type { Model, Perturbation } from '../../model/schema.ts';
import { validateModel } from '../../model/validate.ts';
import { analyze } from '../analyze.ts';
import { assess } from '../assess.ts';
import { scenarioIssues } from '../scenario/scenario-issues.ts';

function quadChain(): Model {
  return {
    format: 'chokepoint/v1',
    name: 'quad',
    unit: 't',
    stages: ['mine', 'magnet', 'use'],
    nodes: [
      { id: 'cn-mine', stage: 'mine', country: 'CN', capacity: 100 },
      { id: 'cn-mag', stage: 'magnet', country: 'CN', capacity: 100 },
      { id: 'use-jp', stage: 'use', country: 'JP', demand: 30 },
      { id: 'use-us', stage: 'use', country: 'US', demand: 50 },
      { id: 'use-in', stage: 'use', country: 'IN', demand: 20 },
    ],
    edges: [
      { source: 'cn-mine', target: 'cn-mag' },
      { source: 'cn-mag', target: 'use-jp' },
      { source: 'cn-mag', target: 'use-us' },
      { source: 'cn-mag', target: 'use-in' },
    ],
    groups: [{ id: 'quad', countries: ['US', 'JP', 'IN', 'AU'] }],
    countryRisk: [{ country: 'VN', probability: 0.1, source: 'test' }],
  };
}

const project = { country: 'VN', stage: 'magnet', capacity: 40, capex: 200 } as const;
const ban: Perturbation = { type: 'export-control', country: 'CN' };
const scenario = (...perturbations: Perturbation[]) => ({ id: 'plan', perturbations });

describe('risk-sharing by hand', () => {
  it("splits capex and expected loss by demand, and gives each member's gain", () => {
    const report = analyze(quadChain(), {
      scenario: scenario(ban, { type: 'risk-sharing', group: 'quad', project }),
      worstCase: [],
    });
    const [rs] = report.riskSharing!;
    expect(rs!.node).toBe('new-vn-magnet');
    expect(rs!.host).toBe('VN');
    expect(rs!.hostProbability).toBe(0.1);
    expect(rs!.probabilityBasis).toBe('stated');
    expect(rs!.capex).toBe(200);
    expect(rs!.expectedLoss).toBeCloseTo(20, 12);
    expect(rs!.sharesBasis).toBe('demand');
    const rows = Object.fromEntries(rs!.members.map((m) => [m.country, m]));
    expect(Object.keys(rows)).toEqual(['US', 'JP', 'IN', 'AU']);
    const want = { US: [0.5, 100, 10, 20], JP: [0.3, 60, 6, 12], IN: [0.2, 40, 4, 8], AU: [0, 0, 0, 0] };
    for (const [c, [share, capex, loss, gain]] of Object.entries(want)) {
      expect(rows[c]!.share).toBeCloseTo(share!, 12);
      expect(rows[c]!.capex).toBeCloseTo(capex!, 9);
      expect(rows[c]!.expectedLoss).toBeCloseTo(loss!, 9);
      expect(rows[c]!.lossIfHostDisrupts).toBeCloseTo(capex!, 9);
      expect(rows[c]!.gain).toBeCloseTo(gain!, 9);
      expect(rows[c]!.servedWithout).toBe(0);
      expect(rows[c]!.alone).toEqual({ capex: 200, expectedLoss: rs!.expectedLoss, lossIfHostDisrupts: 200 });
    }
    expect(rs!.totalGain).toBeCloseTo(40, 9);
    // The lever's yearly cost is its expected political loss (no opex here).
    const lever = report.levers!.find((l) => l.type === 'risk-sharing')!;
    expect(lever.capex).toBe(200);
    expect(lever.yearlyCost).toBeCloseTo(20, 12);
    // The gains are the report's own countrySupply.
    expect(report.countrySupply.find((c) => c.country === 'US')!.served).toBeCloseTo(20, 9);
  });

  it('follows stated shares; a host without a risk entry has no expected loss', () => {
    const report = analyze(quadChain(), {
      scenario: scenario(ban, {
        type: 'risk-sharing',
        group: 'quad',
        project: { ...project, country: 'AU', opex: 5 },
        shares: { US: 0.25, AU: 0.75 },
      }),
      worstCase: [],
    });
    const rs = report.riskSharing![0]!;
    expect(rs.sharesBasis).toBe('stated');
    expect(rs.probabilityBasis).toBe('none');
    expect(rs.expectedLoss).toBe(0);
    const byCountry = Object.fromEntries(rs.members.map((m) => [m.country, m]));
    expect(byCountry.AU!.capex).toBe(150);
    expect(byCountry.US!.capex).toBe(50);
    expect(byCountry.JP!.capex).toBe(0);
    // JP pays nothing and still gains its 12 t: the flow does not know who paid.
    expect(byCountry.JP!.gain).toBeCloseTo(12, 9);
    expect(report.levers!.find((l) => l.type === 'risk-sharing')!.yearlyCost).toBe(5);
  });

  it('uses the WGI mapping for the host when the entry gives wgi; equal shares without member demand', () => {
    const model = {
      ...quadChain(),
      groups: [{ id: 'far', countries: ['AU', 'DE'] as ('AU' | 'DE')[] }],
      countryRisk: [{ country: 'VN' as const, wgi: 0, source: 'test' }],
    };
    const rs = analyze(model, {
      scenario: scenario(ban, { type: 'risk-sharing', group: 'far', project }),
      worstCase: [],
    }).riskSharing![0]!;
    // p = 0.02 + 0.18 × (2.5 − 0) / 5 = 0.11
    expect(rs.hostProbability).toBeCloseTo(0.11, 12);
    expect(rs.probabilityBasis).toBe('wgi-mapping');
    expect(rs.expectedLoss).toBeCloseTo(22, 9);
    expect(rs.sharesBasis).toBe('equal');
    expect(rs.members.map((m) => m.share)).toEqual([0.5, 0.5]);
    expect(rs.totalGain).toBe(0);
  });

  it('gains nothing when nothing is short', () => {
    const rs = analyze(quadChain(), {
      scenario: scenario({ type: 'risk-sharing', group: 'quad', project }),
      worstCase: [],
    }).riskSharing![0]!;
    for (const m of rs.members) expect(m.gain).toBeCloseTo(0, 9);
  });
});

describe('risk-sharing errors name the scenario, the perturbation and the field', () => {
  const problems = (p: Record<string, unknown>) => {
    const r = validateModel({ ...quadChain(), scenarios: [{ id: 'plan', perturbations: [ban, p] }] });
    return r.ok ? [] : r.issues.map((i) => formatIssue(i));
  };
  it.each([
    [
      { type: 'risk-sharing', group: 'g7', project },
      '$.scenarios[0].perturbations[1].group',
      'unknown group "g7"',
    ],
    [
      { type: 'risk-sharing', group: 'quad', project, shares: { US: 0.5, CN: 0.5 } },
      '$.scenarios[0].perturbations[1].shares.CN',
      'CN is not a member of group "quad"',
    ],
    [
      { type: 'risk-sharing', group: 'quad', project, shares: { US: 0.5, JP: 0.2 } },
      '$.scenarios[0].perturbations[1].shares',
      'the shares add up to 0.7; they must add up to 1',
    ],
    [
      { type: 'risk-sharing', group: 'quad', project, shares: { US: 1.5 } },
      '$.scenarios[0].perturbations[1].shares.US',
      'share must be between 0 and 1',
    ],
    [
      { type: 'risk-sharing', group: 'quad', project: { ...project, stage: 'smelt' } },
      '$.scenarios[0].perturbations[1].project.stage',
      'unknown stage "smelt"',
    ],
    [
      { type: 'risk-sharing', group: 'quad', project: { ...project, from: ['ghost'] } },
      '$.scenarios[0].perturbations[1].project.from[0]',
      '"ghost" is not a node id',
    ],
    [
      { type: 'risk-sharing', group: 'quad', project: { ...project, capex: undefined } },
      '$.scenarios[0].perturbations[1].project.capex',
      'capex',
    ],
  ])('%j', (p, path, message) => {
    const found = problems(p as Record<string, unknown>);
    expect(
      found.some((f) => f.includes(path) && f.includes(message)),
      found.join('\n'),
    ).toBe(true);
  });

  it('an ad-hoc scenario gets the same checks, with the scenario and perturbation named', () => {
    const issues = scenarioIssues(quadChain(), {
      id: 'adhoc',
      perturbations: [{ type: 'risk-sharing', group: 'quad', project, shares: { US: 0.4 } }],
    });
    expect(issues).toHaveLength(1);
    expect(issues[0]!.path).toEqual(['perturbations', 0, 'shares']);
    expect(issues[0]!.message).toContain('scenario "adhoc", perturbation 1 (risk-sharing)');
  });
});

describe.each([201, 202, 203, 204])('risk-sharing on generated chain %i', (seed) => {
  const base = generateLayeredChain({ nodes: 24, seed });
  const consumers = [
    ...new Set(base.nodes.flatMap((n) => (n.demand !== undefined && n.country ? [n.country] : []))),
  ];
  const host = base.nodes.find((n) => n.country && n.country !== 'CN' && n.demand === undefined)!;
  const model: Model = {
    ...base,
    groups: [{ id: 'all', countries: consumers as Model['nodes'][number]['country'][] as never }],
    countryRisk: [{ country: host.country!, probability: 0.07, source: 'test' }],
  };
  const shared: Perturbation = {
    type: 'risk-sharing',
    group: 'all',
    project: { country: host.country!, stage: host.stage, capacity: 30, capex: 1000 },
  };
  const shock: Perturbation = { type: 'export-control', country: 'CN' };

  it('shares add up to 1, costs add up to the whole, and the gains add up to what the project delivers', () => {
    const rs = analyze(model, { scenario: scenario(shock, shared), worstCase: [] }).riskSharing![0]!;
    const sum = (f: (m: (typeof rs.members)[number]) => number) => rs.members.reduce((s, m) => s + f(m), 0);
    expect(sum((m) => m.share)).toBeCloseTo(1, 12);
    expect(sum((m) => m.capex)).toBeCloseTo(1000, 9);
    expect(sum((m) => m.expectedLoss)).toBeCloseTo(70, 9);
    for (const m of rs.members) {
      expect(m.capex).toBeLessThanOrEqual(m.alone.capex + 1e-9);
      expect(m.expectedLoss).toBeLessThanOrEqual(m.alone.expectedLoss + 1e-9);
    }
    const withIt = assess(model, { scenario: scenario(shock, shared) }).supply.delivered;
    const without = assess(model, { scenario: scenario(shock) }).supply.delivered;
    const unlocated = base.nodes.some((n) => n.demand !== undefined && !n.country);
    if (!unlocated) expect(rs.totalGain).toBeCloseTo(withIt - without, 6);
    expect(rs.totalGain).toBeGreaterThanOrEqual(-1e-9);
  });
});
