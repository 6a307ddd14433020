/**
 * Country risk: who may disrupt, how likely, and what a disruption does
 * =====================================================================
 *
 * A model's `countryRisk` entries give each country a yearly disruption probability, stated or derived
 * from the World Bank WGI political-stability estimate (−2.5 … 2.5). No published mapping from WGI to
 * a probability exists (policy-figures.md), so the one used here is an ASSUMPTION, named in every
 * report that uses it (docs/uncertainty.md):
 *
 *     p = 0.02 + 0.18 · (2.5 − wgi) / 5        (2% a year for the most stable, 20% for the least)
 *
 * A disruption is an export stop (the export-control rule of apply-scenario.ts with no exemptions:
 * every edge from the country to a node outside it is blocked) or, when the entry says `outage`,
 * every non-consumer node of the country stops (its consumers keep their demand).
 */
import type { CountryRisk, Model } from '../../model/schema.ts';

export type Disruption = 'export-stop' | 'outage';

export interface ResolvedRisk {
  country: CountryRisk['country'];
  probability: number;
  disruption: Disruption;
  /** How the probability was obtained: stated, or from the WGI mapping (an assumption). */
  basis: 'stated' | 'wgi-mapping';
  source: string;
}

export const WGI_MAPPING = 'p = 0.02 + 0.18 × (2.5 − wgi) / 5 (assumed; no published mapping exists)';

/** The yearly disruption probability the WGI mapping gives (see the banner). */
export function probabilityFromWgi(wgi: number): number {
  const clamped = Math.min(2.5, Math.max(-2.5, wgi));
  return 0.02 + (0.18 * (2.5 - clamped)) / 5;
}

/** The model's risk entries with their probabilities resolved; `override` replaces each disruption. */
export function resolveCountryRisk(model: Model, override?: Disruption): ResolvedRisk[] {
  return (model.countryRisk ?? []).map((r: CountryRisk) => ({
    country: r.country,
    probability: r.probability ?? probabilityFromWgi(r.wgi ?? 0),
    disruption: override ?? r.disruption ?? 'export-stop',
    basis: r.probability !== undefined ? 'stated' : 'wgi-mapping',
    source: r.source,
  }));
}
