/**
 * The researchers' interface: the public surface added for scripts, notebooks and the CLI
 * =======================================================================================
 *
 * `compare` (two reports side by side), `assess` (supply and score alone, for sweeps), checks and
 * words for ad-hoc scenarios, sweeps over every combination of perturbations, and the published JSON
 * Schemas of the report, the comparison and the sweep file. Re-exported from the package index in one
 * line, so the index stays one line per area.
 */
export { type Assessment, assess } from './analysis/assess.ts';
export { compare, delta } from './analysis/compare.ts';
export * from './analysis/comparison.ts';
export { describePerturbation, perturbationId } from './analysis/scenario/describe-perturbation.ts';
export { scenarioIssues } from './analysis/scenario/scenario-issues.ts';
export { comparisonJsonSchema, reportJsonSchema, sweepFileJsonSchema } from './published-schemas.ts';
export * from './sweep/index.ts';
