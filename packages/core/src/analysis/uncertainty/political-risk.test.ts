/**
 * Political risk, checked by hand and against an independent enumeration through `assess`.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { defaultModelWithRisk } from '../../../test/helpers/default-model-risk.ts';
import type { Model, Perturbation } from '../../model/schema.ts';
import { validateModel } from '../../model/validate.ts';
import { assess } from '../assess.ts';
import { loadSolver } from '../recipes/solver.ts';
import { probabilityFromWgi } from './country-risk.ts';
import { exactRisk, politicalRisk, RiskInputError } from './political-risk.ts';

beforeAll(async () => {
  await loadSolver();
});

function valid(raw: unknown): Model {
  const r = validateModel(raw);
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  return r.model;
}

/**
 * CN mines 60 and refines at home; AU mines 40 and refines in MY; one consumer in JP needs 100.
 * CN stopping exports leaves 40 (0.4); AU stopping leaves 60 (0.6); both leave nothing.
 */
const twoRoutes = (risk: unknown[]): Model =>
  valid({
    format: 'chokepoint/v1',
    name: 'Two routes',
    unit: 't',
    stages: ['mining', 'refining', 'use'],
    nodes: [
      { id: 'cn-mine', stage: 'mining', country: 'CN', capacity: 60 },
      { id: 'cn-ref', stage: 'refining', country: 'CN', capacity: 80 },
      { id: 'au-mine', stage: 'mining', country: 'AU', capacity: 40 },
      { id: 'my-ref', stage: 'refining', country: 'MY', capacity: 40 },
      { id: 'jp', stage: 'use', country: 'JP', demand: 100 },
    ],
    edges: [
      { source: 'cn-mine', target: 'cn-ref' },
      { source: 'cn-ref', target: 'jp' },
      { source: 'au-mine', target: 'my-ref' },
      { source: 'my-ref', target: 'jp' },
    ],
    countryRisk: risk,
  });

const cnAu = twoRoutes([
  { country: 'CN', probability: 0.1, source: 'test' },
  { country: 'AU', probability: 0.2, source: 'test' },
]);

describe('exact risk on a hand-worked chain', () => {
  it('weights every combination by its probability', () => {
    const r = exactRisk(cnAu);
    // none 0.72 → 1, CN 0.08 → 0.4, AU 0.18 → 0.6, both 0.02 → 0
    expect(r.expectedServed).toBeCloseTo(0.72 + 0.08 * 0.4 + 0.18 * 0.6, 12);
    // sorted: 0 (0.02), 0.4 (cumulative 0.10 ≥ 0.05)
    expect(r.p5Served).toBeCloseTo(0.4, 12);
    expect(r.probabilityBelow).toBeCloseTo(0.28, 12);
    expect(r.tail).toEqual({ definition: 'below-threshold', probability: expect.closeTo(0.28, 12) });
    const cn = r.countries.find((c) => c.country === 'CN')!;
    const au = r.countries.find((c) => c.country === 'AU')!;
    expect(cn.downInTail).toBeCloseTo(0.1 / 0.28, 12);
    expect(au.downInTail).toBeCloseTo(0.2 / 0.28, 12);
    expect(au.tailExcess).toBeCloseTo(0.2 / 0.28 - 0.2, 12);
    expect(r.worstContributor).toBe('AU');
    expect(r.distinctStates).toBe(4);
    expect(r.histogram.reduce((s, b) => s + b.share, 0)).toBeCloseTo(1, 12);
    expect(r.histogram[8]!.share).toBeCloseTo(0.08, 12); // 0.40–0.45
    expect(r.histogram[19]!.share).toBeCloseTo(0.72, 12); // served 1 falls in the last bin
  });

  it('an outage also stops the country at home; the threshold moves the tail', () => {
    const r = exactRisk(cnAu, { disruption: 'outage', threshold: 0.5 });
    // Outage of CN stops both its nodes: same 0.4 here. Below 0.5: CN-only and both → 0.10.
    expect(r.probabilityBelow).toBeCloseTo(0.1, 12);
    expect(r.worstContributor).toBe('CN');
  });
});

describe('Monte Carlo', () => {
  it('is reproducible per seed and within 3 standard errors of the exact answer', () => {
    const exact = exactRisk(cnAu);
    const a = politicalRisk(cnAu, { runs: 20_000, seed: 7 });
    const b = politicalRisk(cnAu, { runs: 20_000, seed: 7 });
    const c = politicalRisk(cnAu, { runs: 20_000, seed: 8 });
    expect(b).toEqual(a);
    expect(c.expectedServed).not.toBe(a.expectedServed);
    for (const r of [a, c]) {
      expect(Math.abs(r.expectedServed - exact.expectedServed)).toBeLessThan(3 * r.standardError);
      const se = Math.sqrt((exact.probabilityBelow * (1 - exact.probabilityBelow)) / r.runs);
      expect(Math.abs(r.probabilityBelow - exact.probabilityBelow)).toBeLessThan(3 * se);
    }
    expect(a.standardError).toBeGreaterThan(0);
  });

  it('reports progress up to the number of runs', () => {
    const seen: number[] = [];
    politicalRisk(cnAu, { runs: 1000, onProgress: (done) => seen.push(done) });
    expect(seen.at(-1)).toBe(1000);
    expect(seen.every((d, i) => i === 0 || d > seen[i - 1]!)).toBe(true);
  });
});

/** Delivered for a set of countries down, through `assess` and export-control scenarios. */
function assessDown(model: Model, countries: string[]): number {
  const perturbations = countries.map((country) => ({ type: 'export-control', country }) as Perturbation);
  const { supply } = assess(model, { scenario: { id: 'down', perturbations } });
  return supply.ratio;
}

function enumerate(model: Model): number {
  const risks = model.countryRisk!;
  let expected = 0;
  for (let mask = 0; mask < 2 ** risks.length; mask++) {
    let w = 1;
    const down: string[] = [];
    risks.forEach((r, i) => {
      const p = r.probability!;
      if (mask & (1 << i)) {
        w *= p;
        down.push(r.country);
      } else w *= 1 - p;
    });
    expected += w * Math.min(1, assessDown(model, down));
  }
  return expected;
}

describe('against an independent enumeration through assess', () => {
  it('a plain chain', () => {
    expect(exactRisk(cnAu).expectedServed).toBeCloseTo(enumerate(cnAu), 12);
  });

  it('a chain with a recipe: NdPr from AU and CN, Dy from CN only', () => {
    const model = valid({
      format: 'chokepoint/v1',
      name: 'Magnets',
      unit: 't',
      stages: ['separation', 'magnets', 'use'],
      nodes: [
        { id: 'au-ndpr', stage: 'separation', country: 'AU', commodity: 'NdPr', capacity: 20 },
        { id: 'cn-ndpr', stage: 'separation', country: 'CN', commodity: 'NdPr', capacity: 40 },
        { id: 'cn-dy', stage: 'separation', country: 'CN', commodity: 'Dy', capacity: 5 },
        { id: 'mm-dy', stage: 'separation', country: 'MM', commodity: 'Dy', capacity: 1 },
        {
          id: 'plant',
          stage: 'magnets',
          country: 'JP',
          recipe: [
            { commodity: 'NdPr', ratio: 0.3 },
            { commodity: 'Dy', ratio: 0.03 },
          ],
        },
        { id: 'use', stage: 'use', country: 'JP', demand: 150 },
      ],
      edges: [
        { source: 'au-ndpr', target: 'plant' },
        { source: 'cn-ndpr', target: 'plant' },
        { source: 'cn-dy', target: 'plant' },
        { source: 'mm-dy', target: 'plant' },
        { source: 'plant', target: 'use' },
      ],
      countryRisk: [
        { country: 'CN', probability: 0.15, source: 'test' },
        { country: 'AU', probability: 0.05, source: 'test' },
        { country: 'MM', probability: 0.3, source: 'test' },
      ],
    });
    const exact = exactRisk(model);
    expect(exact.expectedServed).toBeCloseTo(enumerate(model), 9);
    // CN down: Dy only from MM, 1 t → 33.3 t of magnet of 150.
    expect(exact.worstContributor).toBe('CN');
    const mc = politicalRisk(model, { runs: 5000, seed: 3 });
    expect(Math.abs(mc.expectedServed - exact.expectedServed)).toBeLessThan(3 * mc.standardError);
  });
});

describe('inputs', () => {
  it('maps WGI linearly from 20% (−2.5) to 2% (+2.5) and names the assumption', () => {
    expect(probabilityFromWgi(-2.5)).toBeCloseTo(0.2, 12);
    expect(probabilityFromWgi(2.5)).toBeCloseTo(0.02, 12);
    expect(probabilityFromWgi(0)).toBeCloseTo(0.11, 12);
    const model = twoRoutes([{ country: 'CN', wgi: -0.5, source: 'WGI 2023 (test)' }]);
    const r = exactRisk(model);
    expect(r.risks[0]!.probability).toBeCloseTo(0.02 + (0.18 * 3) / 5, 12);
    expect(r.assumption).toMatch(/assumed/);
    expect(exactRisk(cnAu).assumption).toBeNull();
  });

  it('refuses bad figures with their place', () => {
    const bad = validateModel({
      ...cnAu,
      countryRisk: [
        { country: 'CN', probability: 1.5, source: 's' },
        { country: 'AU', source: 's' },
        { country: 'AU', probability: 0.1, source: 's' },
      ],
    });
    expect(bad.ok).toBe(false);
    const messages = bad.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
    expect(messages).toContain('countryRisk.0.probability: probability must be between 0 and 1');
    expect(messages).toContain(
      'countryRisk.1: the risk of AU needs a "probability" (0–1) or a "wgi" estimate',
    );
    expect(messages).toContain('countryRisk.2.country: country "AU" is listed twice');
    expect(() => politicalRisk(cnAu, { runs: 0 })).toThrow(RiskInputError);
    expect(() => politicalRisk(cnAu, { threshold: 2 })).toThrow(/threshold is a served fraction/);
    expect(() => exactRisk(twoRoutes([]))).toThrow(/has no "countryRisk"/);
  });
});

describe('the default model', () => {
  // Probabilities for its producing countries (test inputs, not data). With many export routes
  // closed at once, the warm-started simplex once stalled ("unknown"); the LP now retries cold.
  const model = valid(defaultModelWithRisk('test input'));

  it('Monte Carlo agrees with every combination enumerated, within 3 standard errors', () => {
    const exact = exactRisk(model);
    const mc = politicalRisk(model, { runs: 10_000, seed: 1 });
    expect(Math.abs(mc.expectedServed - exact.expectedServed)).toBeLessThan(3 * mc.standardError);
    expect(exact.worstContributor).toBe('CN');
  }, 60_000); // 4,096 combinations, each an LP solve: seconds on a loaded machine
});
