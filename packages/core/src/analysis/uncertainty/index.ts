/**
 * Analysis: decisions under uncertainty
 * =====================================
 *
 * Issue 17, docs/uncertainty.md: political risk (Monte Carlo and its exact twin), the adversary cut,
 * and `suggest` (the cheapest set of candidate fixes that meets a target under a shock).
 */
export {
  type AdversaryCut,
  type AdversaryOptions,
  adversaryCut,
  BELOW_MARGIN,
  DEFAULT_ADVERSARY_THRESHOLD,
} from './adversary-cut.ts';
export { applyCandidates, applyFix, offtakeLevers, pickCandidates } from './apply-candidates.ts';
export {
  type Disruption,
  probabilityFromWgi,
  type ResolvedRisk,
  resolveCountryRisk,
  WGI_MAPPING,
} from './country-risk.ts';
export {
  DEFAULT_RUNS,
  DEFAULT_THRESHOLD,
  exactRisk,
  MAX_EXACT_COUNTRIES,
  politicalRisk,
  RiskInputError,
  type RiskOptions,
  type RiskReport,
} from './political-risk.ts';
export { HISTOGRAM_BINS, type HistogramBin, type TailCountry } from './risk-summary.ts';
export { DEFAULT_TARGET, type Suggestion, type SuggestOptions, suggest } from './suggest.ts';
