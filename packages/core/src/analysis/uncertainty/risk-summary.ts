/**
 * From draws to the figures a ministry reads
 * ==========================================
 *
 * Shared by the Monte Carlo and the exact enumeration, so both define every figure the same way
 * (docs/uncertainty.md). Outcomes are served fractions (delivered / demand) with a weight each: 1 per
 * draw for Monte Carlo, the probability of the state for the exact answer.
 *
 * - expected served: the weighted mean;
 * - 5th percentile: the smallest outcome x with P(served ≤ x) ≥ 0.05 (nearest rank);
 * - probability below the threshold: P(served < threshold);
 * - the tail: outcomes below the threshold, or, when none is, those at or below the 5th percentile;
 *   a country's tail excess is P(it is down | tail) − P(it is down): how much more often it is down
 *   in the bad years than in all years. The country with the largest excess contributes most.
 */

export interface Outcome {
  /** Served fraction, 0–1. */
  served: number;
  /** Which countries (indices) were down. */
  down: readonly number[];
  weight: number;
}

export interface TailCountry {
  country: string;
  probability: number;
  /** P(down | tail). */
  downInTail: number;
  /** downInTail − probability. */
  tailExcess: number;
}

export interface HistogramBin {
  /** Served fraction range [from, to) (the last bin includes 1). */
  from: number;
  to: number;
  /** Share of outcomes (weights) in the bin, 0–1. */
  share: number;
}

export interface RiskSummary {
  expectedServed: number;
  p5Served: number;
  threshold: number;
  probabilityBelow: number;
  tail: { definition: 'below-threshold' | 'at-or-below-p5'; probability: number };
  countries: TailCountry[];
  /** The country with the largest tail excess (null when nothing is ever lost). */
  worstContributor: string | null;
  histogram: HistogramBin[];
}

export const HISTOGRAM_BINS = 20;

export function summarise(
  outcomes: readonly Outcome[],
  countries: readonly { country: string; probability: number }[],
  threshold: number,
): RiskSummary {
  const total = outcomes.reduce((s, o) => s + o.weight, 0);
  const expected = outcomes.reduce((s, o) => s + o.served * o.weight, 0) / total;
  const sorted = [...outcomes].sort((a, b) => a.served - b.served);
  let acc = 0;
  let p5 = sorted.at(-1)?.served ?? 1;
  for (const o of sorted) {
    acc += o.weight;
    if (acc >= 0.05 * total * (1 - 1e-12)) {
      p5 = o.served;
      break;
    }
  }
  const below = outcomes.filter((o) => o.served < threshold);
  const probabilityBelow = below.reduce((s, o) => s + o.weight, 0) / total;
  const useThreshold = below.length > 0;
  const tail = useThreshold ? below : outcomes.filter((o) => o.served <= p5);
  const tailWeight = tail.reduce((s, o) => s + o.weight, 0);
  const downWeight = new Float64Array(countries.length);
  for (const o of tail) for (const i of o.down) downWeight[i]! += o.weight;
  const lossless = sorted[0] === undefined || sorted[0].served >= (sorted.at(-1)?.served ?? 0);
  const rows = countries.map((c, i) => {
    const downInTail = tailWeight > 0 ? downWeight[i]! / tailWeight : 0;
    return {
      country: c.country,
      probability: c.probability,
      downInTail,
      tailExcess: downInTail - c.probability,
    };
  });
  let worst: TailCountry | null = null;
  if (!lossless) for (const r of rows) if (!worst || r.tailExcess > worst.tailExcess) worst = r;
  return {
    expectedServed: expected,
    p5Served: p5,
    threshold,
    probabilityBelow,
    tail: {
      definition: useThreshold ? 'below-threshold' : 'at-or-below-p5',
      probability: tailWeight / total,
    },
    countries: rows,
    worstContributor: worst?.country ?? null,
    histogram: histogram(outcomes, total),
  };
}

function histogram(outcomes: readonly Outcome[], total: number): HistogramBin[] {
  const share = new Float64Array(HISTOGRAM_BINS);
  for (const o of outcomes) {
    const bin = Math.min(HISTOGRAM_BINS - 1, Math.max(0, Math.floor(o.served * HISTOGRAM_BINS)));
    share[bin]! += o.weight / total;
  }
  return Array.from(share, (s, i) => ({ from: i / HISTOGRAM_BINS, to: (i + 1) / HISTOGRAM_BINS, share: s }));
}
