/**
 * A hand-worked report for the small magnet chain (tests/fixtures/small-magnet-chain.json), for panel
 * tests: the panels are checked against figures worked out on paper, not against the engine.
 *
 * Delivered: demand is 120 (EV) + 60 (wind) = 180; China's magnet plant (200) alone can serve both,
 * fed by Chinese separation (250) from Chinese mining (270), so all 180 arrive.
 * N-1: without cn-mag or cn-sep only Japan's magnets (15, fed by Malaysia) reach EV: 15 delivered,
 * loss 165/180 = 11/12. Without cn-mine, Australia's 30 t reach 10 (via cn-sep) + 15 (via jp-mag) =
 * 25: loss 155/180 = 31/36. Without ev or wind their own demand goes unserved: 2/3 and 1/3.
 * Single points of failure: wind is reached only through cn-sep and cn-mag.
 * Separation shares: CN 250 of 270 = 25/27, MY 2/27; HHI = (92.59² + 7.41²) ≈ 8628.
 */
import { type NodeReport, type Report, SCORE_METHOD_VERSION, TOOL_VERSION } from '@chokepoint/core';

const node = (
  id: string,
  label: string,
  stage: string,
  country: string | null,
  extra: Partial<NodeReport> = {},
): NodeReport => ({
  id,
  label,
  stage,
  country,
  throughput: 0,
  betweenness: 0,
  flowBetweenness: 0,
  shortfallIfRemoved: 0,
  singlePointOfFailure: false,
  cutsOff: [],
  ...extra,
});

export function smallChainReport(score = 52.3): Report {
  return {
    format: 'chokepoint-report/v1',
    provenance: {
      toolVersion: TOOL_VERSION,
      scoreMethodVersion: SCORE_METHOD_VERSION,
      modelSha256: '0'.repeat(64),
      modelSha256Of: 'canonical-json',
    },
    model: {
      name: 'Small magnet chain (hand-made test fixture)',
      unit: 't REO per year',
      year: null,
      nodes: 8,
      edges: 9,
    },
    scenario: null,
    supply: { demand: 180, delivered: 180, ratio: 1 },
    nodes: [
      node('cn-mine', 'China — mining', 'mining', 'CN', { throughput: 180, shortfallIfRemoved: 31 / 36 }),
      node('au-mine', 'Australia — mining', 'mining', 'AU'),
      node('cn-sep', 'China — separation', 'separation', 'CN', {
        throughput: 180,
        shortfallIfRemoved: 11 / 12,
        singlePointOfFailure: true,
        cutsOff: ['wind'],
      }),
      node('my-sep', 'Malaysia — separation', 'separation', 'MY'),
      node('cn-mag', 'China — magnets', 'magnet', 'CN', {
        throughput: 180,
        shortfallIfRemoved: 11 / 12,
        singlePointOfFailure: true,
        cutsOff: ['wind'],
      }),
      node('jp-mag', 'Japan — magnets', 'magnet', 'JP'),
      node('ev', 'EV motors', 'end-use', null, { throughput: 120, shortfallIfRemoved: 2 / 3 }),
      node('wind', 'Wind turbines', 'end-use', null, { throughput: 60, shortfallIfRemoved: 1 / 3 }),
    ],
    edges: [
      {
        id: 'cn-mine->cn-sep',
        source: 'cn-mine',
        target: 'cn-sep',
        flow: 180,
        capacity: null,
        blocked: false,
      },
      { id: 'cn-sep->cn-mag', source: 'cn-sep', target: 'cn-mag', flow: 180, capacity: null, blocked: false },
      { id: 'cn-mag->ev', source: 'cn-mag', target: 'ev', flow: 120, capacity: null, blocked: false },
      { id: 'cn-mag->wind', source: 'cn-mag', target: 'wind', flow: 60, capacity: null, blocked: false },
      { id: 'au-mine->my-sep', source: 'au-mine', target: 'my-sep', flow: 0, capacity: 25, blocked: false },
    ],
    chokepoints: ['cn-mag', 'cn-sep', 'cn-mine', 'ev', 'wind'],
    concentration: [
      {
        stage: 'separation',
        total: 270,
        hhi: (2500 / 27) ** 2 + (200 / 27) ** 2,
        topCountry: 'CN',
        topShare: 25 / 27,
        shares: [
          { country: 'CN', capacity: 250, share: 25 / 27 },
          { country: 'MY', capacity: 20, share: 2 / 27 },
        ],
        exceedsCrmaThreshold: true,
      },
      {
        stage: 'end-use',
        total: 0,
        hhi: null,
        topCountry: null,
        topShare: 0,
        shares: [],
        exceedsCrmaThreshold: false,
      },
    ],
    groupConcentration: [],
    countryDependence: [],
    // ev and wind have no country: one row for the world totals.
    countrySupply: [{ country: null, sinks: 2, demand: 180, served: 180, ratio: 1 }],
    worstCase: [],
    redundancy: { sinks: [], overall: 1 },
    resilience: {
      score,
      components: [
        {
          id: 'supply',
          label: 'Supply delivered',
          value: 1,
          weight: 0.3,
          points: 30,
          detail: 'Delivers 180 of the 180 demanded (100%).',
        },
        {
          id: 'n-1',
          label: 'Worst single-node loss',
          value: 1 / 12,
          weight: 0.25,
          points: 2.1,
          detail: 'Losing China — magnets (cn-mag) alone leaves 8% of demand served.',
        },
      ],
    },
    unusedFields: [],
  };
}
