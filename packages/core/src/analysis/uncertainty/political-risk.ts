/**
 * Political risk: Monte Carlo over country disruptions, and its exact twin
 * =======================================================================
 *
 * Each year every country of `countryRisk` disrupts independently with its probability
 * (country-risk.ts says what a disruption does). `politicalRisk` draws `runs` years from a seeded
 * xoroshiro128+ stream (pure-rand), so a seed gives the same answer on every machine; `exactRisk`
 * enumerates all 2^k combinations with their probabilities, for the few countries where that is
 * possible, and is what the Monte Carlo is tested against. Both summarise the same way
 * (risk-summary.ts). Draws are grouped by the set of countries down, so each set is solved once.
 */
import { uniformFloat64 } from 'pure-rand/distribution/uniformFloat64';
import { xoroshiro128plus } from 'pure-rand/generator/xoroshiro128plus';
import type { Model, Scenario } from '../../model/schema.ts';
import { resolveScenario } from '../scenario/apply-scenario.ts';
import { type Disruption, type ResolvedRisk, resolveCountryRisk, WGI_MAPPING } from './country-risk.ts';
import { countryUnits, disruptionOracle, effectiveModel } from './disruption-oracle.ts';
import { type Outcome, type RiskSummary, summarise } from './risk-summary.ts';

export interface RiskOptions {
  /** Years drawn (Monte Carlo only; default 10,000). */
  runs?: number;
  /** Seed of the random stream (default 1). */
  seed?: number;
  /** Served fraction below which a year counts as a failure (default 0.8). */
  threshold?: number;
  /** A scenario in force every year (e.g. a ban already in place), object or id. */
  scenario?: Scenario | string | null;
  /** Replaces every entry's own disruption kind. */
  disruption?: Disruption;
  /** Called now and then with the years drawn so far. */
  onProgress?: (done: number, total: number) => void;
}

export interface RiskReport extends RiskSummary {
  method: 'monte-carlo' | 'exact';
  /** Years drawn (Monte Carlo) or combinations enumerated (exact). */
  runs: number;
  seed: number | null;
  scenario: { id: string; label: string } | null;
  demand: number;
  /** Served fraction with no country disrupted. */
  baselineServed: number;
  /** Standard error of `expectedServed` (0 for the exact answer). */
  standardError: number;
  /** Distinct sets of disrupted countries solved. */
  distinctStates: number;
  risks: ResolvedRisk[];
  /** The WGI mapping, when any probability came from it (an assumption). */
  assumption: string | null;
}

export const DEFAULT_RUNS = 10_000;
export const DEFAULT_THRESHOLD = 0.8;
/** Exact enumeration is offered up to this many countries (2^16 = 65,536 states). */
export const MAX_EXACT_COUNTRIES = 16;

export class RiskInputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'RiskInputError';
  }
}

export function politicalRisk(model: Model, options: RiskOptions = {}): RiskReport {
  const runs = options.runs ?? DEFAULT_RUNS;
  const seed = options.seed ?? 1;
  if (!Number.isInteger(runs) || runs < 1 || runs > 10_000_000) {
    throw new RiskInputError(`runs must be a whole number from 1 to 10,000,000 (got ${runs})`);
  }
  if (!Number.isInteger(seed)) throw new RiskInputError(`seed must be a whole number (got ${seed})`);
  const { risks, threshold, scenario } = prepare(model, options);
  const target = effectiveModel(model, scenario);
  const oracle = disruptionOracle(
    model,
    target,
    countryUnits(target.model, target.graph.isSink, risks),
    scenario,
  );
  try {
    const rng = xoroshiro128plus(seed);
    const counts = new Map<string, { down: number[]; count: number }>();
    const every = Math.max(1, Math.floor(runs / 100));
    for (let r = 0; r < runs; r++) {
      const down: number[] = [];
      for (let i = 0; i < risks.length; i++) if (uniformFloat64(rng) < risks[i]!.probability) down.push(i);
      const key = down.join(',');
      const state = counts.get(key);
      if (state) state.count++;
      else counts.set(key, { down, count: 1 });
      if (options.onProgress && (r + 1) % every === 0) options.onProgress(r + 1, runs);
    }
    const outcomes: Outcome[] = [...counts.values()].map(({ down, count }) => ({
      served: served(oracle.delivered(down), oracle.demand),
      down,
      weight: count,
    }));
    const summary = summarise(outcomes, risks, threshold);
    let sq = 0;
    for (const o of outcomes) sq += o.weight * (o.served - summary.expectedServed) ** 2;
    const sd = runs > 1 ? Math.sqrt(sq / (runs - 1)) : 0;
    return report('monte-carlo', runs, seed, summary, sd / Math.sqrt(runs), oracle, risks, scenario);
  } finally {
    oracle.dispose();
  }
}

/** The exact answer, enumerating every combination of disrupted countries (at most 16 countries). */
export function exactRisk(model: Model, options: Omit<RiskOptions, 'runs' | 'seed'> = {}): RiskReport {
  const { risks, threshold, scenario } = prepare(model, options);
  if (risks.length > MAX_EXACT_COUNTRIES) {
    throw new RiskInputError(
      `exact enumeration covers at most ${MAX_EXACT_COUNTRIES} countries; the model lists ${risks.length} (use Monte Carlo)`,
    );
  }
  const target = effectiveModel(model, scenario);
  const oracle = disruptionOracle(
    model,
    target,
    countryUnits(target.model, target.graph.isSink, risks),
    scenario,
  );
  try {
    const states = 2 ** risks.length;
    const outcomes: Outcome[] = [];
    for (let mask = 0; mask < states; mask++) {
      const down: number[] = [];
      let weight = 1;
      risks.forEach((r, i) => {
        if (mask & (1 << i)) {
          down.push(i);
          weight *= r.probability;
        } else weight *= 1 - r.probability;
      });
      if (weight > 0) outcomes.push({ served: served(oracle.delivered(down), oracle.demand), down, weight });
      options.onProgress?.(mask + 1, states);
    }
    const summary = summarise(outcomes, risks, threshold);
    return report('exact', states, null, summary, 0, oracle, risks, scenario);
  } finally {
    oracle.dispose();
  }
}

function prepare(model: Model, options: RiskOptions) {
  const threshold = options.threshold ?? DEFAULT_THRESHOLD;
  if (!(threshold >= 0 && threshold <= 1)) {
    throw new RiskInputError(`the threshold is a served fraction from 0 to 1 (got ${threshold})`);
  }
  const risks = resolveCountryRisk(model, options.disruption);
  if (risks.length === 0) {
    throw new RiskInputError(
      `model "${model.name}" has no "countryRisk": give each country that may disrupt a yearly probability (see docs/uncertainty.md)`,
    );
  }
  const scenario =
    typeof options.scenario === 'string'
      ? resolveScenario(model, options.scenario)
      : (options.scenario ?? null);
  return { risks, threshold, scenario };
}

function served(delivered: number, demand: number): number {
  return demand > 0 ? Math.min(1, delivered / demand) : 1;
}

function report(
  method: RiskReport['method'],
  runs: number,
  seed: number | null,
  summary: RiskSummary,
  standardError: number,
  oracle: { demand: number; baseline: number; solved: number },
  risks: ResolvedRisk[],
  scenario: Scenario | null,
): RiskReport {
  return {
    method,
    runs,
    seed,
    scenario: scenario ? { id: scenario.id, label: scenario.label ?? scenario.id } : null,
    demand: oracle.demand,
    baselineServed: served(oracle.baseline, oracle.demand),
    standardError,
    distinctStates: oracle.solved,
    risks,
    assumption: risks.some((r) => r.basis === 'wgi-mapping') ? WGI_MAPPING : null,
    ...summary,
  };
}
